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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.QuizPlay;
import org.orienta.progress.attempt.Review;
import org.orienta.progress.attempt.StepConflictException;
import org.orienta.quiz.Question;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;
import org.orienta.quiz.QuestionAnswer;
import org.orienta.quiz.QuizFeedback;
import org.orienta.quiz.QuizScoring;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The quiz player: one question at a time with a control fitting its type, each answer committed as a
 * step; feedback after each answer or in a review at the end, as the quiz says; the result against the
 * pass mark with every explanation and its source.
 */
class QuizPlayer extends Div {

    final Button answerButton = new Button();
    final Div body = new Div();
    final Div problem = new Div();
    private final transient Session session;
    private final @Nullable String focus;
    private final Runnable tryAgain;
    private final Supplier<Optional<Component>> next;
    private QuizPlay play;
    private @Nullable String feedbackFor;
    private Supplier<Optional<QuestionAnswer>> answer = Optional::empty;

    QuizPlayer(AttemptService attempts, AttemptId id, Runnable tryAgain) {
        this(attempts, id, tryAgain, null);
    }

    /** @param focus a question to highlight and scroll to in the review */
    QuizPlayer(AttemptService attempts, AttemptId id, Runnable tryAgain, @Nullable String focus) {
        this(attempts, id, tryAgain, focus, Optional::empty);
    }

    /** @param next the action to the module's next item, when the attempt belongs to a module */
    QuizPlayer(
            AttemptService attempts,
            AttemptId id,
            Runnable tryAgain,
            @Nullable String focus,
            Supplier<Optional<Component>> next) {
        this(
                new Session() {
                    @Override
                    public QuizPlay load() {
                        return attempts.quiz(id);
                    }

                    @Override
                    public QuizPlay answer(int step, String questionId, QuestionAnswer answer) {
                        return attempts.answer(id, step, questionId, answer);
                    }
                },
                tryAgain,
                focus,
                next);
    }

    /**
     * Where an attempt comes from and goes to: a stored attempt, or (for a trainer's preview) memory only.
     * The player itself does not know which, so a preview shows exactly what trainees will see.
     */
    interface Session {

        QuizPlay load();

        QuizPlay answer(int step, String questionId, QuestionAnswer answer);

        /** True when nothing is recorded: a trainer's preview. */
        default boolean preview() {
            return false;
        }
    }

