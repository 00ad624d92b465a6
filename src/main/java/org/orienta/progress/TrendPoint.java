package org.orienta.progress;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The estimate as it stood at the end of a month. */
public record TrendPoint(YearMonth month, @Nullable Integer level, double mean) {}
