package org.orienta.curriculum;

/** The version of a training module new trainees start on. */
public record PublishedModule(int version, ModuleDefinition definition) {}
