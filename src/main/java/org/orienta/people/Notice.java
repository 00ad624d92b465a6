package org.orienta.people;

import java.time.Instant;

/** A message for one person, shown on their home page: a reminder from a trainer, a reviewed answer. */
public record Notice(long id, String text, String link, String from, Instant at) {}
