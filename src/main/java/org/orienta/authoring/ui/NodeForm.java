package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Languages;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.ownwords.OwnWordsService;
import org.orienta.ownwords.OwnWordsUnavailableException;
import org.orienta.ownwords.ReplyMatch;
import org.orienta.scenario.Condition;
import org.orienta.scenario.Next;
import org.orienta.scenario.ReplyMode;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;
import org.orienta.scenario.ScenarioRules;

/**
 * The side panel for one node of the role-play graph: its text, the customer's mood, where it leads,
 * and for a decision each option with its feedback, evidence, state effects and condition. Every valid
 * change is handed to the editor at once (which saves the draft and redraws the graph); a value that
 * cannot be read is marked on its field and not applied, so nothing half-typed reaches the draft.
 */
class NodeForm extends Div {

    /** The editor's side of the form: apply a change to the scenario, delete, play from this node. */
    interface Editor {

        void change(UnaryOperator<ScenarioDefinition> change);

        void playFrom(String nodeId);

        void select(@Nullable String nodeId);

        /** What matches typed replies, for the own-words checks of a decision; null hides them. */
        default @Nullable OwnWordsService ownWords() {
            return null;
        }
    }

    private final Editor editor;
    private final String nodeId;
    private final Locale language;
    /** The trainee-facing text fields, by the path of their text in the node ("options-2-say"). */
    private final Map<String, Component> texts = new LinkedHashMap<>();

    private ScenarioDefinition scenario;

    NodeForm(ScenarioDefinition scenario, String nodeId, Editor editor) {
        this(scenario, nodeId, Languages.ENGLISH, editor);
    }

    NodeForm(ScenarioDefinition scenario, String nodeId, Locale language, Editor editor) {
        this.scenario = scenario;
        this.nodeId = nodeId;
        this.language = language;
        this.editor = editor;
        addClassName("orienta-node-form");
        setId("node-form");
        render();
    }

    /** The scenario changed elsewhere (another field, the source): keep the fields, refresh the choices. */
    void scenarioChanged(ScenarioDefinition updated) {
        this.scenario = updated;
    }

    /** Moves to the field of one of the node's texts; false when only the source shows it (a variant). */
    boolean focus(String path) {
        var field = texts.get(path);
        if (field == null) {
            return false;
        }
        MarkdownField.reveal(field);
        return true;
    }

    private Component text(String path, Component field, @Nullable LocalizedText text) {
        texts.put(path, field);
        return EditorLanguage.beside(field, text, language);
    }

    private boolean english() {
        return EditorLanguage.isEnglish(language);
    }

    private void render() {
        removeAll();
        texts.clear();
        var node = scenario.node(nodeId).orElse(null);
        if (node == null) {
            return;
        }
        var heading = new H3(
                getTranslation("text.meta", getTranslation("editor.node." + ScenarioGraph.kind(node)), node.id()));
        heading.setId("node-form-title");
        add(heading);
        switch (node) {
            case CustomerLine c -> {
                add(lines(
                        c.lines(),
                        lines -> replace(new CustomerLine(
                                c.id(),
                                lines,
                                current(CustomerLine.class).mood(),
                                current(CustomerLine.class).next()))));
                var mood = new IntegerField(getTranslation("editor.node.mood"));
                mood.setId("node-mood");
                mood.setMin(1);
                mood.setMax(5);
                mood.setStepButtonsVisible(true);
                mood.setHelperText(getTranslation("editor.node.mood.help"));
                mood.setValue(c.mood());
                mood.addValueChangeListener(e -> {
                    if (e.getValue() != null && (e.getValue() < 1 || e.getValue() > 5)) {
                        mood.setInvalid(true);
                        mood.setErrorMessage(getTranslation("editor.node.mood.range"));
                        return;
                    }
                    var now = current(CustomerLine.class);
                    replace(new CustomerLine(now.id(), now.lines(), e.getValue(), now.next()));
                });
                add(mood, next("node-next", c.next(), next -> {
                    var now = current(CustomerLine.class);
                    replace(new CustomerLine(now.id(), now.lines(), now.mood(), next));
                }));
            }
            case Narration n -> {
                add(lines(
                        n.lines(),
                        lines -> replace(new Narration(
                                n.id(), lines, current(Narration.class).next()))));
                add(next(
                        "node-next",
                        n.next(),
                        next -> replace(
                                new Narration(n.id(), current(Narration.class).lines(), next))));
            }
            case Decision d -> decision(d);
            case Ending e -> ending(e);
        }
        var play = new Button(
                getTranslation("editor.node.playFromHere"), VaadinIcon.PLAY.create(), e -> editor.playFrom(nodeId));
        play.setId("play-from-here");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var delete = new Button(getTranslation("editor.node.delete"), VaadinIcon.TRASH.create(), e -> deleteNode());
        delete.setId("delete-node");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setEnabled(!nodeId.equals(scenario.start()));
        var actions = new Div(play, delete);
        actions.addClassName("orienta-actions");
        add(actions);
    }

