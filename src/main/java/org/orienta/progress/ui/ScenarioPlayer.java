package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.ownwords.OwnWordsService;
import org.orienta.ownwords.OwnWordsUnavailableException;
import org.orienta.ownwords.ReplyMatch;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.ScenarioPlay;
import org.orienta.progress.attempt.StepConflictException;
import org.orienta.progress.attempt.TypedReply;
import org.orienta.scenario.FeedbackTiming;
import org.orienta.scenario.Playthrough.ChoiceEntry;
import org.orienta.scenario.Playthrough.CustomerEntry;
import org.orienta.scenario.Playthrough.Entry;
import org.orienta.scenario.Playthrough.NarrationEntry;
import org.orienta.scenario.ReplyMode;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Option;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The role-play player: the customer and setting, the conversation as chat bubbles, the customer's
 * mood, the options as large buttons, and at the end the outcome, the path taken with its feedback, the
 * competencies it showed and the reflection questions. It moves on only after the step is committed.
 */
class ScenarioPlayer extends Div {

    final Div conversation = new Div();
    final Div choices = new Div();
    final Div problem = new Div();
    final Div debrief = new Div();
    /** Read out by screen readers: only the customer's new lines, never the whole conversation again. */
    final Span news = new Span();
    /** The transcript entries already on screen, in order: a step appends only what is new. */
    private final List<Entry> shown = new ArrayList<>();

    private final transient Session session;
    private final @Nullable String focus;
    private final Runnable tryAgain;
    private final CompetencyLabels competencyLabels;
    private final Supplier<Optional<Component>> next;
    /** Understands typed replies at own-words decisions; without it they are answered by choosing. */
    private final transient @Nullable OwnWordsService ownWords;
    /** Orders the options offered after an unclear reply; any order will do, as long as it is not the ranking. */
    private final long fallbackSeed =
            java.util.concurrent.ThreadLocalRandom.current().nextLong();

    private @Nullable MoodMeter mood;
    private ScenarioPlay play;

    /**
     * Where a run comes from and goes to: a stored attempt, or (for a trainer's preview) memory only.
     * The player itself does not know which, so a preview shows exactly what trainees will see.
     */
    interface Session {

        ScenarioPlay load();

        ScenarioPlay choose(int step, String optionId);

        /** A choice the trainee made by typing their own words: kept with the step where steps are kept. */
        default ScenarioPlay choose(int step, String optionId, TypedReply typed) {
            return choose(step, optionId);
        }

        /** A typed reply the matcher could not place, for the trainers' view of what no option covers. */
        default void unclear(String reply, ReplyMatch match) {}

        ScenarioPlay reflect(int question, String answer);

        /** True when nothing is recorded: a trainer's preview. */
        default boolean preview() {
            return false;
        }
    }

    ScenarioPlayer(AttemptService attempts, AttemptId id, Runnable tryAgain, CompetencyLabels competencyLabels) {
        this(attempts, id, tryAgain, null, competencyLabels);
    }

    /** @param focus a decision to highlight and scroll to in the review of a finished run */
    ScenarioPlayer(
            AttemptService attempts,
            AttemptId id,
            Runnable tryAgain,
            @Nullable String focus,
            CompetencyLabels competencyLabels) {
        this(attempts, id, tryAgain, focus, competencyLabels, Optional::empty);
    }

    /** @param next the action to the module's next item, when the attempt belongs to a module */
    ScenarioPlayer(
            AttemptService attempts,
            AttemptId id,
            Runnable tryAgain,
            @Nullable String focus,
            CompetencyLabels competencyLabels,
            Supplier<Optional<Component>> next) {
        this(attempts, id, tryAgain, focus, competencyLabels, next, null);
    }

