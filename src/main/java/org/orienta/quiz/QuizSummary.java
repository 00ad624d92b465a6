package org.orienta.quiz;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/** A published quiz as a catalogue lists it. */
public record QuizSummary(
        String key,
        int version,
        LocalizedText title,
        @Nullable LocalizedText description,
        int minutes,
        int questionsAsked,
        int passMark,
        Set<CompetencyCode> competencies) {

    public QuizSummary {
        competencies = Set.copyOf(competencies);
    }
}