    private void decision(Decision d) {
        var prompt = new TextField(getTranslation("editor.node.prompt"));
        prompt.setId("node-prompt");
        prompt.setWidthFull();
        prompt.setValue(EditorLanguage.in(d.prompt(), language));
        prompt.setValueChangeMode(ValueChangeMode.LAZY);
        // Without an English prompt there is nothing to translate.
        prompt.setReadOnly(!english() && d.prompt() == null);
        prompt.addValueChangeListener(e -> {
            var now = current(Decision.class);
            replace(now.withPrompt(
                    english() && e.getValue().isBlank()
                            ? null
                            : EditorLanguage.with(now.prompt(), language, e.getValue())));
        });
        add(text("prompt", prompt, d.prompt()));
        add(replyMode(d));
        int index = 0;
        for (Option option : d.options()) {
            add(option(option, ++index));
        }
        var addOption = new Button(getTranslation("editor.node.addOption"), VaadinIcon.PLUS.create(), e -> {
            var now = current(Decision.class);
            var options = new ArrayList<>(now.options());
            options.add(new Option(
                    freeOptionId(scenario),
                    LocalizedText.english(getTranslation("editor.new.option.say")),
                    LocalizedText.english(getTranslation("editor.new.option.feedback")),
                    Next.to("unlinked"),
                    List.of(),
                    Map.of(),
                    null));
            replace(now.withOptions(options));
            render();
        });
        addOption.setId("add-option");
        add(addOption);
        var service = editor.ownWords();
        if (service != null && scenario.replyAt(d) == ReplyMode.OWN_WORDS) {
            add(ownWordsChecks(service));
        }
    }

    /** Whether trainees answer this decision by choosing or in their own words, or as the role-play says. */
    private Component replyMode(Decision d) {
        var reply = new Select<String>();
        reply.setId("node-reply");
        reply.setLabel(getTranslation("ownWords.editor.reply"));
        reply.setItems("", ReplyMode.CHOOSE.word(), ReplyMode.OWN_WORDS.word());
        reply.setItemLabelGenerator(value -> value.isEmpty()
                ? getTranslation("ownWords.editor.reply.inherit")
                : getTranslation(
                        value.equals(ReplyMode.CHOOSE.word())
                                ? "ownWords.editor.reply.choose"
                                : "ownWords.editor.reply.ownWords"));
        reply.setValue(d.reply() == null ? "" : d.reply().word());
        reply.setReadOnly(!english());
        reply.addValueChangeListener(e -> {
            var now = current(Decision.class);
            var value = e.getValue();
            replace(now.withReply(
                    value == null || value.isEmpty()
                            ? null
                            : value.equals(ReplyMode.CHOOSE.word()) ? ReplyMode.CHOOSE : ReplyMode.OWN_WORDS));
            render();
        });
        return reply;
    }