    QuizPlayer(Session session, Runnable tryAgain, @Nullable String focus, Supplier<Optional<Component>> next) {
        this.next = next;
        this.focus = focus;
        this.session = session;
        this.tryAgain = tryAgain;
        this.play = session.load();
        setId("quiz-player");
        addClassName("orienta-player");
        problem.addClassNames("orienta-banner", "orienta-banner-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        body.setId("quiz-body");
        // No live region: each action moves focus to its result (the feedback, the next question),
        // which screen readers read once; a live region around the rebuilt body would read it all again.
        answerButton.setText(getTranslation("quiz.answer"));
        answerButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answerButton.setId("quiz-answer");
        answerButton.addClickListener(e -> submit());
        add(header(), body, problem);
        Texts.notInYourLanguage(play.quiz().title()).ifPresent(note -> addComponentAtIndex(1, note));
        render();
    }

    private Component header() {
        var title = new H2(Texts.plain(play.quiz().title()));
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
        var meta = new Paragraph(getTranslation(
                "quiz.meta",
                play.questions().size(),
                play.quiz().passMark(),
                play.paper().maxPoints()));
        meta.addClassName("orienta-hint");
        return new Div(row, meta);
    }

    /**
     * Shows the current state and returns where focus belongs after an action: the feedback just given,
     * the next question or the result, so that a keyboard or screen-reader user goes on from there.
     */
    private Component render() {
        body.removeAll();
        if (feedbackFor != null) {
            var question = play.quiz().question(feedbackFor).orElseThrow();
            // The feedback belongs to the question just answered: the header stays on it until Next.
            var review = review(question, true);
            body.add(progress(play.position(question)), review);
            var next = new Button(
                    getTranslation(play.finished() ? "quiz.seeResult" : "quiz.next"),
                    VaadinIcon.ARROW_RIGHT.create(),
                    e -> {
                        feedbackFor = null;
                        Focus.moveTo(render());
                    });
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("quiz-next");
            body.add(next);
            return review;
        }
        var current = play.current();
        if (current.isEmpty()) {
            var result = result();
            body.add(result);
            return result.getComponentAt(0);
        }
        var question = current.get();
        var text = new H3(Texts.plain(question.info().text()));
        text.addClassName("orienta-question-text");
        text.setId("quiz-question");
        body.add(progress(play.answers().size() + 1), text, input(question));
        if (question.info().textAfter() != null) {
            var after = Texts.markdown(question.info().textAfter());
            after.setId("quiz-text-after");
            body.add(after);
        }
        answerButton.setEnabled(true);
        body.add(answerButton);
        return text;
    }

    /** @param shown the position of the question on screen, 1-based */
    private Component progress(int shown) {
        int answered = play.answers().size();
        var bar = new ProgressBar(0, play.questions().size(), answered);
        var label = new Span(getTranslation(
                "quiz.progress",
                Math.min(shown, play.questions().size()),
                play.questions().size()));
        label.addClassName("orienta-hint");
        bar.getElement().setAttribute("aria-label", label.getText());
        bar.getElement().setAttribute("aria-valuetext", label.getText());
        return new Div(label, bar);
    }

    private Component input(Question question) {
        var order = play.paper().displayOrder().getOrDefault(question.id(), List.of());
        return switch (question) {
            case SingleChoice q -> {
                var group = new RadioButtonGroup<String>();
                group.setItems(order);
                group.setItemLabelGenerator(o -> option(q.options(), o));
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                group.setId("quiz-single");
                group.setAriaLabel(Texts.plain(q.info().text()));
                answer = () -> Optional.ofNullable(group.getValue()).map(QuestionAnswer.ChosenOption::new);
                yield group;
            }
            case MultipleChoice q -> {
                var group = new CheckboxGroup<String>(getTranslation("quiz.chooseAll"));
                group.setItems(order);
                group.setItemLabelGenerator(o -> option(q.options(), o));
                group.setId("quiz-multiple");
                answer = () -> group.getValue().isEmpty()
                        ? Optional.empty()
                        : Optional.of(new QuestionAnswer.ChosenOptions(group.getValue()));
                yield group;
            }
            case TrueFalse q -> {
                var group = new RadioButtonGroup<Boolean>();
                group.setItems(true, false);
                group.setItemLabelGenerator(v -> getTranslation(v ? "quiz.true" : "quiz.false"));
                group.setId("quiz-true-false");
                group.setAriaLabel(Texts.plain(q.info().text()));
                answer = () -> Optional.ofNullable(group.getValue()).map(QuestionAnswer.TrueFalseAnswer::new);
                yield group;
            }
            case NumericQuestion q -> {
                var field = new TextField(getTranslation("quiz.number"));
                field.getElement().setAttribute("inputmode", "decimal");
                if (q.unit() != null) {
                    field.setSuffixComponent(new Span(Texts.plain(q.unit())));
                }
                field.setId("quiz-number");
                answer = () -> number(field).map(QuestionAnswer.NumericAnswer::new);
                yield field;
            }
            case MatchingQuestion q -> {
                var box = new Div();
                var selects = new LinkedHashMap<String, Select<String>>();
                for (var pair : q.pairs()) {
                    var select = new Select<String>();
                    select.setLabel(Texts.plain(pair.left()));
                    select.setItems(order);
                    select.setItemLabelGenerator(pid -> rightSide(q, pid));
                    select.setPlaceholder(getTranslation("exercise.match.choose"));
                    select.setWidthFull();
                    select.setId("quiz-match-" + pair.id());
                    selects.put(pair.id(), select);
                    box.add(select);
                }
                answer = () -> {
                    var chosen = new LinkedHashMap<String, String>();
                    selects.forEach((left, select) -> {
                        if (select.getValue() != null) {
                            chosen.put(left, select.getValue());
                        }
                    });
                    return chosen.isEmpty() ? Optional.empty() : Optional.of(new QuestionAnswer.MatchingAnswer(chosen));
                };
                yield box;
            }
            case OrderingQuestion q -> {
                var texts = new LinkedHashMap<String, String>();
                q.items().forEach(i -> texts.put(i.id(), Texts.plain(i.text())));
                var list = new OrderList(order, texts, "quiz-order");
                answer = () -> Optional.of(new QuestionAnswer.OrderingAnswer(list.order()));
                yield new Div(new Paragraph(getTranslation("exercise.order.hint")), list);
            }
            case ShortAnswer q -> {
                var field = new TextField(getTranslation("quiz.shortAnswer"));
                field.setWidthFull();
                field.setMaxLength(200);
                field.setId("quiz-text");
                answer = () -> field.getValue().isBlank()
                        ? Optional.empty()
                        : Optional.of(new QuestionAnswer.TextAnswer(field.getValue()));
                yield field;
            }
        };
    }

    private Optional<BigDecimal> number(TextField field) {
        var text = field.getValue().replaceAll("\\s", "");
        if (text.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            text = text.replace(",", "");
        } else {
            text = text.replace(',', '.');
        }
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            field.setErrorMessage(getTranslation("exercise.notANumber"));
            field.setInvalid(true);
            return Optional.empty();
        }
    }

