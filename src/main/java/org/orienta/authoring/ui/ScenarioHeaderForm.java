package org.orienta.authoring.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Languages;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.Persona;
import org.orienta.scenario.ScenarioDefinition;

/**
 * The role-play's header: what it is about (title, summary, setting), who the customer is (persona's
 * name, age, situation, expectations), its sectors and minutes. Like the node form, every readable change
 * goes to the editor at once; a value that cannot be used is marked on its field and not applied.
 * Translations stay as they are and are reviewed in the source.
 */
class ScenarioHeaderForm extends Div {

    final TextField title = new TextField();
    final TextArea summary = new TextArea();
    final TextArea setting = new TextArea();
    final TextField personaName = new TextField();
    final IntegerField personaAge = new IntegerField();
    final TextArea situation = new TextArea();
    final TextArea expects = new TextArea();
    final TextField sectors = new TextField();
    final IntegerField minutes = new IntegerField();
    private final Consumer<UnaryOperator<ScenarioDefinition>> editor;
    /** How trainees answer at the decisions that do not say otherwise: choosing or their own words. */
    private final com.vaadin.flow.component.select.Select<org.orienta.scenario.ReplyMode> reply =
            new com.vaadin.flow.component.select.Select<>();

    private final Locale language;
    private boolean showing;

    ScenarioHeaderForm(ScenarioDefinition scenario, Consumer<UnaryOperator<ScenarioDefinition>> editor) {
        this(scenario, Languages.ENGLISH, editor);
    }