    /**
     * How well the options are told apart on their examples (each held out in turn), and a box to type a
     * reply and see where it goes: the same matching trainees meet.
     */
    private Component ownWordsChecks(OwnWordsService service) {
        var title = new H3(getTranslation("ownWords.editor.quality.title"));
        var result = new Div();
        result.setId("own-words-quality");
        var check = new Button(getTranslation("ownWords.editor.quality.check"), VaadinIcon.CHECK.create());
        check.setId("own-words-check");
        check.addClickListener(e -> {
            result.removeAll();
            try {
                var quality = service.quality(current(Decision.class));
                var summary = new Paragraph(getTranslation(
                        "ownWords.editor.quality.result",
                        quality.accuracyPercent(),
                        quality.examples(),
                        quality.abstainedPercent()));
                summary.setId("own-words-quality-summary");
                result.add(summary);
                if (quality.confusions().isEmpty()) {
                    result.add(new Paragraph(getTranslation("ownWords.editor.quality.none")));
                }
                for (var confusion : quality.confusions()) {
                    var row = new Paragraph(getTranslation(
                            "ownWords.editor.quality.confusion",
                            confusion.expected(),
                            confusion.matched(),
                            confusion.count()));
                    row.addClassName("orienta-own-words-confusion");
                    result.add(row);
                }
            } catch (OwnWordsUnavailableException ex) {
                result.add(new Paragraph(getTranslation("ownWords.editor.unavailable")));
            }
        });
        var reply = new TextField(getTranslation("ownWords.editor.test"));
        reply.setId("own-words-test");
        reply.setWidthFull();
        var where = new Paragraph();
        where.setId("own-words-test-result");
        var go = new Button(getTranslation("ownWords.editor.test.go"));
        go.setId("own-words-test-go");
        go.addClickListener(e -> {
            if (reply.getValue().isBlank()) {
                return;
            }
            try {
                var match = service.tryReply(current(Decision.class), reply.getValue());
                where.setText(
                        switch (match.verdict()) {
                            case MATCHED ->
                                getTranslation(
                                        "ownWords.editor.test.matched",
                                        match.optionId(),
                                        Math.round(match.confidence() * 100));
                            case UNCLEAR ->
                                getTranslation(
                                        "ownWords.editor.test.unclear",
                                        String.join(
                                                ", ",
                                                match.ranked().stream()
                                                        .limit(2)
                                                        .map(ReplyMatch.Candidate::optionId)
                                                        .toList()));
                            case OFF_TOPIC -> getTranslation("ownWords.editor.test.offTopic");
                        });
            } catch (OwnWordsUnavailableException ex) {
                where.setText(getTranslation("ownWords.editor.unavailable"));
            }
        });
        var box = new Div(title, check, result, reply, go, where);
        box.addClassName("orienta-own-words-checks");
        box.setId("own-words-checks");
        return box;
    }

