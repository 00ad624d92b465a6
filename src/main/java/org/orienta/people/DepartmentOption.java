package org.orienta.people;

public record DepartmentOption(DepartmentId id, String name) {}
