package org.orienta.observation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistAnswer;

/** One answered behaviour of an observation, as stored. */
@Embeddable
class ObservationAnswer {

    private String behaviourId;

    @Enumerated(EnumType.STRING)
    private ChecklistAnswer answer;

    private @Nullable String note;

    protected ObservationAnswer() {
        // To keep Hibernate happy
        this.behaviourId = "";
        this.answer = ChecklistAnswer.NOT_OBSERVED;
    }

    ObservationAnswer(ObservedAnswer answer) {
        this.behaviourId = answer.behaviourId();
        this.answer = answer.answer();
        this.note = answer.note();
    }

    ObservedAnswer toRecord() {
        return new ObservedAnswer(behaviourId, answer, note);
    }

    void eraseNote() {
        note = null;
    }
}
