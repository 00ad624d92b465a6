package org.orienta.observation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistContext;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;

/**
 * One observation to record: which checklist version, about whom (a person, or for a mystery-shopping
 * visit only a branch), by whom, where it came from, when it was seen, and the answers.
 *
 * @param person the observed person; may be null only for a mystery-shopping visit that rates a branch
 * @param department the branch or department (required for mystery shopping)
 * @param channel where the conversation took place (counter, phone, chat, live exercise)
 * @param observer the observing account; null only for a visit through a single-use link, which has
 *     none ({@link VisitLinkService}); {@link ObservationService#record} refuses null
 * @param sessionRef the facilitated session it was recorded in, if any (the sessions feature's key)
 */
public record NewObservation(
        String checklistKey,
        int checklistVersion,
        @Nullable PersonId person,
        @Nullable PersonId observer,
        ObservationSource source,
        LocalDate observedOn,
        @Nullable DepartmentId department,
        @Nullable ChecklistContext channel,
        @Nullable String sessionRef,
        List<ObservedAnswer> answers) {

    public NewObservation {
        answers = List.copyOf(answers);
    }
}
