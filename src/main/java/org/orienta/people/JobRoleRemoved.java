package org.orienta.people;

/** A job role is about to be removed (published in the removing transaction): what hangs on it goes too. */
public record JobRoleRemoved(JobRoleId jobRole) {}
