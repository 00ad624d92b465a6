package org.orienta.observation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.competency.Evidence;

/** One behaviour of an observation as people read it: what was looked for, the answer, and what it shows. */
public record AnsweredBehaviour(
        String behaviourId,
        LocalizedText text,
        ChecklistAnswer answer,
        @Nullable String note,
        List<Evidence> shows) {

    public AnsweredBehaviour {
        shows = List.copyOf(shows);
    }
}