    private Component option(Option option, int number) {
        var box = new Div();
        box.addClassName("orienta-option-card");
        box.setId("option-card-" + option.id());
        var say = new TextArea(getTranslation("editor.option.say", number));
        say.setId("option-say-" + option.id());
        say.setWidthFull();
        say.setValue(EditorLanguage.in(option.say(), language));
        say.setValueChangeMode(ValueChangeMode.LAZY);
        say.addValueChangeListener(e -> {
            if (english() && e.getValue().isBlank()) {
                required(say);
                return;
            }
            say.setInvalid(false);
            updateOption(option.id(), o -> o.withSay(translated(o.say(), e.getValue())));
        });
        var feedback = new MarkdownField(
                getTranslation("editor.option.feedback"),
                EditorLanguage.in(option.feedback(), language),
                english(),
                value -> updateOption(option.id(), o -> o.withFeedback(translated(o.feedback(), value))));
        feedback.setId("option-feedback-" + option.id());
        var next =
                next("option-next-" + option.id(), option.next(), n -> updateOption(option.id(), o -> o.withNext(n)));
        var evidence = parsed(
                new TextField(getTranslation("editor.option.evidence")),
                "option-evidence-" + option.id(),
                writeEvidence(option.evidence()),
                getTranslation("editor.option.evidence.help"),
                NodeForm::readEvidence,
                value -> updateOption(option.id(), o -> o.withEvidence(value)));
        var effects = parsed(
                new TextField(getTranslation("editor.option.effects")),
                "option-effects-" + option.id(),
                writeEffects(option.effects()),
                getTranslation("editor.option.effects.help"),
                NodeForm::readEffects,
                value -> updateOption(option.id(), o -> o.withEffects(value)));
        var when = parsed(
                new TextField(getTranslation("editor.option.when")),
                "option-when-" + option.id(),
                option.when() == null ? "" : option.when().source(),
                getTranslation("editor.option.when.help"),
                NodeForm::readCondition,
                value -> updateOption(option.id(), o -> o.withWhen(value.orElse(null))));
        var remove = new Button(getTranslation("editor.option.delete"), VaadinIcon.TRASH.create(), e -> {
            var now = current(Decision.class);
            replace(now.withOptions(now.options().stream()
                    .filter(o -> !o.id().equals(option.id()))
                    .toList()));
            render();
        });
        remove.setId("option-delete-" + option.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var examples = new TextArea(getTranslation("ownWords.editor.examples"));
        examples.setId("option-examples-" + option.id());
        examples.setWidthFull();
        examples.setHelperText(getTranslation("ownWords.editor.examples.help", ScenarioRules.MIN_EXAMPLES));
        examples.setValue(String.join("\n", option.examples()));
        examples.setValueChangeMode(ValueChangeMode.LAZY);
        examples.setReadOnly(!english());
        examples.addValueChangeListener(e -> updateOption(
                option.id(),
                o -> o.withExamples(e.getValue()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .distinct()
                        .toList())));
        var more = new Details(getTranslation("editor.option.more"), new Div(effects, when));
        more.setOpened(!option.effects().isEmpty() || option.when() != null);
        box.add(
                text("options-" + number + "-say", say, option.say()),
                next,
                text("options-" + number + "-feedback", feedback, option.feedback()),
                evidence,
                examples,
                more,
                remove);
        return box;
    }

    private void ending(Ending e) {
        var outcome = new Select<String>();
        outcome.setLabel(getTranslation("editor.ending.outcome"));
        outcome.setId("ending-outcome");
        var outcomes = new ArrayList<>(List.of(Ending.LOW, Ending.STANDARD, Ending.WOW));
        if (!outcomes.contains(e.outcome())) {
            outcomes.add(e.outcome());
        }
        outcome.setItems(outcomes);
        outcome.setItemLabelGenerator(
                o -> List.of(Ending.LOW, Ending.STANDARD, Ending.WOW).contains(o)
                        ? getTranslation("player.outcome." + o)
                        : o);
        outcome.setValue(e.outcome());
        outcome.addValueChangeListener(ev -> {
            var now = current(Ending.class);
            replace(now.withOutcome(ev.getValue()));
        });
        var title = new TextField(getTranslation("editor.ending.title"));
        title.setId("ending-title");
        title.setWidthFull();
        title.setValue(EditorLanguage.in(e.title(), language));
        if (e.titles().size() > 1) {
            title.setHelperText(getTranslation("editor.ending.variants"));
        }
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(ev -> {
            if (english() && ev.getValue().isBlank()) {
                required(title);
                return;
            }
            title.setInvalid(false);
            var now = current(Ending.class);
            replace(now.withTitle(translated(now.title(), ev.getValue())));
        });
        var debrief = new MarkdownField(
                getTranslation("editor.ending.debrief"), EditorLanguage.in(e.debrief(), language), english(), value -> {
                    var now = current(Ending.class);
                    replace(now.withDebrief(translated(now.debrief(), value)));
                });
        debrief.setId("ending-debrief");
        var variants = new Paragraph(getTranslation("editor.ending.variants"));
        variants.addClassName("orienta-hint");
        variants.setId("ending-debrief-variants");
        variants.setVisible(e.debriefs().size() > 1);
        var reflection = new TextArea(getTranslation("editor.ending.reflection"));
        reflection.setId("ending-reflection");
        reflection.setWidthFull();
        reflection.setHelperText(getTranslation("editor.ending.reflection.help"));
        reflection.setValue(String.join(
                "\n",
                e.reflection().stream().map(q -> EditorLanguage.in(q, language)).toList()));
        reflection.setValueChangeMode(ValueChangeMode.LAZY);
        reflection.addValueChangeListener(ev -> {
            var now = current(Ending.class);
            var lines = ev.getValue().lines().map(String::strip).toList();
            if (english()) {
                // Question n keeps its translations when its English is edited.
                var written = lines.stream().filter(l -> !l.isEmpty()).toList();
                var questions = new ArrayList<LocalizedText>();
                for (int i = 0; i < written.size(); i++) {
                    questions.add(
                            i < now.reflection().size()
                                    ? english(now.reflection().get(i), written.get(i))
                                    : LocalizedText.english(written.get(i)));
                }
                replace(now.withReflection(questions, now.review()));
                return;
            }
            // A translation keeps the English questions: line n translates question n, an empty or
            // missing line leaves that question to translate.
            var questions = new ArrayList<LocalizedText>();
            for (int i = 0; i < now.reflection().size(); i++) {
                var question = now.reflection().get(i);
                questions.add(translated(question, i < lines.size() ? lines.get(i) : ""));
            }
            replace(now.withReflection(questions, now.review()));
        });
        var review =
                new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("editor.ending.review"), e.review());
        review.setId("ending-review");
        review.addValueChangeListener(ev -> {
            var now = current(Ending.class);
            replace(now.withReflection(now.reflection(), ev.getValue()));
        });
        add(
                outcome,
                text("titles-" + e.titles().size() + "-text", title, e.title()),
                text("debriefs-" + e.debriefs().size() + "-text", debrief, e.debrief()),
                variants,
                reflectionField(reflection, e.reflection()),
                review);
    }

