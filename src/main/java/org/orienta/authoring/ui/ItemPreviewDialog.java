package org.orienta.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.progress.ui.ExercisePreview;
import org.orienta.progress.ui.QuizPreview;
import org.orienta.quiz.QuizDefinition;

/**
 * Plays a draft exercise or quiz as it stands in the trainees' own player, recording nothing. A draft
 * that does not read yet says so: the problems list shows what to fix.
 */
class ItemPreviewDialog extends Dialog {

    private final Div stage = new Div();
    private final RecordEditor editor;

    ItemPreviewDialog(RecordEditor editor, String title) {
        this.editor = editor;
        setId("play-dialog");
        setHeaderTitle(getTranslation("editor.preview.title", title));
        stage.addClassName("orienta-play-stage");
        var note = new Paragraph(getTranslation("editor.play.note"));
        note.addClassName("orienta-hint");
        add(note, stage);
        var close = new Button(getTranslation("editor.play.close"), e -> close());
        close.setId("play-close");
        getFooter().add(close);
        setWidth("min(100vw, 760px)");
    }

    @Override
    public void open() {
        super.open();
        begin();
    }

    /** Starts the preview again with the draft as it is now. */
    private void begin() {
        stage.removeAll();
        switch (editor.definitionOfDraft().orElse(null)) {
            case ExerciseDefinition exercise -> stage.add(new ExercisePreview(exercise, this::begin));
            case QuizDefinition quiz -> stage.add(new QuizPreview(quiz, this::begin));
            case null, default -> {
                var message = new Paragraph(getTranslation("editor.preview.unreadable"));
                message.setId("play-broken");
                message.addClassNames("orienta-banner", "orienta-banner-error");
                stage.add(message);
            }
        }
    }
}
