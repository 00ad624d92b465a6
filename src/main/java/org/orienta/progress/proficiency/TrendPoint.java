package org.orienta.progress.proficiency;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** The estimate as it stood at the end of a month. */
@NamedInterface("proficiency")
public record TrendPoint(YearMonth month, @Nullable Integer level, double mean) {}
