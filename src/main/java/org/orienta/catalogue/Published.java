package org.orienta.catalogue;

/** An item's published version and its definition, as new attempts and the trainees' catalogue see it. */
public record Published<D>(String key, int version, D definition) {}
