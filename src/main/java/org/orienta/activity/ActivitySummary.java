package org.orienta.activity;

/** A published activity as lists show it: its key, the version published and the guide itself. */
public record ActivitySummary(String key, int version, ActivityDefinition definition) {}
