package org.orienta.curriculum;

/** A published training module as catalogues list it. */
public record ModuleSummary(String key, int version, ModuleDefinition definition) {}
