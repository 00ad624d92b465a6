package org.orienta.scenario;

import org.orienta.base.LocalizedText;

/** The simulated customer: who they are and what they expect. */
public record Persona(LocalizedText localizedName, int age, LocalizedText situation, LocalizedText expects) {

    /** A persona whose name is the same in every language. */
    public Persona(String name, int age, LocalizedText situation, LocalizedText expects) {
        this(LocalizedText.english(name), age, situation, expects);
    }

    /** The English name, as the editors show it. */
    public String name() {
        return localizedName.english();
    }
}
