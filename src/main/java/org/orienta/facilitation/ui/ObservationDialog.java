package org.orienta.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.facilitation.ParticipantRow;
import org.orienta.facilitation.SessionService;
import org.orienta.observation.ui.ChecklistForm;

/**
 * What the facilitator saw of one participant, on a phone: the session's checklist answered in the
 * observations' own form (one tap per behaviour, a note when wanted). Saved whole through the
 * observations (source: session) or not at all; a refusal stays on screen with the answers.
 */
class ObservationDialog extends Dialog {

    final Paragraph error = new Paragraph();
    final Button save = new Button();

    ObservationDialog(
            SessionService sessions,
            long sessionId,
            ParticipantRow participant,
            PublishedChecklist checklist,
            Runnable saved) {
        setId("observe-dialog");
        setHeaderTitle(getTranslation("sessions.observe.title", participant.name()));
        setWidth("min(100vw, 560px)");
        var intro = new Paragraph(checklist.definition().title().in(getLocale()));
        intro.addClassName("orienta-hint");
        var form = new ChecklistForm(checklist.definition(), getLocale());
        error.setId("observe-error");
        error.addClassName("orienta-field-error");
        add(intro, form, error);
        save.setText(getTranslation("sessions.observe.save"));
        save.setId("observe-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setText("");
            var given = form.answers();
            if (given.isEmpty()) {
                error.setText(getTranslation("observation.chooseAnswer"));
                return;
            }
            try {
                sessions.observe(sessionId, participant.person(), given.get());
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                for (var problem : ex.problems()) {
                    var message = getTranslation(
                            problem.messageKey(), problem.arguments().toArray());
                    if (!form.show(problem.field(), message)) {
                        error.setText(message);
                    }
                }
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("observe-cancel");
        getFooter().add(cancel, save);
    }
}
