package org.orienta.base;

/** What importing one content item did: the version it now has, and whether that version is new. */
public record ImportOutcome(String key, int version, boolean created) {}
