package org.orienta.activity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/**
 * A facilitated activity as authored: one version of the facilitator's guide. Immutable.
 *
 * @param minutes the whole activity, debrief included
 * @param teams how many teams, when the grouping is {@link Grouping#TEAMS}; none means teams of about four
 * @param cards what the facilitator hands out, one card drawn at random per pair or team
 * @param cardNote who reads the card and how it is handed out ("fold it: only the customer reads it")
 * @param checklist the key of the observation checklist observers fill in per participant
 * @param sources author metadata (where the exercise comes from); never shown to participants
 */
public record ActivityDefinition(
        String id,
        LocalizedText title,
        LocalizedText goal,
        int minutes,
        GroupSize groupSize,
        Grouping grouping,
        @Nullable Integer teams,
        List<CompetencyCode> competencies,
        List<LocalizedText> materials,
        List<Step> steps,
        List<Card> cards,
        @Nullable LocalizedText cardNote,
        List<LocalizedText> debrief,
        @Nullable String checklist,
        List<String> sources) {

    public ActivityDefinition {
        competencies = List.copyOf(competencies);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        cards = List.copyOf(cards);
        debrief = List.copyOf(debrief);
        sources = List.copyOf(sources);
    }

    /** How many people the activity works for. */
    public record GroupSize(int fewest, int most) {}

    /** One step of running it, in order; minutes are a guide for the facilitator's timing. */
    public record Step(
            String id, LocalizedText text, @Nullable Integer minutes) {}

    /** One card to hand out: a situation, a role, a hidden reason. */
    public record Card(String id, LocalizedText text) {}
}