    /** @param ownWords what understands typed replies; null offers own-words decisions as choices */
    ScenarioPlayer(
            AttemptService attempts,
            AttemptId id,
            Runnable tryAgain,
            @Nullable String focus,
            CompetencyLabels competencyLabels,
            Supplier<Optional<Component>> next,
            @Nullable OwnWordsService ownWords) {
        this(
                new Session() {
                    @Override
                    public ScenarioPlay load() {
                        return attempts.scenario(id);
                    }

                    @Override
                    public ScenarioPlay choose(int step, String optionId) {
                        return attempts.choose(id, step, optionId);
                    }

                    @Override
                    public ScenarioPlay choose(int step, String optionId, TypedReply typed) {
                        return attempts.choose(id, step, optionId, typed);
                    }

                    @Override
                    public void unclear(String reply, ReplyMatch match) {
                        attempts.noteUnclear(
                                id,
                                reply,
                                match.closest(),
                                match.bestSimilarity(),
                                match.verdict() == ReplyMatch.Verdict.OFF_TOPIC);
                    }

                    @Override
                    public ScenarioPlay reflect(int question, String answer) {
                        return attempts.reflect(id, question, answer);
                    }
                },
                tryAgain,
                focus,
                competencyLabels,
                next,
                ownWords);
    }

    ScenarioPlayer(Session session, Runnable tryAgain, @Nullable String focus, CompetencyLabels competencyLabels) {
        this(session, tryAgain, focus, competencyLabels, Optional::empty);
    }

    ScenarioPlayer(
            Session session,
            Runnable tryAgain,
            @Nullable String focus,
            CompetencyLabels competencyLabels,
            Supplier<Optional<Component>> next) {
        this(session, tryAgain, focus, competencyLabels, next, null);
    }