    ScenarioHeaderForm(
            ScenarioDefinition scenario, Locale language, Consumer<UnaryOperator<ScenarioDefinition>> editor) {
        this.editor = editor;
        this.language = language;
        setId("header-form");
        addClassName("orienta-header-form");
        var heading = new H3(getTranslation("editor.header.title"));
        var hint = new Paragraph(getTranslation("editor.header.hint"));
        hint.addClassName("orienta-hint");
        text(title, "header-title", "editor.header.field.title", (s, v) -> with(s, v, null, null, null, null, null));
        text(
                summary,
                "header-summary",
                "editor.header.field.summary",
                (s, v) -> with(s, null, v, null, null, null, null));
        text(
                setting,
                "header-setting",
                "editor.header.field.setting",
                (s, v) -> with(s, null, null, v, null, null, null));
        text(
                personaName,
                "header-persona-name",
                "editor.header.field.personaName",
                (s, v) -> with(
                        s,
                        null,
                        null,
                        null,
                        new Persona(
                                v,
                                s.persona().age(),
                                s.persona().situation(),
                                s.persona().expects()),
                        null,
                        null));
        text(
                situation,
                "header-persona-situation",
                "editor.header.field.situation",
                (s, v) -> with(
                        s,
                        null,
                        null,
                        null,
                        new Persona(
                                s.persona().name(),
                                s.persona().age(),
                                translated(s.persona().situation(), v),
                                s.persona().expects()),
                        null,
                        null));
        text(
                expects,
                "header-persona-expects",
                "editor.header.field.expects",
                (s, v) -> with(
                        s,
                        null,
                        null,
                        null,
                        new Persona(
                                s.persona().name(),
                                s.persona().age(),
                                s.persona().situation(),
                                translated(s.persona().expects(), v)),
                        null,
                        null));
        personaAge.setId("header-persona-age");
        personaAge.setLabel(getTranslation("editor.header.field.age"));
        personaAge.setMin(1);
        personaAge.setMax(120);
        personaAge.setStepButtonsVisible(true);
        personaAge.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 120) {
                invalid(personaAge, getTranslation("editor.header.range", 1, 120));
                return;
            }
            personaAge.setInvalid(false);
            int age = e.getValue();
            editor.accept(s -> with(
                    s,
                    null,
                    null,
                    null,
                    new Persona(
                            s.persona().name(),
                            age,
                            s.persona().situation(),
                            s.persona().expects()),
                    null,
                    null));
        });
        minutes.setId("header-minutes");
        minutes.setLabel(getTranslation("editor.header.field.minutes"));
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText(getTranslation("editor.header.field.minutes.help"));
        minutes.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 120) {
                invalid(minutes, getTranslation("editor.header.range", 1, 120));
                return;
            }
            minutes.setInvalid(false);
            int value = e.getValue();
            editor.accept(s -> with(s, null, null, null, null, value, null));
        });
        sectors.setId("header-sectors");
        sectors.setLabel(getTranslation("editor.header.field.sectors"));
        sectors.setHelperText(getTranslation("editor.header.field.sectors.help"));
        sectors.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        sectors.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            var list = Arrays.stream(e.getValue().split(","))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            if (list.isEmpty()) {
                invalid(sectors, getTranslation("editor.header.required"));
                return;
            }
            sectors.setInvalid(false);
            editor.accept(s -> with(s, null, null, null, null, null, list));
        });
        reply.setId("header-reply");
        reply.setLabel(getTranslation("ownWords.editor.reply"));
        reply.setItems(org.orienta.scenario.ReplyMode.values());
        reply.setItemLabelGenerator(mode -> getTranslation(
                mode == org.orienta.scenario.ReplyMode.CHOOSE
                        ? "ownWords.editor.reply.choose"
                        : "ownWords.editor.reply.ownWords"));
        reply.setReadOnly(!EditorLanguage.isEnglish(language));
        reply.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                var mode = e.getValue();
                editor.accept(s -> s.withReply(mode));
            }
        });
        var titleBox = EditorLanguage.beside(title, scenario.title(), language);
        var summaryBox = EditorLanguage.beside(summary, scenario.summary(), language);
        var settingBox = EditorLanguage.beside(setting, scenario.setting(), language);
        var situationBox = EditorLanguage.beside(situation, scenario.persona().situation(), language);
        var expectsBox = EditorLanguage.beside(expects, scenario.persona().expects(), language);
        var form = new FormLayout(
                titleBox,
                summaryBox,
                settingBox,
                personaName,
                personaAge,
                situationBox,
                expectsBox,
                sectors,
                minutes,
                reply);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(titleBox, 2);
        form.setColspan(summaryBox, 2);
        form.setColspan(settingBox, 2);
        form.setColspan(situationBox, 2);
        form.setColspan(expectsBox, 2);
        add(heading, hint, form);
        show(scenario);
    }

    /** The scenario changed elsewhere (the source): show its values, unless a field is being typed in. */
    void show(ScenarioDefinition scenario) {
        showing = true;
        try {
            showValues(scenario);
        } finally {
            showing = false;
        }
    }

    /** Moves to the field of one of the header's texts ("summary", "persona-situation"). */
    boolean focus(String path) {
        var field = switch (path) {
            case "title" -> title;
            case "summary" -> summary;
            case "setting" -> setting;
            case "persona-situation" -> situation;
            case "persona-expects" -> expects;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.scrollIntoView();
        ((com.vaadin.flow.component.Focusable<?>) field).focus();
        return true;
    }

    private void showValues(ScenarioDefinition scenario) {
        set(title, EditorLanguage.in(scenario.title(), language));
        set(summary, EditorLanguage.in(scenario.summary(), language));
        set(setting, EditorLanguage.in(scenario.setting(), language));
        set(personaName, scenario.persona().name());
        set(situation, EditorLanguage.in(scenario.persona().situation(), language));
        set(expects, EditorLanguage.in(scenario.persona().expects(), language));
        set(sectors, String.join(", ", scenario.sectors()));
        if (!personaAge.isInvalid()) {
            personaAge.setValue(scenario.persona().age());
        }
        if (!minutes.isInvalid()) {
            minutes.setValue(scenario.minutes());
        }
        reply.setValue(scenario.reply());
    }

    private static void set(TextField field, String value) {
        if (!field.isInvalid() && !field.getValue().equals(value)) {
            field.setValue(value);
        }
    }

    private static void set(TextArea field, String value) {
        if (!field.isInvalid() && !field.getValue().equals(value)) {
            field.setValue(value);
        }
    }

    private interface TextChange {
        ScenarioDefinition apply(ScenarioDefinition scenario, String value);
    }

    /*
     * Saved when the trainer leaves the field (ON_CHANGE), not while typing: a lazy change still waiting
     * when the trainer switches to the Graph tab was dropped with the tab's content, and the example text
     * stayed in the draft.
     */
    private void text(TextField field, String id, String label, TextChange change) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> apply(field, e.getValue(), change));
    }

    private void text(TextArea field, String id, String label, TextChange change) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> apply(field, e.getValue(), change));
    }

    private <F extends com.vaadin.flow.component.HasValidation> void apply(F field, String value, TextChange change) {
        if (showing) {
            return;
        }
        if (value.isBlank() && EditorLanguage.isEnglish(language)) {
            invalid(field, getTranslation("editor.header.required"));
            return;
        }
        field.setInvalid(false);
        var stripped = value.strip();
        editor.accept(s -> change.apply(s, stripped));
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The text with the form's language replaced, the other languages kept. */
    private LocalizedText translated(LocalizedText text, String value) {
        return Objects.requireNonNull(EditorLanguage.with(text, language, value));
    }

    /** The scenario with the given header values in the form's language; null keeps the current one. */
    private ScenarioDefinition with(
            ScenarioDefinition s,
            @Nullable String title,
            @Nullable String summary,
            @Nullable String setting,
            @Nullable Persona persona,
            @Nullable Integer minutes,
            @Nullable List<String> sectors) {
        return new ScenarioDefinition(
                s.id(),
                title == null ? s.title() : translated(s.title(), title),
                summary == null ? s.summary() : translated(s.summary(), summary),
                setting == null ? s.setting() : translated(s.setting(), setting),
                persona == null ? s.persona() : persona,
                minutes == null ? s.minutes() : minutes,
                sectors == null ? s.sectors() : sectors,
                s.feedback(),
                s.initialState(),
                s.start(),
                s.nodes(),
                s.sources(),
                s.shuffle(),
                s.shuffleReason(),
                s.draws(),
                s.reply());
    }
}
