package org.orienta.scenario;

import java.util.List;
import org.orienta.base.LocalizedText;

/** A published scenario as a catalogue lists it. */
public record ScenarioSummary(String key, int version, LocalizedText title, LocalizedText summary, int minutes,
        List<String> sectors, int decisions) {}
