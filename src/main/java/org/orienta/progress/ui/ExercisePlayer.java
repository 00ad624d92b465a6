package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.exercise.CalculateExercise;
import org.orienta.exercise.ClassifyExercise;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseResult;
import org.orienta.exercise.ExerciseScoring;
import org.orienta.exercise.FreeTextExercise;
import org.orienta.exercise.MatchExercise;
import org.orienta.exercise.OrderExercise;
import org.orienta.exercise.ReflectionExercise;
import org.orienta.exercise.RewriteExercise;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ExercisePlay;
import org.orienta.progress.attempt.StepConflictException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * One player for every exercise type. Each type answers with controls that work by touch and keyboard;
 * ordering also works by drag and drop. The answer is submitted as one committed step; then the result
 * shows what was right, the explanations and worked solutions, or, for a rewrite or a reflection, the
 * rubric and the model answers or notes while a trainer's review is pending.
 */
class ExercisePlayer extends Div {

    final Button submit = new Button();
    final Div body = new Div();
    final Div problem = new Div();
    private final transient Session session;
    private final Runnable tryAgain;
    private final Supplier<java.util.Optional<Component>> next;
    private ExercisePlay play;
    /** Each item's control, by item id, to mark the ones a refused submission left unanswered. */
    private final Map<String, HasValidationProperties> controls = new LinkedHashMap<>();

    private Supplier<ExerciseAnswer> answer = () -> {
        throw new IllegalStateException("no answer form");
    };

    /**
     * Where an attempt comes from and goes to: a stored attempt, or (for a trainer's preview) memory only.
     * The player itself does not know which, so a preview shows exactly what trainees will see.
     */
    interface Session {

        ExercisePlay load();

        ExercisePlay submit(ExerciseAnswer answer, boolean anyway);

        ExercisePlay selfCheck(List<String> criteria);

        /** True when nothing is recorded: a trainer's preview. */
        default boolean preview() {
            return false;
        }
    }

    ExercisePlayer(AttemptService attempts, AttemptId id, Runnable tryAgain) {
        this(attempts, id, tryAgain, java.util.Optional::empty);
    }

    /** @param next the action to the module's next item, when the attempt belongs to a module */
    ExercisePlayer(
            AttemptService attempts, AttemptId id, Runnable tryAgain, Supplier<java.util.Optional<Component>> next) {
        this(
                new Session() {
                    @Override
                    public ExercisePlay load() {
                        return attempts.exercise(id);
                    }

                    @Override
                    public ExercisePlay submit(ExerciseAnswer answer, boolean anyway) {
                        return attempts.submit(id, answer, anyway);
                    }

                    @Override
                    public ExercisePlay selfCheck(List<String> criteria) {
                        return attempts.selfCheck(id, criteria);
                    }
                },
                tryAgain,
                next);
    }