    /**
     * Whether the right answer is shown after each question: only in practice when the quiz asks for it.
     * An assessed quiz holds every answer's feedback for the review at the end, so that one answer's
     * explanation cannot help with the next question (a worked pair, a related question).
     */
    private boolean immediateFeedback() {
        return play.quiz().feedback() == QuizFeedback.IMMEDIATE && play.mode() != AttemptMode.ASSESSED;
    }

    /** The right-hand text a matching question shows for a pair's or a distractor's id. */
    private static String rightSide(MatchingQuestion question, String id) {
        for (int i = 0; i < question.distractors().size(); i++) {
            if (MatchingQuestion.distractorId(i).equals(id)) {
                return Texts.plain(question.distractors().get(i));
            }
        }
        return question.pairs().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .map(p -> Texts.plain(p.right()))
                .orElse(id);
    }

    private static String option(List<Question.Choice> options, String id) {
        return options.stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .map(o -> Texts.plain(o.text()))
                .orElse(id);
    }

    void submit() {
        var question = play.current().orElseThrow();
        var given = answer.get();
        if (given.isEmpty()) {
            problem.removeAll();
            problem.add(VaadinIcon.INFO_CIRCLE.create(), new Paragraph(getTranslation("quiz.answerFirst")));
            problem.setVisible(true);
            return;
        }
        answerButton.setEnabled(false);
        try {
            play = session.answer(play.nextStep(), question.id(), given.get());
            problem.setVisible(false);
            if (immediateFeedback()) {
                feedbackFor = question.id();
            }
            Focus.moveTo(render());
        } catch (StepConflictException e) {
            play = session.load();
            feedbackFor = null;
            Focus.moveTo(render());
        } catch (DataAccessException | TransactionException e) {
            answerButton.setEnabled(true);
            problem.removeAll();
            var retry = new Button(getTranslation("player.retry"), ev -> submit());
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            problem.add(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("player.saveFailed")), retry);
            problem.setVisible(true);
        }
    }

    /** A question after answering: right or not, the feedback for the answer, the explanation and source. */
    private Component review(Question question, boolean withPosition) {
        var result = play.results().get(question.id());
        boolean right = result != null && result.correct();
        var icon = (right ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.addClassName(right ? "orienta-right" : "orienta-wrong");
        var verdict = new Span(
                !right && result != null && result.points() > 0
                        ? getTranslation("quiz.review.partly", result.points(), result.maxPoints())
                        : getTranslation(right ? "exercise.review.right" : "exercise.review.wrong"));
        verdict.setId("verdict-" + question.id());
        var head = new Div(
                icon,
                new Span((withPosition ? "" : play.position(question) + ". ")
                        + Texts.plain(question.info().text())));
        head.addClassName("orienta-review-head");
        var box = new Div(head, verdict);
        box.addClassNames("orienta-path-item", "orienta-quiz-review");
        box.setId("review-" + question.id());
        if (question.id().equals(focus)) {
            Focus.on(box);
        }
        var given = play.answers().get(question.id());
        if (given != null) {
            QuizScoring.feedback(question, given).forEach(text -> box.add(Texts.markdown(text)));
        }
        box.add(new Paragraph(getTranslation("quiz.correctAnswer", correctAnswer(question))));
        // The question's source is author metadata: trainees never see it.
        box.add(Texts.markdown(question.info().explanation()));
        return box;
    }

    private String correctAnswer(Question question) {
        return switch (question) {
            case SingleChoice q ->
                q.options().stream()
                        .filter(Question.Choice::correct)
                        .map(o -> Texts.plain(o.text()))
                        .collect(Collectors.joining("; "));
            case MultipleChoice q ->
                q.options().stream()
                        .filter(Question.Choice::correct)
                        .map(o -> Texts.plain(o.text()))
                        .collect(Collectors.joining("; "));
            case TrueFalse q -> getTranslation(q.answer() ? "quiz.true" : "quiz.false");
            case NumericQuestion q ->
                q.answer().toPlainString() + (q.unit() == null ? "" : " " + Texts.plain(q.unit()));
            case MatchingQuestion q ->
                q.pairs().stream()
                        .map(p -> Texts.plain(p.left()) + " → " + Texts.plain(p.right()))
                        .collect(Collectors.joining("; "));
            case OrderingQuestion q ->
                q.items().stream().map(i -> Texts.plain(i.text())).collect(Collectors.joining(" → "));
            case ShortAnswer q ->
                java.util.stream.Stream.concat(
                                q.accepted().stream().map(Texts::plain),
                                q.responses().stream()
                                        .filter(r -> r.credit().compareTo(java.math.BigDecimal.valueOf(100)) == 0)
                                        .map(r -> Texts.plain(r.text())))
                        .collect(Collectors.joining(" / "));
        };
    }

    private Div result() {
        var total = Objects.requireNonNull(play.total(), "the result is shown once every question is answered");
        var box = new Div();
        box.setId("quiz-result");
        box.addClassName("orienta-debrief");
        var banner = new Div();
        banner.setId("quiz-outcome");
        banner.addClassNames("orienta-outcome", total.passed() ? "orienta-outcome-wow" : "orienta-outcome-low");
        var name = new Span(getTranslation(total.passed() ? "quiz.passed" : "quiz.failed"));
        name.addClassName("orienta-outcome-name");
        banner.add(
                name,
                new H2(getTranslation("quiz.points", total.points(), total.maxPoints())),
                new Paragraph(getTranslation("quiz.passMark", play.quiz().passMark())));
        box.add(banner);
        if (play.override() != null) {
            var override = new Div(
                    new Span(getTranslation(
                            "review.override.shown",
                            getTranslation("level." + play.override().levels().getOrDefault(Review.OVERRIDE, 2)),
                            play.override().reviewer())),
                    new Paragraph(play.override().comment()));
            override.addClassNames("orienta-banner");
            override.setId("score-override");
            box.add(override);
        }
        var reviews = new Div(new H3(getTranslation("quiz.review")));
        reviews.addClassName("orienta-section");
        play.questions().forEach(q -> reviews.add(review(q, false)));
        box.add(reviews);
        var again = new Button(getTranslation("player.tryAgain"), VaadinIcon.REFRESH.create(), e -> tryAgain.run());
        again.setId("try-again");
        var actions = new Div();
        if (session.preview()) {
            actions.add(again);
        } else {
            var back =
                    new Button(getTranslation("player.back"), e -> getUI().ifPresent(ui -> ui.navigate("my-training")));
            back.setId("back-to-training");
            next.get().ifPresent(actions::add);
            actions.add(again, back);
        }
        actions.addClassName("orienta-actions");
        box.add(actions);
        return box;
    }
}