    ScenarioPlayer(
            Session session,
            Runnable tryAgain,
            @Nullable String focus,
            CompetencyLabels competencyLabels,
            Supplier<Optional<Component>> next,
            @Nullable OwnWordsService ownWords) {
        this.ownWords = ownWords;
        this.next = next;
        this.competencyLabels = competencyLabels;
        this.focus = focus;
        this.session = session;
        this.tryAgain = tryAgain;
        addClassName("orienta-player");
        setId("scenario-player");
        conversation.addClassName("orienta-conversation");
        conversation.setId("conversation");
        // Not a live region itself: the trainee's own words and the feedback would be read out too.
        conversation.getElement().setAttribute("aria-label", getTranslation("player.conversation"));
        conversation.getElement().setAttribute("role", "region");
        news.setId("conversation-news");
        news.addClassName("orienta-sr-only");
        news.getElement().setAttribute("aria-live", "polite");
        news.getElement().setAttribute("aria-atomic", "true");
        choices.addClassName("orienta-choices");
        choices.setId("choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-labelledby", "decision-label");
        problem.addClassName("orienta-banner");
        problem.addClassName("orienta-banner-error");
        problem.setId("step-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        debrief.setId("debrief");
        debrief.addClassName("orienta-debrief");
        this.play = session.load();
        add(header(), conversation, news, problem, choices, debrief);
        Texts.notInYourLanguage(play.scenario().title()).ifPresent(note -> addComponentAtIndex(1, note));
        render();
    }

    private Component header() {
        var scenario = play.scenario();
        var title = new H2(Texts.plain(scenario.title()));
        title.addClassName("orienta-player-title");
        var modeBadge = new Badge(getTranslation(
                session.preview()
                        ? "player.mode.preview"
                        : play.mode() == AttemptMode.PRACTICE ? "player.mode.practice" : "player.mode.assessed"));
        modeBadge.addThemeVariants(play.mode() == AttemptMode.PRACTICE ? BadgeVariant.CONTRAST : BadgeVariant.SUCCESS);
        modeBadge.setId("attempt-mode");
        modeBadge
                .getElement()
                .setAttribute(
                        "title",
                        getTranslation(
                                session.preview()
                                        ? "player.mode.preview.hint"
                                        : play.mode() == AttemptMode.PRACTICE
                                                ? "player.mode.practice.hint"
                                                : "player.mode.assessed.hint"));
        var titleRow = new Div(title, modeBadge);
        titleRow.addClassName("orienta-player-title-row");

        var persona = scenario.persona();
        var initials = new Span(Texts.plain(persona.localizedName()).substring(0, 1));
        initials.addClassName("orienta-persona-avatar");
        initials.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(getTranslation("player.persona.name", Texts.plain(persona.localizedName()), persona.age()));
        name.addClassName("orienta-persona-name");
        var situation = new Paragraph(Texts.plain(persona.situation()));
        var expects = new Paragraph(getTranslation("player.persona.expects", Texts.plain(persona.expects())));
        expects.addClassName("orienta-persona-expects");
        var setting = new Paragraph(Texts.plain(scenario.setting()));
        setting.addClassName("orienta-persona-setting");
        mood = new MoodMeter(Texts.plain(persona.localizedName()));
        var personaCard = new Div(new Div(initials, name), situation, expects, setting, mood);
        personaCard.addClassName("orienta-persona");
        personaCard.setId("persona");
        return new Div(titleRow, personaCard);
    }

    /**
     * Shows the run as it now stands and returns where focus belongs after a choice: the next decision's
     * options, or the ending. The conversation only grows: bubbles already on screen stay as they are
     * (a screen reader does not read them again, and the browser receives only the new ones).
     */
    private Component render() {
        var run = play.run();
        if (mood != null) {
            mood.show(run.state().mood());
        }
        // Assessed runs hold every choice's feedback until the debrief, so that it cannot steer the next
        // choice; the item's own timing applies to practice (and to a trainer's preview).
        var immediate = play.scenario().feedback() == FeedbackTiming.IMMEDIATE && play.mode() != AttemptMode.ASSESSED;
        var transcript = run.transcript();
        boolean continues = shown.size() <= transcript.size()
                && transcript.subList(0, shown.size()).equals(shown);
        if (!continues) {
            // Another tab went a different way (a step conflict): only then is the conversation redrawn.
            conversation.removeAll();
            shown.clear();
        }
        boolean appending = !shown.isEmpty();
        var said = new ArrayList<String>();
        int choiceIndex =
                (int) shown.stream().filter(ChoiceEntry.class::isInstance).count();
        for (Entry entry : transcript.subList(shown.size(), transcript.size())) {
            conversation.add(bubble(entry, immediate, choiceIndex));
            if (entry instanceof ChoiceEntry) {
                choiceIndex++;
            }
            shown.add(entry);
            if (entry instanceof CustomerEntry customer) {
                said.add(getTranslation(
                        "player.customer.says",
                        Texts.plain(play.scenario().persona().localizedName()),
                        Texts.plain(customer.text())));
            }
        }
        // The opening lines are on the page when it loads; only what a choice brings is announced.
        news.setText(appending ? String.join(" ", said) : "");
        choices.removeAll();
        debrief.removeAll();
        Component next = choices;
        if (run.decision() != null) {
            choices.setVisible(true);
            choices.add(
                    decisionProgress(run.choices().size() + 1, run.decision().id()));
            var prompt = run.decision().prompt();
            if (prompt != null) {
                var question = new H3(Texts.plain(prompt));
                question.addClassName("orienta-choices-prompt");
                question.setId("decision-prompt");
                choices.add(question);
                choices.getElement().setAttribute("aria-labelledby", "decision-label decision-prompt");
            } else {
                choices.getElement().setAttribute("aria-labelledby", "decision-label");
            }
            if (play.scenario().replyAt(run.decision()) == ReplyMode.OWN_WORDS) {
                next = ownWords(run.decision());
            } else {
                optionButtons(run.options(), null);
            }
        } else {
            // An empty group would be a landmark-less, nameless stop for screen readers.
            choices.setVisible(false);
            if (run.ending() != null) {
                next = showEnding(run.ending());
            }
        }
        return next;
    }

    /**
     * Where the trainee is: "Decision 3 of at most 5". The total is the longest path still possible,
     * an upper bound that only shrinks, so the bar never runs backwards and the text is never wrong;
     * a graph that can loop has no bound, and then only the decision's number is shown.
     */
    private Component decisionProgress(int number, String decisionId) {
        var ahead = DecisionsAhead.from(play.scenario(), decisionId);
        var box = new Div();
        box.setId("decision-progress");
        box.addClassName("orienta-decision-progress");
        if (ahead.isEmpty()) {
            var only = new Span(getTranslation("player.decision", number));
            only.setId("decision-label");
            box.add(only);
            return box;
        }
        int most = number - 1 + ahead.getAsInt();
        var label = new Span(
                getTranslation(most == number ? "player.decision.last" : "player.decision.atMost", number, most));
        label.addClassName("orienta-hint");
        label.setId("decision-label");
        var bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, most, number - 1);
        bar.getElement().setAttribute("aria-label", label.getText());
        bar.getElement().setAttribute("aria-valuetext", label.getText());
        box.add(label, bar);
        return box;
    }

