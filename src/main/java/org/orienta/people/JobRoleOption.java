package org.orienta.people;

public record JobRoleOption(JobRoleId id, String name) {}
