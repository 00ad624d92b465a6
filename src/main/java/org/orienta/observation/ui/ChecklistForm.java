package org.orienta.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.orienta.checklist.Behaviour;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.observation.ObservedAnswer;

/**
 * A checklist's behaviours to answer, made for a phone: one large answer choice per behaviour (one tap
 * each) and a note that opens only when wanted. It holds no state beyond its fields, so a failed save
 * leaves the answers on screen and nothing written. Facilitated sessions record their observations
 * with it too (named interface "form"), so a checklist is answered the same way wherever it is.
 */
@org.springframework.modulith.NamedInterface("form")
public class ChecklistForm extends Div {

    private final Map<String, RadioButtonGroup<ChecklistAnswer>> answers = new LinkedHashMap<>();
    private final Map<String, TextArea> notes = new LinkedHashMap<>();

    public ChecklistForm(ChecklistDefinition checklist, Locale language) {
        addClassName("orienta-checklist");
        setId("checklist-form");
        if (checklist.description() != null) {
            add(new Paragraph(checklist.description().in(language)));
        }
        for (Behaviour behaviour : checklist.behaviours()) {
            add(row(behaviour, language));
        }
    }

    private Div row(Behaviour behaviour, Locale language) {
        var row = new Div();
        row.addClassName("orienta-checklist-row");
        var text = behaviour.text().in(language);
        var scale = new RadioButtonGroup<ChecklistAnswer>(text);
        scale.setId("answer-" + behaviour.id());
        scale.addClassName("orienta-answer-scale");
        scale.setItems(ChecklistAnswer.values());
        scale.setItemLabelGenerator(a -> getTranslation("observation.answer." + a.name()));
        scale.setRequiredIndicatorVisible(true);
        if (behaviour.hint() != null) {
            scale.setHelperText(behaviour.hint().in(language));
        }
        scale.addValueChangeListener(e -> scale.setInvalid(false));
        answers.put(behaviour.id(), scale);
        var note = new TextArea(getTranslation("observation.note", text));
        note.setId("note-" + behaviour.id());
        note.setMaxLength(ObservedAnswer.MAX_NOTE);
        note.setWidthFull();
        note.setVisible(false);
        notes.put(behaviour.id(), note);
        var addNote = new Button(getTranslation("observation.addNote"));
        addNote.setId("add-note-" + behaviour.id());
        addNote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addNote.setAriaLabel(getTranslation("observation.addNoteTo", text));
        addNote.addClickListener(e -> {
            note.setVisible(true);
            addNote.setVisible(false);
            note.focus();
        });
        row.add(scale, addNote, note);
        return row;
    }

    /**
     * The answers, or empty after marking every unanswered behaviour (focus on the first), so that nothing
     * half-answered reaches the service.
     */
    public Optional<List<ObservedAnswer>> answers() {
        var result = new ArrayList<ObservedAnswer>();
        @org.jspecify.annotations.Nullable RadioButtonGroup<ChecklistAnswer> first = null;
        for (var entry : answers.entrySet()) {
            var scale = entry.getValue();
            if (scale.getValue() == null) {
                scale.setErrorMessage(getTranslation("observation.chooseAnswer"));
                scale.setInvalid(true);
                if (first == null) {
                    first = scale;
                }
            } else {
                var note = java.util.Objects.requireNonNull(notes.get(entry.getKey()), entry.getKey());
                result.add(new ObservedAnswer(entry.getKey(), scale.getValue(), note.getValue()));
            }
        }
        if (first != null) {
            first.getElement().executeJs("this.focus()");
            return Optional.empty();
        }
        return Optional.of(result);
    }

    /** Shows a service's problem on the behaviour it names; false when it names none shown here. */
    public boolean show(String field, String message) {
        var parts = field.split("/");
        if (parts.length >= 2 && parts[0].equals("answers")) {
            var target = parts.length == 3 ? notes.get(parts[1]) : null;
            if (target != null) {
                target.setVisible(true);
                target.setErrorMessage(message);
                target.setInvalid(true);
                return true;
            }
            var scale = answers.get(parts[1]);
            if (scale != null) {
                scale.setErrorMessage(message);
                scale.setInvalid(true);
                return true;
            }
        }
        return false;
    }

    /** Answers one behaviour, for tests and for a caller that pre-fills. */
    void answer(String behaviourId, ChecklistAnswer answer) {
        java.util.Objects.requireNonNull(answers.get(behaviourId), behaviourId).setValue(answer);
    }
}
