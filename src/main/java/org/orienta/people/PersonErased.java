package org.orienta.people;

/**
 * A person's personal data was erased (published in the erasing transaction): modules holding free
 * text they wrote blank it in the same transaction; records of what they did stay.
 */
public record PersonErased(PersonId person) {}
