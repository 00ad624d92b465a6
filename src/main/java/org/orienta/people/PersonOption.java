package org.orienta.people;

/** A person to choose in a list (a facilitator, an observer): who, by name. */
public record PersonOption(PersonId id, String displayName) {}