    private void optionButtons(List<Option> options, @Nullable String typed) {
        for (Option option : options) {
            var button = new Button(Texts.plain(option.say()));
            button.addClassName("orienta-choice");
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.setId("option-" + option.id());
            button.addClickListener(e -> {
                if (typed == null) {
                    choose(option.id());
                } else {
                    chooseTyped(option.id(), typed, null);
                }
            });
            choices.add(button);
        }
    }

    /**
     * An own-words decision: a box for what the trainee would say (the phone keyboard's dictation works
     * in it), or, where replies in this language cannot be understood, the options with a note saying
     * why. Returns what takes focus.
     */
    private Component ownWords(Decision decision) {
        var service = ownWords;
        if (service == null || !service.available(getLocale())) {
            var note = new Paragraph(getTranslation("ownWords.notInLanguage"));
            note.addClassNames("orienta-hint", "orienta-own-words-note");
            note.setId("own-words-unavailable");
            choices.add(note);
            optionButtons(play.run().options(), null);
            return choices;
        }
        var reply = new TextArea();
        reply.setId("own-words-reply");
        reply.addClassName("orienta-own-words-reply");
        reply.setWidthFull();
        reply.setMaxLength(TypedReply.MAX_LENGTH);
        reply.setMinRows(2);
        reply.setPlaceholder(getTranslation("ownWords.placeholder"));
        reply.setAriaLabel(getTranslation("ownWords.label"));
        reply.getElement().setAttribute("autocapitalize", "sentences");
        reply.getElement().setAttribute("enterkeyhint", "send");
        reply.getElement().setAttribute("aria-describedby", "own-words-hint");
        var hint = new Paragraph(getTranslation("ownWords.hint"));
        hint.addClassName("orienta-hint");
        hint.setId("own-words-hint");
        var say = new Button(getTranslation("ownWords.say"), VaadinIcon.COMMENT.create());
        say.setId("own-words-say");
        say.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var unclear = new Div();
        unclear.setId("own-words-unclear");
        unclear.addClassName("orienta-own-words-unclear");
        unclear.setVisible(false);
        say.addClickListener(e -> say(decision, reply, unclear));
        var box = new Div(hint, reply, say, unclear);
        box.addClassName("orienta-own-words");
        box.setId("own-words");
        choices.add(box);
        return reply;
    }

    /** Matches what was typed: down the matched option's branch, or the customer asks what was meant. */
    void say(Decision decision, TextArea reply, Div unclear) {
        var text = reply.getValue().strip();
        if (text.isEmpty()) {
            reply.setInvalid(true);
            reply.setErrorMessage(getTranslation("ownWords.empty"));
            Focus.moveTo(reply);
            return;
        }
        reply.setInvalid(false);
        var service = java.util.Objects.requireNonNull(ownWords);
        var offered = play.run().options();
        ReplyMatch match;
        try {
            match = service.match(offered, text, getLocale());
        } catch (OwnWordsUnavailableException | IllegalArgumentException e) {
            // The model or the endpoint failed: the trainee still goes on, by choosing.
            unclear.removeAll();
            var note = new Paragraph(getTranslation("ownWords.failed"));
            note.addClassName("orienta-hint");
            note.setId("own-words-failed");
            unclear.add(note);
            unclear.setVisible(true);
            optionButtons(offered, null);
            return;
        }
        if (match.matched()) {
            chooseTyped(
                    java.util.Objects.requireNonNull(match.optionId()),
                    text,
                    new TypedReply(text, match.confidence(), true));
            return;
        }
        try {
            session.unclear(text, match);
        } catch (DataAccessException | TransactionException e) {
            // Only the trainers' list of unplaced replies misses this one; the trainee goes on.
        }
        unclear.removeAll();
        var who = new Span(Texts.plain(play.scenario().persona().localizedName()));
        who.addClassName("orienta-bubble-who");
        var asks = new Div(new Span(getTranslation(
                match.verdict() == ReplyMatch.Verdict.OFF_TOPIC ? "ownWords.offTopic" : "ownWords.unclear")));
        asks.addClassNames("orienta-bubble", "orienta-bubble-customer");
        asks.setId("own-words-asks");
        var pick = new Paragraph(getTranslation("ownWords.pick"));
        pick.addClassName("orienta-hint");
        unclear.add(new Div(who, asks), pick);
        for (Option option : service.fallback(match, offered, fallbackSeed, decision.id())) {
            var button = new Button(Texts.plain(option.say()));
            button.addClassName("orienta-choice");
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.setId("closest-" + option.id());
            double confidence = match.ranked().stream()
                    .filter(c -> c.optionId().equals(option.id()))
                    .mapToDouble(ReplyMatch.Candidate::confidence)
                    .findFirst()
                    .orElse(0);
            button.addClickListener(e -> chooseTyped(option.id(), text, new TypedReply(text, confidence, false)));
            unclear.add(button);
        }
        unclear.setVisible(true);
        news.setText(getTranslation(
                "player.customer.says",
                Texts.plain(play.scenario().persona().localizedName()),
                asks.getElement().getTextRecursively()));
        Focus.moveTo(asks);
    }

