package org.orienta.reporting;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * Month by month, per competency: the mean level the assessed evidence of that month showed (weighted
 * as in the profile) and how many people it came from. With a module: the same mean in the three months
 * before and after each person was assigned it.
 */
public record TrendReport(
        List<YearMonth> months,
        List<Series> series,
        @Nullable BeforeAfter beforeAfter,
        Coverage coverage) {

    public TrendReport {
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    /** {@code means} and {@code people} follow {@code months}; a mean is null without evidence or hidden. */
    public record Series(CompetencyColumn competency, List<@Nullable Double> means, List<Integer> people) {

        public Series {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
            people = List.copyOf(people);
        }
    }

    public record BeforeAfter(String module, LocalizedText title, int people, List<Change> changes) {

        public BeforeAfter {
            changes = List.copyOf(changes);
        }
    }

    public record Change(
            CompetencyColumn competency,
            @Nullable Double before,
            int peopleBefore,
            @Nullable Double after,
            int peopleAfter) {}
}
