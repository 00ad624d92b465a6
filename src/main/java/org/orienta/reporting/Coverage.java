package org.orienta.reporting;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * The data a report covers, stated on screen and in every export: how many people, which months of
 * evidence, when it was computed, and whether small groups were hidden.
 */
public record Coverage(
        int people,
        @Nullable YearMonth from,
        @Nullable YearMonth to,
        Instant computedAt,
        int minimumGroupSize,
        boolean individualsShown) {}