    ExercisePlayer(Session session, Runnable tryAgain, Supplier<java.util.Optional<Component>> next) {
        this.next = next;
        this.session = session;
        this.tryAgain = tryAgain;
        this.play = session.load();
        setId("exercise-player");
        addClassName("orienta-player");
        problem.addClassNames("orienta-banner", "orienta-banner-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        body.setId("exercise-body");
        submit.setText(getTranslation("exercise.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("exercise-submit");
        submit.addClickListener(e -> submit());
        add(header(), body, problem);
        Texts.notInYourLanguage(play.exercise().info().title()).ifPresent(note -> addComponentAtIndex(1, note));
        render();
    }

    private Component header() {
        var info = play.exercise().info();
        var title = new H2(Texts.plain(info.title()));
        title.addClassName("orienta-player-title");
        var mode = new Badge(getTranslation(
                session.preview()
                        ? "player.mode.preview"
                        : play.mode() == AttemptMode.PRACTICE ? "player.mode.practice" : "player.mode.assessed"));
        mode.addThemeVariants(play.mode() == AttemptMode.PRACTICE ? BadgeVariant.CONTRAST : BadgeVariant.SUCCESS);
        mode.setId("attempt-mode");
        if (session.preview()) {
            mode.getElement().setAttribute("title", getTranslation("player.mode.preview.hint"));
        }
        var row = new Div(title, mode);
        row.addClassName("orienta-player-title-row");
        var instructions = Texts.markdown(info.instructions());
        return new Div(row, instructions);
    }

    private void render() {
        body.removeAll();
        if (play.submitted()) {
            body.add(new ResultPanel(play));
            if (play.exercise() instanceof FreeTextExercise freeText
                    && !freeText.rubric().isEmpty()) {
                body.add(selfCheck(freeText));
            }
            var again = new Button(getTranslation("player.tryAgain"), VaadinIcon.REFRESH.create(), e -> tryAgain.run());
            again.setId("try-again");
            var actions = new Div();
            if (session.preview()) {
                actions.add(again);
            } else {
                var back = new Button(
                        getTranslation("player.back"), e -> getUI().ifPresent(ui -> ui.navigate("my-training")));
                next.get().ifPresent(actions::add);
                actions.add(again, back);
            }
            actions.addClassName("orienta-actions");
            body.add(actions);
            return;
        }
        switch (play.exercise()) {
            case ClassifyExercise c -> classify(c);
            case CalculateExercise c -> calculate(c);
            case OrderExercise o -> order(o);
            case MatchExercise m -> match(m);
            case RewriteExercise r -> rewrite(r);
            case ReflectionExercise r -> reflection(r);
        }
        body.add(submit);
    }

    private void classify(ClassifyExercise exercise) {
        var groups = new LinkedHashMap<String, RadioButtonGroup<String>>();
        var labels = new LinkedHashMap<String, String>();
        exercise.categories().forEach(c -> labels.put(c.id(), Texts.plain(c.label())));
        for (var item : exercise.items()) {
            var group = new RadioButtonGroup<String>();
            group.setItems(labels.keySet());
            group.setItemLabelGenerator(labels::get);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setId("classify-" + item.id());
            groups.put(item.id(), group);
            controls.put(item.id(), group);
            body.add(statement("classify-" + item.id(), Texts.plain(item.text()), group));
        }
        answer = () -> {
            var chosen = new LinkedHashMap<String, String>();
            groups.forEach((item, group) -> {
                if (group.getValue() != null) {
                    chosen.put(item, group.getValue());
                }
            });
            return new ExerciseAnswer.ClassifyAnswer(chosen);
        };
    }

    private void calculate(CalculateExercise exercise) {
        if (exercise.convention() != null) {
            var convention = Texts.markdown(exercise.convention());
            convention.getElement().getClassList().add("orienta-hint");
            body.add(convention);
        }
        var fields = new LinkedHashMap<String, TextField>();
        for (var part : exercise.parts()) {
            var field = new TextField();
            field.setWidthFull();
            field.getElement().setAttribute("inputmode", "decimal");
            field.setAllowedCharPattern("[0-9.,\\-\\s]");
            if (part.unit() != null) {
                field.setSuffixComponent(new Span(Texts.plain(part.unit())));
            }
            field.setId("calculate-" + part.id());
            fields.put(part.id(), field);
            controls.put(part.id(), field);
            body.add(statement("calculate-" + part.id(), Texts.plain(part.question()), field));
        }
        answer = () -> {
            var values = new LinkedHashMap<String, BigDecimal>();
            fields.forEach((part, field) -> parse(field).ifPresent(v -> values.put(part, v)));
            return new ExerciseAnswer.CalculateAnswer(values);
        };
    }

    /**
     * The statement to classify, the question to calculate or the left side of a pair, as a paragraph
     * above its control, never as the control's label: a field label is one line cut off with an
     * ellipsis, and an exercise's statement is often a whole sentence or two. The control is named by
     * the paragraph, so a screen reader still reads the statement with it.
     */
    private <C extends Component & com.vaadin.flow.component.HasAriaLabel> Div statement(
            String controlId, String text, C control) {
        var statement = new Paragraph(text);
        statement.setId("statement-" + controlId);
        statement.addClassName("orienta-statement");
        control.setAriaLabelledBy(statement.getId().orElseThrow());
        var box = new Div(statement, control);
        box.addClassName("orienta-question");
        return box;
    }

    /** Accepts "70 000", "70,000" and "0,5" as people type them; refuses what is not a number, on the field. */
    private java.util.Optional<BigDecimal> parse(TextField field) {
        var text = field.getValue().replaceAll("\\s", "");
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (text.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            text = text.replace(",", "");
        } else {
            text = text.replace(',', '.');
        }
        try {
            field.setInvalid(false);
            return java.util.Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            field.setErrorMessage(getTranslation("exercise.notANumber"));
            field.setInvalid(true);
            return java.util.Optional.empty();
        }
    }

    private void order(OrderExercise exercise) {
        var texts = new LinkedHashMap<String, String>();
        exercise.steps().forEach(step -> texts.put(step.id(), Texts.plain(step.text())));
        var list = new OrderList(
                OrderList.shuffled(List.copyOf(texts.keySet()), play.id().value()), texts, "order");
        list.setId("order-list");
        var hint = new Paragraph(getTranslation("exercise.order.hint"));
        hint.addClassName("orienta-hint");
        body.add(hint, list);
        answer = () -> new ExerciseAnswer.OrderAnswer(list.order());
    }

    private void match(MatchExercise exercise) {
        var rights = new ArrayList<>(exercise.pairs());
        Collections.shuffle(rights, new Random(play.id().value() * 31));
        var selects = new LinkedHashMap<String, Select<String>>();
        for (var pair : exercise.pairs()) {
            var select = new Select<String>();
            select.setItems(rights.stream().map(MatchExercise.Pair::id).toList());
            select.setItemLabelGenerator(pid -> rights.stream()
                    .filter(p -> p.id().equals(pid))
                    .findFirst()
                    .map(p -> Texts.plain(p.right()))
                    .orElse(pid));
            select.setPlaceholder(getTranslation("exercise.match.choose"));
            select.setWidthFull();
            select.setId("match-" + pair.id());
            selects.put(pair.id(), select);
            controls.put(pair.id(), select);
            body.add(statement("match-" + pair.id(), Texts.plain(pair.left()), select));
        }
        answer = () -> {
            var chosen = new LinkedHashMap<String, String>();
            selects.forEach((left, select) -> {
                if (select.getValue() != null) {
                    chosen.put(left, select.getValue());
                }
            });
            return new ExerciseAnswer.MatchAnswer(chosen);
        };
    }

    private void rewrite(RewriteExercise exercise) {
        var areas = new LinkedHashMap<String, TextArea>();
        for (var prompt : exercise.prompts()) {
            var cold = new Paragraph(getTranslation("exercise.rewrite.cold", Texts.plain(prompt.text())));
            cold.addClassName("orienta-cold-reply");
            var area = new TextArea(getTranslation("exercise.rewrite.yours"));
            area.setWidthFull();
            area.setMaxLength(4000);
            area.setMinRows(3);
            area.setId("rewrite-" + prompt.id());
            areas.put(prompt.id(), area);
            controls.put(prompt.id(), area);
            body.add(new Div(cold, area));
        }
        answer = () -> {
            var texts = new LinkedHashMap<String, String>();
            areas.forEach((prompt, area) -> texts.put(prompt, area.getValue()));
            return new ExerciseAnswer.RewriteAnswer(texts);
        };
    }

    /**
     * Each question as a heading with its guidance, and a box for the trainee's own answer: nothing
     * here is a reply to a customer, so none of the rewrite's wording appears.
     */
    private void reflection(ReflectionExercise exercise) {
        var areas = new LinkedHashMap<String, TextArea>();
        for (var question : exercise.questions()) {
            var heading = new H3(Texts.plain(question.text()));
            heading.setId("reflection-question-" + question.id());
            heading.addClassName("orienta-reflection-question");
            var box = new Div(heading);
            box.addClassName("orienta-question");
            if (question.guidance() != null) {
                var guidance = Texts.markdown(question.guidance());
                guidance.getElement().getClassList().add("orienta-hint");
                guidance.setId("reflection-guidance-" + question.id());
                box.add(guidance);
            }
            var area = new TextArea(getTranslation("exercise.reflection.yours"));
            area.setWidthFull();
            area.setMaxLength(ReflectionExercise.MAX_LENGTH);
            area.setMinRows(3);
            if (question.minLength() > 0) {
                area.setHelperText(getTranslation("exercise.reflection.minLength", question.minLength()));
            }
            // Eight boxes all called "Your answer" would tell a screen reader nothing: name the question.
            area.setAriaLabel(getTranslation("exercise.reflection.yoursFor", Texts.plain(question.text())));
            area.setId("reflection-" + question.id());
            areas.put(question.id(), area);
            controls.put(question.id(), area);
            box.add(area);
            body.add(box);
        }
        answer = () -> {
            var texts = new LinkedHashMap<String, String>();
            areas.forEach((question, area) -> texts.put(question, area.getValue()));
            return new ExerciseAnswer.ReflectionAnswer(texts);
        };
    }

    private Component selfCheck(FreeTextExercise exercise) {
        var check = new CheckboxGroup<String>(getTranslation(
                exercise instanceof ReflectionExercise
                        ? "exercise.reflection.selfCheck"
                        : "exercise.rewrite.selfCheck"));
        check.setItems(
                exercise.rubric().stream().map(RewriteExercise.Criterion::id).toList());
        check.setItemLabelGenerator(cid -> exercise.rubric().stream()
                .filter(c -> c.id().equals(cid))
                .findFirst()
                .map(c -> Texts.plain(c.criterion()))
                .orElse(cid));
        check.setValue(new java.util.LinkedHashSet<>(play.selfCheck()));
        check.setId("self-check");
        var save = new Button(getTranslation("exercise.rewrite.saveCheck"), e -> {
            play = session.selfCheck(new ArrayList<>(check.getValue()));
            var n = Notification.show(
                    getTranslation("player.reflection.saved"), 2500, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.setId("save-self-check");
        var box = new Div(check, save);
        box.addClassName("orienta-section");
        return box;
    }

    void submit() {
        submit(false);
    }

    private void submit(boolean anyway) {
        submit.setEnabled(false);
        controls.values().forEach(c -> c.setInvalid(false));
        try {
            play = session.submit(answer.get(), anyway);
            problem.setVisible(false);
            controls.clear();
            render();
        } catch (InvalidInputException e) {
            submit.setEnabled(true);
            unanswered(e.problems());
        } catch (StepConflictException e) {
            play = session.load();
            render();
        } catch (DataAccessException | TransactionException e) {
            submit.setEnabled(true);
            problem.removeAll();
            problem.add(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("player.saveFailed")));
            problem.setVisible(true);
        }
    }

    /**
     * Says which items still need an answer, on the banner and on each item's control; in practice,
     * offers to submit anyway when at least one item is answered.
     */
    private void unanswered(List<FieldProblem> problems) {
        problem.removeAll();
        int missing = 0;
        for (var p : problems) {
            if (p.field().equals("answer")) {
                var message = new Paragraph(
                        getTranslation(p.messageKey(), p.arguments().toArray()));
                message.setId("exercise-unanswered");
                problem.add(VaadinIcon.WARNING.create(), message);
            } else if (p.field().startsWith("answer/")) {
                missing++;
                var control = controls.get(p.field().substring("answer/".length()));
                if (control != null && !control.isInvalid()) {
                    control.setErrorMessage(
                            getTranslation(p.messageKey(), p.arguments().toArray()));
                    control.setInvalid(true);
                }
            }
        }
        if (play.mode() == AttemptMode.PRACTICE
                && missing < ExerciseScoring.itemIds(play.exercise()).size()) {
            var anyway = new Button(getTranslation("exercise.submitAnyway"), e -> submit(true));
            anyway.setId("submit-anyway");
            anyway.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            problem.add(anyway);
        }
        problem.setVisible(true);
    }

    /** The result of a submitted exercise: score, what was right, explanations and solutions. */
    private final class ResultPanel extends Div {

        ResultPanel(ExercisePlay play) {
            setId("exercise-result");
            addClassName("orienta-debrief");
            var result = play.result();
            var banner = new Div();
            banner.addClassName("orienta-outcome");
            if (play.review() != null) {
                var review = play.review();
                long percent = Math.round(review.meanLevel() / 4 * 100);
                banner.addClassName(
                        review.meanLevel() >= 3
                                ? "orienta-outcome-wow"
                                : review.meanLevel() >= 2 ? "orienta-outcome-standard" : "orienta-outcome-low");
                var name = new Span(getTranslation("exercise.reviewed", percent));
                name.addClassName("orienta-outcome-name");
                var comment = new Paragraph(review.comment());
                comment.setId("review-comment");
                var by = new Paragraph(getTranslation("exercise.reviewedBy", review.reviewer()));
                by.addClassName("orienta-hint");
                banner.add(name, comment, by);
                if (play.exercise() instanceof FreeTextExercise freeText) {
                    var levels = new Div();
                    levels.setId("review-levels");
                    freeText.rubric().forEach(c -> {
                        var level = review.levels().get(c.id());
                        if (level != null) {
                            levels.add(new Paragraph(getTranslation(
                                    "text.labelled", Texts.plain(c.criterion()), getTranslation("level." + level))));
                        }
                    });
                    banner.add(levels);
                }
            } else if (play.exercise() instanceof ReflectionExercise reflection
                    && (play.mode() == AttemptMode.PRACTICE || !reflection.review())) {
                banner.setId("reflection-private");
                banner.addClassName("orienta-outcome-standard");
                var kind = play.mode() == AttemptMode.PRACTICE ? "practice" : "private";
                banner.add(
                        new Span(getTranslation("exercise.reflection." + kind)),
                        new Paragraph(getTranslation("exercise.reflection." + kind + ".text")));
            } else if (play.mode() == AttemptMode.PRACTICE && play.exercise() instanceof RewriteExercise) {
                banner.setId("practice-self-check");
                banner.addClassName("orienta-outcome-standard");
                banner.add(
                        new Span(getTranslation("exercise.practiceRewrite")),
                        new Paragraph(getTranslation("exercise.practiceRewrite.text")));
            } else if (play.status() == AttemptStatus.AWAITING_REVIEW || (result != null && result.awaitingReview())) {
                banner.setId("awaiting-review");
                banner.addClassName("orienta-outcome-standard");
                banner.add(
                        new Span(getTranslation("exercise.awaitingReview")),
                        new Paragraph(getTranslation(
                                play.exercise() instanceof ReflectionExercise
                                        ? "exercise.reflection.awaitingReview.text"
                                        : "exercise.awaitingReview.text")));
            } else if (result != null) {
                long percent = Math.round(result.score() * 100);
                banner.addClassName(
                        result.score() >= 0.8
                                ? "orienta-outcome-wow"
                                : result.score() >= 0.5 ? "orienta-outcome-standard" : "orienta-outcome-low");
                var name = new Span(getTranslation("exercise.score", percent));
                name.addClassName("orienta-outcome-name");
                banner.add(
                        name,
                        new Paragraph(getTranslation(
                                "exercise.correctCount",
                                result.items().stream()
                                        .filter(ExerciseResult.ItemResult::correct)
                                        .count(),
                                result.items().size())));
            }
            add(banner, details(play));
        }

        private Component details(ExercisePlay play) {
            var answer = Objects.requireNonNull(play.answer(), "the review shows a submitted answer");
            var list = new Div();
            list.addClassName("orienta-section");
            list.add(new H3(getTranslation("exercise.review.title")));
            var correct = new LinkedHashMap<String, Boolean>();
            if (play.result() != null) {
                play.result().items().forEach(i -> correct.put(i.id(), i.correct()));
            }
            switch (play.exercise()) {
                case ClassifyExercise c -> {
                    Map<String, String> labels = new LinkedHashMap<>();
                    c.categories().forEach(cat -> labels.put(cat.id(), Texts.plain(cat.label())));
                    var given = ((ExerciseAnswer.ClassifyAnswer) answer).categories();
                    for (var item : c.items()) {
                        list.add(reviewItem(
                                correct.getOrDefault(item.id(), false),
                                Texts.plain(item.text()),
                                getTranslation(
                                        "exercise.review.yourAnswer",
                                        labels.getOrDefault(
                                                given.get(item.id()), getTranslation("exercise.review.none")),
                                        labels.get(item.answer())),
                                Texts.markdown(item.explanation())));
                    }
                }
                case CalculateExercise c -> {
                    var given = ((ExerciseAnswer.CalculateAnswer) answer).values();
                    for (var part : c.parts()) {
                        var yours = given.get(part.id());
                        list.add(reviewItem(
                                correct.getOrDefault(part.id(), false),
                                Texts.plain(part.question()),
                                getTranslation(
                                        "exercise.review.yourAnswer",
                                        yours == null ? getTranslation("exercise.review.none") : yours.toPlainString(),
                                        part.answer().toPlainString()
                                                + (part.unit() == null ? "" : " " + Texts.plain(part.unit()))),
                                Texts.markdown(part.solution())));
                    }
                }
                case OrderExercise o -> {
                    var given = ((ExerciseAnswer.OrderAnswer) answer).stepIds();
                    for (int i = 0; i < o.steps().size(); i++) {
                        var step = o.steps().get(i);
                        int yourPosition = given.indexOf(step.id()) + 1;
                        list.add(reviewItem(
                                correct.getOrDefault(step.id(), false),
                                (i + 1) + ". " + Texts.plain(step.text()),
                                getTranslation("exercise.review.position", yourPosition, i + 1),
                                null));
                    }
                }
                case MatchExercise m -> {
                    var given = ((ExerciseAnswer.MatchAnswer) answer).rights();
                    for (var pair : m.pairs()) {
                        var chosen = m.pairs().stream()
                                .filter(p -> p.id().equals(given.get(pair.id())))
                                .findFirst()
                                .map(p -> Texts.plain(p.right()))
                                .orElse(getTranslation("exercise.review.none"));
                        list.add(reviewItem(
                                correct.getOrDefault(pair.id(), false),
                                Texts.plain(pair.left()),
                                getTranslation("exercise.review.yourAnswer", chosen, Texts.plain(pair.right())),
                                null));
                    }
                }
                case RewriteExercise r -> {
                    var given = ((ExerciseAnswer.RewriteAnswer) answer).texts();
                    for (var prompt : r.prompts()) {
                        var item = new Div(
                                new Paragraph(getTranslation("exercise.rewrite.cold", Texts.plain(prompt.text()))),
                                new Paragraph(getTranslation(
                                        "exercise.rewrite.yourText", given.getOrDefault(prompt.id(), ""))),
                                new Paragraph(
                                        getTranslation("exercise.rewrite.model", Texts.plain(prompt.modelAnswer()))));
                        item.addClassName("orienta-path-item");
                        list.add(item);
                    }
                    list.add(new H3(getTranslation("exercise.rewrite.rubric")));
                    r.rubric()
                            .forEach(c -> list.add(
                                    new Paragraph(Texts.plain(c.criterion()) + " — " + Texts.plain(c.description()))));
                }
                case ReflectionExercise r -> reflectionDetails(r, list);
            }
            return list;
        }

        /** The trainee's own answers under their questions, then the author's notes and the rubric. */
        private void reflectionDetails(ReflectionExercise exercise, Div list) {
            var given =
                    play.answer() instanceof ExerciseAnswer.ReflectionAnswer a ? a.texts() : Map.<String, String>of();
            for (var question : exercise.questions()) {
                var heading = new H4(Texts.plain(question.text()));
                var yours = new Paragraph(
                        getTranslation("exercise.reflection.yourText", given.getOrDefault(question.id(), "")));
                yours.setId("reflection-answer-" + question.id());
                var item = new Div(heading, yours);
                if (question.modelNote() != null) {
                    var note = new Paragraph(
                            getTranslation("exercise.reflection.modelNote", Texts.plain(question.modelNote())));
                    note.addClassName("orienta-hint");
                    item.add(note);
                }
                item.addClassName("orienta-path-item");
                list.add(item);
            }
            if (exercise.modelNotes() != null) {
                var notes = new Div(new H3(getTranslation("exercise.reflection.modelNotes")));
                notes.add(Texts.markdown(exercise.modelNotes()));
                notes.setId("reflection-model-notes");
                list.add(notes);
            }
            if (!exercise.rubric().isEmpty()) {
                list.add(new H3(getTranslation(
                        exercise.review() && play.mode() == AttemptMode.ASSESSED
                                ? "exercise.rewrite.rubric"
                                : "exercise.reflection.rubric")));
                exercise.rubric()
                        .forEach(c -> list.add(
                                new Paragraph(Texts.plain(c.criterion()) + " — " + Texts.plain(c.description()))));
            }
        }

        private Component reviewItem(boolean right, String question, String answer, @Nullable Component explanation) {
            var icon = (right ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
            icon.addClassName(right ? "orienta-right" : "orienta-wrong");
            icon.getElement()
                    .setAttribute(
                            "aria-label", getTranslation(right ? "exercise.review.right" : "exercise.review.wrong"));
            var head = new Div(icon, new Span(question));
            head.addClassName("orienta-review-head");
            var item = new Div(head, new Paragraph(answer));
            if (explanation != null) {
                item.add(explanation);
            }
            item.addClassName("orienta-path-item");
            return item;
        }
    }
}
