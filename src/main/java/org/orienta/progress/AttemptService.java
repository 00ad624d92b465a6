package org.orienta.progress;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseScoring;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.CurrentUser;
import org.orienta.people.PersonId;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees' attempts. Every step is its own transaction: the step row, its evidence and the attempt's
 * summary commit together or not at all, and the screen moves on only after the commit. A step carries
 * its number, so a double click or a resent request is recorded once.
 */
@Service
@PreAuthorize("hasRole('TRAINEE')")
public class AttemptService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final EvidenceRecorder recorder;
    private final ScenarioService scenarios;
    private final ExerciseService exercises;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttemptService(AttemptRepository attempts, AttemptStepRepository steps, EvidenceRecorder recorder,
            ScenarioService scenarios, ExerciseService exercises, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.attempts = attempts;
        this.steps = steps;
        this.recorder = recorder;
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The trainee's unfinished attempt at this item, if any: what "Continue" opens. */
    @Transactional(readOnly = true)
    public Optional<AttemptId> unfinished(ItemRef item) {
        return attempts.findFirstByTraineeIdAndItemKindAndItemKeyAndStatusOrderByLastActivityAtDesc(me().value(),
                item.kind(), item.key(), AttemptStatus.IN_PROGRESS).map(Attempt::id);
    }

    /** Starts a new attempt on the item's published version. */
    @Transactional
    public AttemptId start(ItemRef item, AttemptMode mode, @Nullable String moduleKey) {
        int version = switch (item.kind()) {
            case SCENARIO -> scenarios.published(item.key()).orElseThrow(() -> notPublished(item)).version();
            case EXERCISE -> {
                var published = exercises.published(item.key()).orElseThrow(() -> notPublished(item));
                requireAttemptsLeft(item, mode, published.definition().info().attempts());
                yield published.version();
            }
            default -> throw new UnsupportedOperationException(item.kind() + " is not playable yet");
        };
        var attempt = attempts.saveAndFlush(new Attempt(me().value(), item, version, moduleKey, mode,
                SEEDS.nextLong(), clock.instant()));
        return attempt.id();
    }

    @Transactional(readOnly = true)
    public AttemptOverview overview(AttemptId id) {
        var attempt = owned(id);
        return new AttemptOverview(id, attempt.item(), attempt.itemVersion(), attempt.mode(), attempt.status());
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
        if (stepNo != recorded.size() + 1 || before.run().decision() == null
                || attempt.status() != AttemptStatus.IN_PROGRESS) {
            throw new StepConflictException("attempt " + id + " is not waiting for step " + stepNo);
        }
        var choices = new ArrayList<>(choices(recorded));
        choices.add(optionId);
        var after = Playthrough.replay(before.scenario(), choices);
        var chosen = after.choices().getLast();
        var now = clock.instant();
        attempt.stepRecorded(now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.CHOICE, chosen.decisionId(), optionId,
                null, now));
        steps.flush();
        var claims = chosen.evidence();
        for (Evidence claim : claims) {
            recorder.record(attempt, claim, EvidenceRecorder.weight(ItemKind.SCENARIO),
                    chosen.decisionId() + "/" + optionId, step.id(), now);
        }
        if (after.finished()) {
            attempt.complete(score(after), null, after.ending().outcome(), now);
        }
        attempts.flush();
        events.publishEvent(new StepRecorded(new PersonId(attempt.traineeId()), id,
                attempt.mode() == AttemptMode.ASSESSED, claims, now));
        recorded.add(step);
        return scenarioPlay(attempt, recorded);
    }

    /** Saves the trainee's answer to a reflection question at the end of a scenario; the latest answer counts. */
    @Transactional
    public ScenarioPlay reflect(AttemptId id, int question, String text) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.SCENARIO);
        if (attempt.status() != AttemptStatus.COMPLETED) {
            throw new StepConflictException("reflections come after the ending");
        }
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var now = clock.instant();
        int stepNo = attempt.stepRecorded(now);
        recorded.add(steps.save(new AttemptStep(id.value(), stepNo, StepKind.REFLECTION, Integer.toString(question),
                text.strip(), null, now)));
        steps.flush();
        return scenarioPlay(attempt, recorded);
    }

    /** Assessed attempts an item allows (0 = unlimited) and how many the trainee has used; practice is free. */
    @Transactional(readOnly = true)
    public int assessedAttemptsUsed(ItemRef item) {
        return (int) attempts.countByTraineeIdAndItemKindAndItemKeyAndModeAndStatusNot(me().value(), item.kind(),
                item.key(), AttemptMode.ASSESSED, AttemptStatus.IN_PROGRESS);
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
     * Submitting the same answer again changes nothing.
     */
    @Transactional
    public ExercisePlay submit(AttemptId id, ExerciseAnswer answer) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.EXERCISE);
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var json = AnswerCodec.write(answer);
        var earlier = recorded.stream().filter(s -> s.kind() == StepKind.SUBMISSION).findFirst();
        if (earlier.isPresent()) {
            if (earlier.get().answer().equals(json)) {
                return exercisePlay(attempt, recorded);
            }
            throw new StepConflictException("exercise attempt " + id + " was already submitted");
        }
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        var result = ExerciseScoring.score(definition, answer);
        var now = clock.instant();
        int stepNo = attempt.stepRecorded(now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.SUBMISSION, definition.id(), json,
                result.awaitingReview() ? null : result.score() >= ExerciseScoring.FULL_LEVEL_FROM, now));
        steps.flush();
        var claims = ExerciseScoring.evidence(definition, result);
        for (Evidence claim : claims) {
            recorder.record(attempt, claim, EvidenceRecorder.weight(ItemKind.EXERCISE), definition.id(), step.id(),
                    now);
        }
        if (result.awaitingReview()) {
            attempt.awaitReview(now);
        } else {
            attempt.complete(result.score(), null, null, now);
        }
        attempts.flush();
        events.publishEvent(new StepRecorded(new PersonId(attempt.traineeId()), id,
                attempt.mode() == AttemptMode.ASSESSED, claims, now));
        recorded.add(step);
        return exercisePlay(attempt, recorded);
    }

    /** Saves which rubric criteria the trainee ticked when checking their rewrite; the latest counts. */
    @Transactional
    public ExercisePlay selfCheck(AttemptId id, List<String> criteria) {
        var attempt = owned(id);
        requireKind(attempt, ItemKind.EXERCISE);
        var now = clock.instant();
        int stepNo = attempt.stepRecorded(now);
        steps.save(new AttemptStep(id.value(), stepNo, StepKind.REFLECTION, "self-check", String.join(",", criteria),
                null, now));
        steps.flush();
        return exercise(id);
    }

    private ExercisePlay exercisePlay(Attempt attempt, List<AttemptStep> recorded) {
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        var submission = recorded.stream().filter(s -> s.kind() == StepKind.SUBMISSION).findFirst();
        var answer = submission.map(s -> AnswerCodec.readExercise(s.answer())).orElse(null);
        var result = answer == null ? null : ExerciseScoring.score(definition, answer);
        var selfCheck = recorded.stream().filter(s -> s.kind() == StepKind.REFLECTION && s.ref().equals("self-check"))
                .reduce((a, b) -> b).map(s -> s.answer().isEmpty() ? List.<String>of()
                        : List.of(s.answer().split(",")))
                .orElse(List.of());
        return new ExercisePlay(attempt.id(), attempt.mode(), attempt.status(), attempt.itemVersion(), definition,
                answer, result, selfCheck);
    }

    private ScenarioPlay scenarioPlay(Attempt attempt, List<AttemptStep> recorded) {
        var definition = scenarios.version(attempt.item().key(), attempt.itemVersion());
        var run = Playthrough.replay(definition, choices(recorded));
        Map<Integer, String> reflections = new TreeMap<>();
        recorded.stream().filter(s -> s.kind() == StepKind.REFLECTION)
                .forEach(s -> reflections.put(Integer.parseInt(s.ref()), s.answer()));
        return new ScenarioPlay(attempt.id(), attempt.mode(), attempt.status(), attempt.itemVersion(), definition, run,
                recorded.size(), reflections);
    }

    private static List<String> choices(List<AttemptStep> recorded) {
        return recorded.stream().filter(s -> s.kind() == StepKind.CHOICE).map(AttemptStep::answer).toList();
    }

    /** The mean level the choices demonstrated, on a 0..1 scale (level 1 = 0, level 4 = 1). */
    static double score(Playthrough run) {
        return run.choices().stream().flatMap(c -> c.evidence().stream()).mapToInt(Evidence::level)
                .average().stream().map(level -> (level - 1) / 3.0).findFirst().orElse(0);
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
            throw new IllegalArgumentException("attempt " + attempt.id() + " is a " + attempt.item().kind());
        }
    }

    private PersonId me() {
        return currentUser.requireId();
    }

    private static IllegalArgumentException notPublished(ItemRef item) {
        return new IllegalArgumentException(item + " has no published version");
    }
}
