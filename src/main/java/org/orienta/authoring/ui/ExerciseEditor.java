package org.orienta.authoring.ui;

import java.util.Optional;
import org.orienta.authoring.ContentKind;

/** An exercise: its form, previewed in the trainees' player, with analytics. */
class ExerciseEditor extends RecordEditor {

    ExerciseEditor(Host host) {
        super(host, ContentKind.EXERCISE);
    }

    @Override
    public Optional<Preview> preview() {
        return playable();
    }

    @Override
    public boolean played() {
        return true;
    }
}
