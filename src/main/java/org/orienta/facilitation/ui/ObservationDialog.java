package org.orienta.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.Behaviour;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.facilitation.ParticipantRow;
import org.orienta.facilitation.SessionService;
import org.orienta.observation.ObservedAnswer;

/**
 * What the facilitator saw of one participant, on a phone: the session's checklist, one tap per
 * behaviour (done, partly, not done, not observed) and an optional note each. Saved whole through the
 * observations (source: session) or not at all; a refusal stays on screen with the answers.
 */
class ObservationDialog extends Dialog {

    final Map<String, RadioButtonGroup<ChecklistAnswer>> answers = new LinkedHashMap<>();
    private final Map<String, TextField> notes = new LinkedHashMap<>();
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
        var definition = checklist.definition();
        var body = new Div();
        body.addClassName("orienta-session-checklist");
        var intro = new Paragraph(definition.title().in(getLocale()));
        intro.addClassName("orienta-hint");
        body.add(intro);
        for (Behaviour behaviour : definition.behaviours()) {
            var text = behaviour.text().in(getLocale());
            var scale = new RadioButtonGroup<ChecklistAnswer>(text);
            scale.setId("answer-" + behaviour.id());
            // The observations' own answer scale: large, wrapping choices, one tap each on a phone.
            scale.addClassName("orienta-answer-scale");
            scale.setItems(ChecklistAnswer.values());
            scale.setItemLabelGenerator(a -> getTranslation("observation.answer." + a.name()));
            scale.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            scale.setRequiredIndicatorVisible(true);
            var hint = behaviour.hint();
            if (hint != null) {
                scale.setHelperText(hint.in(getLocale()));
            }
            scale.addValueChangeListener(e -> scale.setInvalid(false));
            var note = new TextField();
            note.setId("note-" + behaviour.id());
            note.setPlaceholder(getTranslation("sessions.observe.note"));
            note.setAriaLabel(getTranslation("observation.note", text));
            note.setMaxLength(ObservedAnswer.MAX_NOTE);
            note.setWidthFull();
            answers.put(behaviour.id(), scale);
            notes.put(behaviour.id(), note);
            var row = new Div(scale, note);
            row.addClassName("orienta-checklist-row");
            body.add(row);
        }
        error.setId("observe-error");
        error.addClassName("orienta-field-error");
        body.add(error);
        add(body);
        save.setText(getTranslation("sessions.observe.save"));
        save.setId("observe-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setText("");
            var given = answered();
            if (given == null) {
                error.setText(getTranslation("observation.chooseAnswer"));
                return;
            }
            try {
                sessions.observe(sessionId, participant.person(), given);
                close();
                saved.run();
            } catch (InvalidInputException ex) {
                for (var problem : ex.problems()) {
                    var message = getTranslation(
                            problem.messageKey(), problem.arguments().toArray());
                    var parts = problem.field().split("/");
                    var scale = parts.length >= 2 ? answers.get(parts[1]) : null;
                    if (scale != null) {
                        scale.setErrorMessage(message);
                        scale.setInvalid(true);
                    } else {
                        error.setText(message);
                    }
                }
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("observe-cancel");
        getFooter().add(cancel, save);
    }

    /** Every behaviour's answer, or null after marking the unanswered ones, so nothing half-done is sent. */
    private @Nullable List<ObservedAnswer> answered() {
        var result = new ArrayList<ObservedAnswer>();
        boolean complete = true;
        for (var entry : answers.entrySet()) {
            var value = entry.getValue().getValue();
            if (value == null) {
                entry.getValue().setErrorMessage(getTranslation("observation.chooseAnswer"));
                entry.getValue().setInvalid(true);
                complete = false;
            } else {
                var note = Objects.requireNonNull(notes.get(entry.getKey()), entry.getKey());
                result.add(new ObservedAnswer(entry.getKey(), value, note.getValue()));
            }
        }
        return complete ? result : null;
    }
}
