package org.orienta.progress.attempt;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForTrainees;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseScoring;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.CurrentUser;
import org.orienta.people.PersonId;
import org.orienta.progress.StepRecorded;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.orienta.quiz.QuestionAnswer;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees' attempts. Every step is its own transaction: the step row, its evidence and the attempt's
 * summary commit together or not at all, and the screen moves on only after the commit. A step carries
 * its number, so a double click or a resent request is recorded once.
 */
@Service
@ForTrainees
@NamedInterface("attempt")
public class AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final EvidenceRecorder recorder;
    private final ScenarioService scenarios;
    private final ExerciseService exercises;
    private final QuizService quizzes;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AttemptReviewRepository reviews;
    private final Clock clock;

    private final StepMetrics metrics;
    private final UnclearReplyRepository unclear;

    AttemptService(
            AttemptRepository attempts,
            AttemptStepRepository steps,
            EvidenceRecorder recorder,
            ScenarioService scenarios,
            ExerciseService exercises,
            QuizService quizzes,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            AttemptReviewRepository reviews,
            StepMetrics metrics,
            UnclearReplyRepository unclear) {
        this.unclear = unclear;
        this.metrics = metrics;
        this.reviews = reviews;
        this.attempts = attempts;
        this.steps = steps;
        this.recorder = recorder;
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The trainee's unfinished attempt at this item, if any: what "Continue" opens. */
    @Transactional(readOnly = true)
    public Optional<AttemptId> unfinished(ItemRef item) {
        return attempts.findFirstByTraineeIdAndItemKindAndItemKeyAndStatusOrderByLastActivityAtDesc(
                        me().value(), item.kind(), item.key(), AttemptStatus.IN_PROGRESS)
                .map(Attempt::id);
    }

    /** Starts a new attempt on the item's published version. */
    @Transactional
    public AttemptId start(ItemRef item, AttemptMode mode, @Nullable String moduleKey) {
        int version = switch (item.kind()) {
            case SCENARIO ->
                scenarios
                        .published(item.key())
                        .orElseThrow(() -> notPublished(item))
                        .version();
            case EXERCISE -> {
                var published = exercises.published(item.key()).orElseThrow(() -> notPublished(item));
                requireAttemptsLeft(item, mode, published.definition().info().attempts());
                yield published.version();
            }
            case QUIZ -> {
                var published = quizzes.published(item.key()).orElseThrow(() -> notPublished(item));
                requireAttemptsLeft(item, mode, published.definition().attempts());
                yield published.version();
            }
        };
        var attempt = attempts.saveAndFlush(
                new Attempt(me().value(), item, version, moduleKey, mode, SEEDS.nextLong(), clock.instant()));
        return attempt.id();
    }

    @Transactional(readOnly = true)
    public AttemptOverview overview(AttemptId id) {
        var attempt = owned(id);
        return new AttemptOverview(
                id, attempt.item(), attempt.itemVersion(), attempt.mode(), attempt.status(), attempt.moduleKey());
    }

    @Transactional(readOnly = true)
    public ScenarioPlay scenario(AttemptId id) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.SCENARIO);
        return scenarioPlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
    }

    /**
     * Records a choice at the current decision point and returns the conversation after it.
     *
     * @param stepNo the number of this step as the screen knew it ({@link ScenarioPlay#nextStep()})
     * @throws StepConflictException when that step was already answered differently
     */
    @Transactional
    public ScenarioPlay choose(AttemptId id, int stepNo, String optionId) {
        return choose(id, stepNo, optionId, null);
    }

    /**
     * Records a choice, made by a click or by a reply typed in the trainee's own words, and returns the
     * conversation after it. A typed reply is kept with the step; the choice is recorded exactly as a
     * click on its option would be, with the same branch, state and evidence.
     *
     * @param typed what the trainee typed, when they answered in their own words
     * @throws StepConflictException when that step was already answered differently
     */
    @Transactional
    public ScenarioPlay choose(AttemptId id, int stepNo, String optionId, @Nullable TypedReply typed) {
        metrics.start("choice");
        var attempt = owned(id);
        requireKind(attempt, ItemKind.SCENARIO);
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var before = scenarioPlay(attempt, recorded);
        if (stepNo <= recorded.size()) {
            var earlier = recorded.get(stepNo - 1);
            if (earlier.kind() == StepKind.CHOICE && earlier.answer().equals(optionId)) {
                return before;
            }
            throw new StepConflictException("step " + stepNo + " of attempt " + id + " was already recorded");
        }
        if (before.run().decision() == null) {
            throw new StepConflictException("attempt " + id + " is not waiting for step " + stepNo);
        }
        var after = before.run().choose(before.scenario(), attempt.seed(), optionId);
        var chosen = after.choices().getLast();
        var ref = chosen.decisionId() + "/" + optionId;
        var end = after.ending();
        var row = recordStep(
                attempt,
                new Step(StepKind.CHOICE, stepNo, chosen.decisionId(), optionId, null, chosen.evidence(), ref),
                end == null ? null : now -> attempt.complete(score(after), null, end.outcome(), now));
        var play = scenarioPlay(
                attempt,
                before.scenario(),
                after,
                before.stepsTaken() + 1,
                before.reflections(),
                before.review(),
                before.typed());
        if (typed == null || typed.text().isEmpty()) {
            return play;
        }
        row.typed(typed);
        return play.withTyped(after.choices().size() - 1, typed);
    }

    /**
     * Keeps a reply the matcher could not place at the attempt's current decision, for the trainers'
     * "what trainees say that no option covers". It changes nothing in the run: the trainee rephrases
     * or chooses next.
     *
     * @param closest the option that came closest, if any
     * @param offTopic whether no option came close at all (rather than two about equally)
     */
    @Transactional
    public void noteUnclear(AttemptId id, String reply, @Nullable String closest, double similarity, boolean offTopic) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.SCENARIO);
        var play = scenarioPlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
        var decision = play.run().decision();
        var text = new TypedReply(reply, 0, false).text();
        if (decision == null || text.isEmpty()) {
            return;
        }
        unclear.save(new UnclearReply(
                attempt.id().value(),
                attempt.item().key(),
                attempt.itemVersion(),
                decision.id(),
                text,
                closest,
                similarity,
                offTopic,
                clock.instant()));
    }

    /** Saves the trainee's answer to a reflection question at the end of a scenario; the latest answer counts. */
    @Transactional
    public ScenarioPlay reflect(AttemptId id, int question, String text) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.SCENARIO);
        var before = scenarioPlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
        var answer = text.strip();
        recordStep(
                attempt,
                new Step(
                        StepKind.REFLECTION,
                        attempt.nextStep(),
                        Integer.toString(question),
                        answer,
                        null,
                        List.of(),
                        ""),
                null);
        var reflections = new TreeMap<>(before.reflections());
        reflections.put(question, answer);
        return scenarioPlay(
                attempt,
                before.scenario(),
                before.run(),
                before.stepsTaken() + 1,
                reflections,
                before.review(),
                before.typed());
    }

    /** Assessed attempts an item allows (0 = unlimited) and how many the trainee has used; practice is free. */
    @Transactional(readOnly = true)
    public int assessedAttemptsUsed(ItemRef item) {
        return (int) attempts.countByTraineeIdAndItemKindAndItemKeyAndModeAndStatusNot(
                me().value(), item.kind(), item.key(), AttemptMode.ASSESSED, AttemptStatus.IN_PROGRESS);
    }

    private void requireAttemptsLeft(ItemRef item, AttemptMode mode, int allowed) {
        if (mode == AttemptMode.ASSESSED && allowed > 0 && assessedAttemptsUsed(item) >= allowed) {
            throw new AttemptLimitException(item, allowed);
        }
    }

    @Transactional(readOnly = true)
    public ExercisePlay exercise(AttemptId id) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.EXERCISE);
        return exercisePlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
    }

    /**
     * Submits an exercise: one step, scored at once (a rewrite waits for a trainer), with its evidence.
     * Submitting the same answer again changes nothing. Every item must be answered: an answer that
     * leaves some out is refused with what is missing, and nothing is recorded.
     */
    @Transactional
    public ExercisePlay submit(AttemptId id, ExerciseAnswer answer) {
        return submit(id, answer, false);
    }

    /**
     * As {@link #submit(AttemptId, ExerciseAnswer)}; in practice, {@code anyway} submits an answer
     * with items left out (they count as wrong). An empty answer is never recorded, and an assessed
     * one must always be complete: an unanswered item would be evidence of nothing.
     *
     * @throws InvalidInputException naming the unanswered items, with the field {@code answer} for
     *     the whole and {@code answer/<item id>} for each
     */
    @Transactional
    public ExercisePlay submit(AttemptId id, ExerciseAnswer answer, boolean anyway) {
        metrics.start("submission");
        var attempt = owned(id);
        requireKind(attempt, ItemKind.EXERCISE);
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var before = exercisePlay(attempt, recorded);
        var json = AnswerCodec.write(answer);
        var earlier =
                recorded.stream().filter(s -> s.kind() == StepKind.SUBMISSION).findFirst();
        if (earlier.isPresent()) {
            if (earlier.get().answer().equals(json)) {
                return before;
            }
            throw new StepConflictException("exercise attempt " + id + " was already submitted");
        }
        var definition = before.exercise();
        ExerciseScoring.requireAnswered(definition, answer, anyway && attempt.mode() == AttemptMode.PRACTICE);
        var result = ExerciseScoring.score(definition, answer);
        Consumer<Instant> ending;
        if (result.awaitingReview()
                && (attempt.mode() == AttemptMode.PRACTICE || !ExerciseScoring.reviewedByTrainer(definition))) {
            // Practice never reaches a trainer's queue: the trainee checks it against the rubric. A
            // reflection its author keeps private is the trainee's alone, assessed or not.
            ending = attempt::completeUnscored;
        } else if (result.awaitingReview()) {
            ending = attempt::awaitReview;
        } else {
            ending = now -> attempt.complete(result.score(), null, null, now);
        }
        recordStep(
                attempt,
                new Step(
                        StepKind.SUBMISSION,
                        attempt.nextStep(),
                        definition.id(),
                        json,
                        result.awaitingReview() ? null : result.score() >= ExerciseScoring.FULL_LEVEL_FROM,
                        ExerciseScoring.evidence(definition, result),
                        definition.id()),
                ending);
        return new ExercisePlay(
                id,
                attempt.mode(),
                attempt.status(),
                attempt.itemVersion(),
                definition,
                answer,
                result,
                before.selfCheck(),
                before.review());
    }

    /** Saves which rubric criteria the trainee ticked when checking their rewrite; the latest counts. */
    @Transactional
    public ExercisePlay selfCheck(AttemptId id, List<String> criteria) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.EXERCISE);
        recordStep(
                attempt,
                new Step(
                        StepKind.REFLECTION,
                        attempt.nextStep(),
                        "self-check",
                        String.join(",", criteria),
                        null,
                        List.of(),
                        ""),
                null);
        return exercisePlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
    }

    @Transactional(readOnly = true)
    public QuizPlay quiz(AttemptId id) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.QUIZ);
        return quizPlay(attempt, steps.findByAttemptIdOrderByStepNo(id.value()));
    }

    /**
     * Records the answer to one question of the paper, with its evidence; the last answer completes the
     * attempt. The same answer resent is recorded once; a different answer to an answered question is a
     * conflict.
     */
    @Transactional
    public QuizPlay answer(AttemptId id, int stepNo, String questionId, QuestionAnswer answer) {
        metrics.start("answer");
        var attempt = owned(id);
        requireKind(attempt, ItemKind.QUIZ);
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var before = quizPlay(attempt, recorded);
        var json = AnswerCodec.write(answer);
        var earlier = recorded.stream()
                .filter(s -> s.kind() == StepKind.ANSWER && s.ref().equals(questionId))
                .findFirst();
        if (earlier.isPresent()) {
            if (earlier.get().answer().equals(json)) {
                return before;
            }
            throw new StepConflictException("question " + questionId + " of attempt " + id + " was already answered");
        }
        var question = before.paper().questions().stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("question " + questionId + " is not on this paper"));
        var result = QuizScoring.score(question, answer);
        var answers = new LinkedHashMap<>(before.answers());
        answers.put(questionId, answer);
        var results = new LinkedHashMap<>(before.results());
        results.put(questionId, result);
        var total = total(before.quiz(), before.paper(), answers, results);
        recordStep(
                attempt,
                new Step(
                        StepKind.ANSWER,
                        stepNo,
                        questionId,
                        json,
                        result.correct(),
                        QuizScoring.evidence(question, result),
                        questionId),
                total == null ? null : now -> attempt.complete(total.score(), total.passed(), null, now));
        return new QuizPlay(
                id,
                attempt.mode(),
                attempt.status(),
                attempt.itemVersion(),
                before.quiz(),
                before.paper(),
                answers,
                results,
                total,
                before.stepsTaken() + 1,
                before.override());
    }

    /**
     * What a step records: its row, and the evidence it produced under {@code evidenceRef}.
     *
     * @param number the number the screen gave the step, or {@link Attempt#nextStep()} where the
     *     attempt numbers it
     */
    private record Step(
            StepKind kind,
            int number,
            String ref,
            String answer,
            @Nullable Boolean correct,
            List<Evidence> claims,
            String evidenceRef) {}

    /**
     * The one path every trainee step takes once the screen's request has been understood: the attempt
     * accepts the step or refuses it (its acceptance rule), the row and its evidence are written, the
     * attempt ends if the step ended it, everything is flushed once, so a conflict surfaces here rather
     * than at the commit, and steps that answer the item announce themselves.
     *
     * @param ending what the step does to the attempt when it ends it, given the step's time
     */
    private AttemptStep recordStep(Attempt attempt, Step step, @Nullable Consumer<Instant> ending) {
        var now = clock.instant();
        int stepNo = attempt.takeStep(step.kind(), step.number(), now);
        var row = steps.save(new AttemptStep(
                attempt.id().value(), stepNo, step.kind(), step.ref(), step.answer(), step.correct(), now));
        var weight = EvidenceRecorder.weight(attempt.item().kind());
        for (Evidence claim : step.claims()) {
            recorder.record(attempt, claim, weight, step.evidenceRef(), row.id(), now);
        }
        if (ending != null) {
            ending.accept(now);
        }
        attempts.flush();
        if (step.kind() != StepKind.REFLECTION) {
            events.publishEvent(new StepRecorded(
                    new PersonId(attempt.traineeId()),
                    attempt.id(),
                    attempt.mode() == AttemptMode.ASSESSED,
                    step.claims(),
                    now));
        }
        return row;
    }

    private QuizPlay quizPlay(Attempt attempt, List<AttemptStep> recorded) {
        var definition = quizzes.version(attempt.item().key(), attempt.itemVersion());
        var paper = QuizPaper.draw(definition, attempt.seed());
        var answers = new LinkedHashMap<String, QuestionAnswer>();
        var results = new LinkedHashMap<String, QuizScoring.QuestionResult>();
        for (var step : recorded) {
            if (step.kind() == StepKind.ANSWER) {
                var answer = AnswerCodec.readQuestion(step.answer());
                answers.put(step.ref(), answer);
                definition.question(step.ref()).ifPresent(q -> results.put(step.ref(), QuizScoring.score(q, answer)));
            }
        }
        return new QuizPlay(
                attempt.id(),
                attempt.mode(),
                attempt.status(),
                attempt.itemVersion(),
                definition,
                paper,
                answers,
                results,
                total(definition, paper, answers, results),
                (int) recorded.stream().filter(s -> s.kind() != StepKind.REVIEW).count(),
                reviews.findByAttemptId(attempt.id().value())
                        .map(AttemptReview::review)
                        .orElse(null));
    }

    /** The quiz's result once every question of the paper is answered. */
    private static QuizScoring.@Nullable QuizResult total(
            QuizDefinition definition,
            QuizPaper paper,
            Map<String, QuestionAnswer> answers,
            Map<String, QuizScoring.QuestionResult> results) {
        if (!paper.questions().stream().allMatch(q -> answers.containsKey(q.id()))) {
            return null;
        }
        return QuizScoring.total(
                definition,
                paper,
                paper.questions().stream().map(q -> results.get(q.id())).toList());
    }

    private ExercisePlay exercisePlay(Attempt attempt, List<AttemptStep> recorded) {
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        var submission =
                recorded.stream().filter(s -> s.kind() == StepKind.SUBMISSION).findFirst();
        var answer = submission.map(s -> AnswerCodec.readExercise(s.answer())).orElse(null);
        var result = answer == null ? null : ExerciseScoring.score(definition, answer);
        var selfCheck = recorded.stream()
                .filter(s -> s.kind() == StepKind.REFLECTION && s.ref().equals("self-check"))
                .reduce((a, b) -> b)
                .map(s -> s.answer().isEmpty()
                        ? List.<String>of()
                        : List.of(s.answer().split(",")))
                .orElse(List.of());
        return new ExercisePlay(
                attempt.id(),
                attempt.mode(),
                attempt.status(),
                attempt.itemVersion(),
                definition,
                answer,
                result,
                selfCheck,
                reviews.findByAttemptId(attempt.id().value())
                        .map(AttemptReview::review)
                        .orElse(null));
    }

    /** The attempt's one replay: its run through the choices recorded. */
    private ScenarioPlay scenarioPlay(Attempt attempt, List<AttemptStep> recorded) {
        var definition = scenarios.version(attempt.item().key(), attempt.itemVersion());
        var run = Playthrough.replay(definition, attempt.seed(), choices(recorded));
        Map<Integer, String> reflections = new TreeMap<>();
        recorded.stream()
                .filter(s -> s.kind() == StepKind.REFLECTION)
                .forEach(s -> reflections.put(Integer.parseInt(s.ref()), s.answer()));
        return scenarioPlay(
                attempt,
                definition,
                run,
                (int) recorded.stream().filter(s -> s.kind() != StepKind.REVIEW).count(),
                reflections,
                reviews.findByAttemptId(attempt.id().value())
                        .map(AttemptReview::review)
                        .orElse(null),
                typed(recorded));
    }

    /** The typed replies of a run's choices, by the choice's index. */
    public static Map<Integer, TypedReply> typed(List<AttemptStep> recorded) {
        var typed = new TreeMap<Integer, TypedReply>();
        int index = 0;
        for (var step : recorded) {
            if (step.kind() == StepKind.CHOICE) {
                var reply = step.typed();
                if (reply != null) {
                    typed.put(index, reply);
                }
                index++;
            }
        }
        return typed;
    }

    private static ScenarioPlay scenarioPlay(
            Attempt attempt,
            ScenarioDefinition definition,
            Playthrough run,
            int stepsTaken,
            Map<Integer, String> reflections,
            @Nullable Review review,
            Map<Integer, TypedReply> typed) {
        return new ScenarioPlay(
                attempt.id(),
                attempt.mode(),
                attempt.status(),
                attempt.itemVersion(),
                definition,
                run,
                stepsTaken,
                reflections,
                review,
                typed);
    }

    private static List<String> choices(List<AttemptStep> recorded) {
        return recorded.stream()
                .filter(s -> s.kind() == StepKind.CHOICE)
                .map(AttemptStep::answer)
                .toList();
    }

    /** The mean level the choices demonstrated, on a 0..1 scale (level 1 = 0, level 4 = 1). */
    public static double score(Playthrough run) {
        return run.choices().stream().flatMap(c -> c.evidence().stream()).mapToInt(Evidence::level).average().stream()
                .map(level -> (level - 1) / 3.0)
                .findFirst()
                .orElse(0);
    }

    private Attempt owned(AttemptId id) {
        var attempt = attempts.findById(id.value()).orElseThrow(() -> new AccessDeniedException("no attempt " + id));
        if (attempt.traineeId() != me().value()) {
            // Deliberately the same answer as for a missing attempt: ids reveal nothing.
            throw new AccessDeniedException("no attempt " + id);
        }
        return attempt;
    }

    private static void requireKind(Attempt attempt, ItemKind kind) {
        if (attempt.item().kind() != kind) {
            throw new IllegalArgumentException(
                    "attempt " + attempt.id() + " is a " + attempt.item().kind());
        }
    }

    private PersonId me() {
        return currentUser.requireId();
    }

    private static IllegalArgumentException notPublished(ItemRef item) {
        return new IllegalArgumentException(item + " has no published version");
    }
}