    /** The text of a line node; variants that depend on conditions are shown, and edited in the source. */
    private Component lines(List<Line> lines, Consumer<List<Line>> apply) {
        var text = new TextArea(getTranslation("editor.node.text"));
        text.setId("node-text");
        text.setWidthFull();
        var last = lines.getLast();
        text.setValue(EditorLanguage.in(last.text(), language));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> {
            if (english() && e.getValue().isBlank()) {
                required(text);
                return;
            }
            text.setInvalid(false);
            var updated = new ArrayList<>(currentLines());
            var previous = updated.getLast();
            updated.set(updated.size() - 1, new Line(previous.when(), translated(previous.text(), e.getValue())));
            apply.accept(updated);
        });
        var box = new Div(text("lines-" + lines.size() + "-text", text, last.text()));
        if (lines.size() > 1) {
            var note = new Paragraph(getTranslation("editor.node.variants", lines.size() - 1));
            note.addClassName("orienta-hint");
            box.add(note);
        }
        return box;
    }

    /** The reflection questions; in another language every question's path leads to the one field. */
    private Component reflectionField(TextArea field, List<LocalizedText> questions) {
        for (int i = 1; i <= questions.size(); i++) {
            texts.put("reflection-" + i + "-text", field);
        }
        if (english()) {
            return field;
        }
        field.getElement().setAttribute("lang", language.toLanguageTag());
        var shown = questions.isEmpty()
                ? null
                : LocalizedText.english(String.join(
                        "\n", questions.stream().map(LocalizedText::english).toList()));
        return EditorLanguage.beside(field, shown, language);
    }

    /** The text with the form's language replaced, the other languages kept. */
    private LocalizedText translated(LocalizedText text, String value) {
        return java.util.Objects.requireNonNull(EditorLanguage.with(text, language, value));
    }

    private List<Line> currentLines() {
        return switch (scenario.node(nodeId).orElseThrow()) {
            case CustomerLine c -> c.lines();
            case Narration n -> n.lines();
            default -> throw new IllegalStateException(nodeId);
        };
    }

    private Component next(String id, Next next, Consumer<Next> apply) {
        if (!next.isPlain()) {
            var note = new Paragraph(getTranslation("editor.node.branches", String.join(", ", next.targets())));
            note.addClassName("orienta-hint");
            note.setId(id);
            return note;
        }
        var combo = new ComboBox<String>(getTranslation("editor.node.next"));
        combo.setId(id);
        combo.setWidthFull();
        var ids = scenario.nodes().stream()
                .map(ScenarioNode::id)
                .filter(n -> !n.equals(nodeId))
                .toList();
        combo.setItems(ids);
        combo.setItemLabelGenerator(n -> scenario.node(n)
                .map(node -> getTranslation("text.meta", n, getTranslation("editor.node." + ScenarioGraph.kind(node))))
                .orElse(n));
        var target = next.targets().getFirst();
        if (ids.contains(target)) {
            combo.setValue(target);
        } else {
            combo.setInvalid(true);
            combo.setErrorMessage(getTranslation("editor.node.nextMissing", target));
        }
        combo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                combo.setInvalid(false);
                apply.accept(Next.to(e.getValue()));
            }
        });
        return combo;
    }

    private <T> TextField parsed(
            TextField field, String id, String value, String help, Reader<T> reader, Consumer<T> apply) {
        field.setId(id);
        field.setWidthFull();
        field.setValue(value);
        field.setHelperText(help);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            try {
                var read = reader.read(e.getValue());
                field.setInvalid(false);
                apply.accept(read);
            } catch (IllegalArgumentException ex) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("editor.field.unreadable", ex.getMessage()));
            }
        });
        return field;
    }

    @FunctionalInterface
    interface Reader<T> {

        T read(String text);
    }

    static List<Evidence> readEvidence(String text) {
        var evidence = new ArrayList<Evidence>();
        for (String part : text.split(",")) {
            var claim = part.strip();
            if (claim.isEmpty()) {
                continue;
            }
            var colon = claim.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("“" + claim + "”: write CO4:3");
            }
            try {
                evidence.add(new Evidence(
                        new CompetencyCode(claim.substring(0, colon).strip().toUpperCase(java.util.Locale.ROOT)),
                        Integer.parseInt(claim.substring(colon + 1).strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("“" + claim + "”: write a code CO1–CO10 and a level 1–4");
            }
        }
        return evidence;
    }

    static String writeEvidence(List<Evidence> evidence) {
        return String.join(
                ", ",
                evidence.stream()
                        .map(e -> e.competency().value() + ":" + e.level())
                        .toList());
    }

    static Map<String, Integer> readEffects(String text) {
        var effects = new LinkedHashMap<String, Integer>();
        for (String part : text.split(",")) {
            var effect = part.strip();
            if (effect.isEmpty()) {
                continue;
            }
            var colon = effect.indexOf(':');
            try {
                if (colon < 0) {
                    throw new NumberFormatException();
                }
                var name = effect.substring(0, colon).strip();
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw new NumberFormatException();
                }
                effects.put(
                        name,
                        Integer.parseInt(effect.substring(colon + 1).strip().replace("+", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("“" + effect + "”: write mood:+1 or a counter like good:+1");
            }
        }
        return effects;
    }

    static String writeEffects(Map<String, Integer> effects) {
        return String.join(
                ", ",
                effects.entrySet().stream()
                        .map(e -> e.getKey() + ":" + (e.getValue() > 0 ? "+" : "") + e.getValue())
                        .toList());
    }

    static java.util.Optional<Condition> readCondition(String text) {
        if (text.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Condition.parse(text.strip()));
        } catch (Condition.ConditionSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private void required(HasValue<?, ?> field) {
        if (field instanceof TextField f) {
            f.setInvalid(true);
            f.setErrorMessage(getTranslation("editor.field.required"));
        } else if (field instanceof TextArea a) {
            a.setInvalid(true);
            a.setErrorMessage(getTranslation("editor.field.required"));
        }
    }

    private void deleteNode() {
        editor.change(s -> s.withNodes(
                s.nodes().stream().filter(n -> !n.id().equals(nodeId)).toList()));
        editor.select(null);
    }

    private void updateOption(String optionId, UnaryOperator<Option> change) {
        var now = current(Decision.class);
        replace(now.withOptions(now.options().stream()
                .map(o -> o.id().equals(optionId) ? change.apply(o) : o)
                .toList()));
    }

    private <T extends ScenarioNode> T current(Class<T> type) {
        return type.cast(scenario.node(nodeId).orElseThrow());
    }

    private void replace(ScenarioNode node) {
        editor.change(s -> withNode(s, node));
    }

    static ScenarioDefinition withNode(ScenarioDefinition s, ScenarioNode node) {
        var nodes = new ArrayList<ScenarioNode>();
        boolean found = false;
        for (ScenarioNode n : s.nodes()) {
            if (n.id().equals(node.id())) {
                nodes.add(node);
                found = true;
            } else {
                nodes.add(n);
            }
        }
        if (!found) {
            nodes.add(node);
        }
        return s.withNodes(nodes);
    }

    /** Option ids are unique in the whole scenario (evidence points at them), not only in their decision. */
    static String freeOptionId(ScenarioDefinition s) {
        var taken = s.decisions().stream()
                .flatMap(d -> d.options().stream())
                .map(Option::id)
                .collect(java.util.stream.Collectors.toSet());
        for (int n = 1; ; n++) {
            var id = "option-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** Replaces the English text, keeping the translations (which the source view shows for review). */
    static LocalizedText english(@Nullable LocalizedText text, String english) {
        var translations = new LinkedHashMap<String, String>();
        if (text != null) {
            translations.putAll(text.translations());
        }
        translations.put(LocalizedText.ENGLISH, english);
        return LocalizedText.of(translations);
    }
}
