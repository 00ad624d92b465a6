package org.orienta.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.ChecklistContext;
import org.orienta.people.PersonId;

/**
 * An observation as its reader sees it.
 *
 * @param observerName null for a mystery-shopping visit: the person sees that a mystery shopper came,
 *     never who it was
 */
public record ObservationRecord(
        ObservationId id,
        String checklistKey,
        int checklistVersion,
        LocalizedText checklistTitle,
        @Nullable PersonId person,
        @Nullable String personName,
        @Nullable String observerName,
        ObservationSource source,
        LocalDate observedOn,
        @Nullable String departmentName,
        @Nullable ChecklistContext channel,
        List<AnsweredBehaviour> answers,
        @Nullable String comment,
        @Nullable String voidReason,
        Instant recordedAt) {

    public ObservationRecord {
        answers = List.copyOf(answers);
    }

    public boolean voided() {
        return voidReason != null;
    }
}
