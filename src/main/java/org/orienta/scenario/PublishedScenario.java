package org.orienta.scenario;

/** The version of a scenario new attempts start on. */
public record PublishedScenario(int version, ScenarioDefinition definition) {}
