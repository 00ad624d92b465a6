package org.orienta.observation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.checklist.ChecklistContext;

/** What the holder of a visit link fills in: the day, the channel and the answers; the link says the rest. */
public record LinkVisit(LocalDate day, @Nullable ChecklistContext channel, List<ObservedAnswer> answers) {

    public LinkVisit {
        answers = List.copyOf(answers);
    }
}
