package org.orienta.scenario;

import org.orienta.base.LocalizedText;

/** The simulated customer: who they are and what they expect. */
public record Persona(String name, int age, LocalizedText situation, LocalizedText expects) {}
