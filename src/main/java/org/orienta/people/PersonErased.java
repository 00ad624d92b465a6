package org.orienta.people;

/**
 * A person's personal data was erased (published in the erasing transaction): modules holding free
 * text they wrote blank it in the same transaction; records of what they did stay. Modules that copied
 * the username (who marked, who scheduled) or the name replace it with the pseudonym, which is also the
 * erased person's new username.
 *
 * @param formerUsername the username before the erasure, to find where it was copied; never stored
 * @param pseudonym the username now ({@code erased-<id>}), to put in its place
 */
public record PersonErased(PersonId person, String formerUsername, String pseudonym) {}
