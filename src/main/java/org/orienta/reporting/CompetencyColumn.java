package org.orienta.reporting;

import org.orienta.base.LocalizedText;

/** A competency as a report column. */
public record CompetencyColumn(String code, LocalizedText name) {}