    private void chooseTyped(String optionId, String text, @Nullable TypedReply typed) {
        var reply = typed == null ? new TypedReply(text, 0, false) : typed;
        choose(optionId, reply);
    }

    private Component bubble(Entry entry, boolean immediateFeedback, int choiceIndex) {
        return switch (entry) {
            case NarrationEntry n -> {
                var text = new Paragraph(Texts.plain(n.text()));
                text.addClassName("orienta-narration");
                yield text;
            }
            case CustomerEntry c -> {
                var text = new Div(new Span(Texts.plain(c.text())));
                text.addClassNames("orienta-bubble", "orienta-bubble-customer");
                text.getElement().setAttribute("data-mood", Integer.toString(c.mood()));
                var who = new Span(Texts.plain(play.scenario().persona().localizedName()));
                who.addClassName("orienta-bubble-who");
                yield new Div(who, text);
            }
            case ChoiceEntry choice -> {
                var typed = play.typedAt(choiceIndex);
                var said = new Div(new Span(typed.map(TypedReply::text)
                        .orElseGet(() -> Texts.plain(choice.option().say()))));
                said.addClassNames("orienta-bubble", "orienta-bubble-trainee");
                var wrapper = new Div(said);
                wrapper.addClassName("orienta-bubble-row-trainee");
                if (typed.isPresent()) {
                    said.addClassName("orienta-bubble-typed");
                    var understood = new Span(getTranslation(
                            "ownWords.understoodAs",
                            Formats.quote(Texts.plain(choice.option().say()), getLocale())));
                    understood.addClassNames("orienta-hint", "orienta-understood");
                    wrapper.add(understood);
                }
                if (immediateFeedback) {
                    wrapper.add(feedback(choice));
                }
                yield wrapper;
            }
        };
    }

