package org.orienta.people;

/** A notice was posted for a person; the optional mailer sends a copy once the transaction commits. */
record NoticePosted(long personId, String text, String link, String from) {}
