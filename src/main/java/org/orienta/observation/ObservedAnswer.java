package org.orienta.observation;

import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistAnswer;

/** The answer for one behaviour of a checklist, with the observer's optional note. */
public record ObservedAnswer(
        String behaviourId,
        ChecklistAnswer answer,
        @Nullable String note) {

    public static final int MAX_NOTE = 1_000;

    public ObservedAnswer {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
