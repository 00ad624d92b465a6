package org.orienta.competency;

import org.orienta.base.LocalizedText;

/** One step of the four-level scale every competency uses. */
public record LevelDefinition(int level, LocalizedText name, LocalizedText description) {}