    private Component feedback(ChoiceEntry choice) {
        var tone = tone(choice.evidence());
        var icon = (tone > 0
                        ? VaadinIcon.CHECK_CIRCLE
                        : tone < 0 ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.INFO_CIRCLE)
                .create();
        icon.addClassName("orienta-feedback-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var label = new Span(getTranslation(
                tone > 0 ? "player.feedback.good" : tone < 0 ? "player.feedback.poor" : "player.feedback.mixed"));
        label.addClassName("orienta-feedback-label");
        var box = new Div(new Div(icon, label), Texts.markdown(choice.option().feedback()));
        box.addClassNames(
                "orienta-feedback",
                tone > 0 ? "orienta-feedback-good" : tone < 0 ? "orienta-feedback-poor" : "orienta-feedback-mixed");
        return box;
    }

    /** Positive when the choice showed professional behaviour or better, negative when below standard. */
    private static int tone(List<Evidence> evidence) {
        int best = evidence.stream().mapToInt(Evidence::level).max().orElse(2);
        int worst = evidence.stream().mapToInt(Evidence::level).min().orElse(2);
        return worst <= 1 ? -1 : best >= 3 ? 1 : 0;
    }

    void choose(String optionId) {
        choose(optionId, null);
    }

    private void choose(String optionId, @Nullable TypedReply typed) {
        choices.getChildren().forEach(c -> c.getElement().setEnabled(false));
        try {
            play = typed == null
                    ? session.choose(play.nextStep(), optionId)
                    : session.choose(play.nextStep(), optionId, typed);
            problem.removeAll();
            problem.setVisible(false);
            var next = render();
            getElement()
                    .executeJs("const c = this.querySelector('#conversation');"
                            + " if (c && c.lastElementChild) c.lastElementChild.scrollIntoView({block: 'nearest'});");
            Focus.moveTo(next);
        } catch (StepConflictException e) {
            play = session.load();
            Focus.moveTo(render());
            var n = Notification.show(getTranslation("player.conflict"), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (DataAccessException | TransactionException e) {
            // Nothing was recorded: keep the options on screen and let the trainee try the same step again.
            choices.getChildren().forEach(c -> c.getElement().setEnabled(true));
            showProblem(optionId, typed);
        } catch (IllegalStateException e) {
            if (!session.preview()) {
                throw e;
            }
            // A draft under test may lead nowhere yet: say so in place, as the editor's problems do.
            choices.getChildren().forEach(c -> c.getElement().setEnabled(true));
            problem.removeAll();
            problem.add(
                    VaadinIcon.WARNING.create(),
                    new Paragraph(getTranslation("player.preview.broken", e.getMessage())));
            problem.setVisible(true);
        }
    }

    private void showProblem(String optionId, @Nullable TypedReply typed) {
        problem.removeAll();
        var retry = new Button(getTranslation("player.retry"), e -> choose(optionId, typed));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.setId("retry-step");
        problem.add(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("player.saveFailed")), retry);
        problem.setVisible(true);
    }

    /** Shows the ending and returns its banner, which takes focus so that it is read out at once. */
    private Component showEnding(Ending ending) {
        var outcome = ending.outcome();
        var banner = new Div();
        banner.addClassNames("orienta-outcome", "orienta-outcome-" + outcome);
        banner.setId("outcome");
        banner.getElement().setAttribute("role", "group");
        banner.getElement().setAttribute("aria-labelledby", "outcome-name outcome-title");
        var outcomeName = new Span(
                getTranslation(knownOutcome(outcome) ? "player.outcome." + outcome : "player.outcome.other", outcome));
        outcomeName.addClassName("orienta-outcome-name");
        outcomeName.setId("outcome-name");
        var state = play.run().state();
        var title = new H2(Texts.plain(ending.title(state)));
        title.setId("outcome-title");
        banner.add(outcomeName, title, Texts.markdown(ending.debrief(state)));
        debrief.add(banner, pathReview(), competencies());
        if (!session.preview()) {
            debrief.add(reflections(ending));
        }
        debrief.add(actions());
        return banner;
    }

    private static boolean knownOutcome(String outcome) {
        return outcome.equals(Ending.LOW) || outcome.equals(Ending.STANDARD) || outcome.equals(Ending.WOW);
    }

    private Component pathReview() {
        var section = new Section(new H3(getTranslation("player.path.title")));
        section.addClassName("orienta-section");
        section.setId("path-review");
        int number = 0;
        for (ChoiceEntry choice : play.run().choices()) {
            var typed = play.typedAt(number);
            number++;
            var said = new Paragraph(
                    typed.isPresent()
                            ? getTranslation(
                                    "ownWords.path.typed",
                                    number,
                                    Formats.quote(typed.get().text(), getLocale()),
                                    Formats.quote(Texts.plain(choice.option().say()), getLocale()))
                            : getTranslation(
                                    "player.path.said",
                                    number,
                                    Formats.quote(Texts.plain(choice.option().say()), getLocale())));
            said.addClassName("orienta-path-said");
            var item = new Div(said, feedback(choice), evidenceChips(choice.evidence()));
            item.addClassName("orienta-path-item");
            item.setId("path-" + choice.decisionId());
            if (choice.decisionId().equals(focus)) {
                Focus.on(item);
            }
            section.add(item);
        }
        return section;
    }

    private Component evidenceChips(List<Evidence> evidence) {
        var chips = new Div();
        chips.addClassName("orienta-badges");
        var ordered = new ArrayList<>(evidence);
        ordered.sort(java.util.Comparator.comparing(Evidence::competency));
        for (Evidence claim : ordered) {
            var badge = new Badge(getTranslation(
                    "player.evidence.chip",
                    competencyLabels.label(this, claim.competency()),
                    getTranslation("level." + claim.level())));
            badge.addThemeVariants(
                    BadgeVariant.SMALL,
                    claim.level() >= 3
                            ? BadgeVariant.SUCCESS
                            : claim.level() <= 1 ? BadgeVariant.ERROR : BadgeVariant.CONTRAST);
            chips.add(badge);
        }
        return chips;
    }

    private Component competencies() {
        // CompetencyCode orders by number: CO1, CO2 … CO10, not CO1, CO10, CO2.
        Map<CompetencyCode, List<Integer>> byCompetency = new TreeMap<>();
        for (ChoiceEntry choice : play.run().choices()) {
            for (Evidence claim : choice.evidence()) {
                byCompetency
                        .computeIfAbsent(claim.competency(), k -> new ArrayList<>())
                        .add(claim.level());
            }
        }
        var section = new Section(
                new H3(getTranslation("player.competencies.title")),
                new Paragraph(getTranslation(
                        session.preview()
                                ? "player.competencies.preview"
                                : play.mode() == AttemptMode.ASSESSED
                                        ? "player.competencies.assessed"
                                        : "player.competencies.practice")));
        section.addClassName("orienta-section");
        section.setId("evidenced-competencies");
        var list = new Div();
        list.addClassName("orienta-evidence-list");
        byCompetency.forEach((code, levels) -> {
            var up = levels.stream().filter(l -> l >= 3).count();
            var down = levels.stream().filter(l -> l <= 1).count();
            var row = new Div(
                    new Span(competencyLabels.label(this, code)),
                    new Span(getTranslation("player.competencies.row", up, down)));
            row.addClassName("orienta-evidence-row");
            list.add(row);
        });
        section.add(list);
        return section;
    }

    private Component reflections(Ending ending) {
        List<LocalizedText> questions = ending.reflection().isEmpty()
                ? List.of(
                        LocalizedText.english(getTranslation("player.reflection.feel")),
                        LocalizedText.english(getTranslation("player.reflection.return")))
                : ending.reflection();
        var section = new Section(
                new H3(getTranslation("player.reflection.title")),
                new Paragraph(getTranslation(
                        ending.review() ? "player.reflection.reviewed.text" : "player.reflection.text")));
        if (play.review() != null) {
            var review = new Div(
                    new Span(getTranslation(
                            "player.reflection.review",
                            getTranslation("level." + play.review().levels().getOrDefault("reflection", 2)),
                            play.review().reviewer())),
                    new Paragraph(play.review().comment()));
            review.addClassName("orienta-banner");
            review.setId("reflection-review");
            section.add(review);
        }
        section.addClassName("orienta-section");
        section.setId("reflection");
        Map<Integer, TextArea> answers = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            // The question is a paragraph above the field, never its label: a field label is one line
            // cut off with an ellipsis, and reflection questions are often longer than that.
            var question = new Paragraph(Texts.plain(questions.get(i)));
            question.setId("reflection-question-" + i);
            question.addClassName("orienta-statement");
            var area = new TextArea();
            area.setAriaLabelledBy(question.getId().orElseThrow());
            area.setWidthFull();
            area.setMaxLength(4000);
            area.setValue(play.reflections().getOrDefault(i, ""));
            area.setId("reflection-" + i);
            answers.put(i, area);
            var box = new Div(question, area);
            box.addClassName("orienta-question");
            section.add(box);
        }
        var save = new Button(getTranslation("player.reflection.save"));
        save.setId("save-reflection");
        save.addClickListener(e -> {
            try {
                for (var answer : answers.entrySet()) {
                    var previous = play.reflections().getOrDefault(answer.getKey(), "");
                    if (!answer.getValue().getValue().strip().equals(previous)) {
                        play = session.reflect(
                                answer.getKey(), answer.getValue().getValue());
                    }
                }
                var n = Notification.show(
                        getTranslation("player.reflection.saved"), 3000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DataAccessException | TransactionException ex) {
                var n = Notification.show(getTranslation("player.saveFailed"), 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        section.add(save);
        return section;
    }

    private Component actions() {
        var again = new Button(getTranslation("player.tryAgain"), VaadinIcon.REFRESH.create(), e -> tryAgain.run());
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("try-again");
        var row = new Div();
        if (!session.preview()) {
            next.get().ifPresent(action -> {
                // One primary action: going on in the module.
                again.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(action);
            });
        }
        row.add(again);
        if (!session.preview()) {
            var back =
                    new Button(getTranslation("player.back"), e -> getUI().ifPresent(ui -> ui.navigate("my-training")));
            back.setId("back-to-training");
            row.add(back);
        }
        row.addClassName("orienta-actions");
        return row;
    }
}
