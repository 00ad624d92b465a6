package org.orienta.progress.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditText;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.ExerciseService;
import org.orienta.exercise.FreeTextExercise;
import org.orienta.people.DepartmentId;
import org.orienta.people.NoticeService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.TraineeRow;
import org.orienta.progress.Actor;
import org.orienta.progress.StepRecorded;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptReview;
import org.orienta.progress.attempt.AttemptReviewRepository;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.AttemptStep;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.Review;
import org.orienta.progress.attempt.StepKind;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers' review queue: free-text answers (rewrite and reflection exercises) that wait for a
 * person to score them, oldest first. A review scores each rubric criterion on the four-level scale and adds a
 * comment; the mean level becomes evidence for the exercise's competencies, weighted as a trainer's
 * judgement (ADR 0009), and the trainee is told.
 */
@org.springframework.modulith.NamedInterface("review")
@Service
@ForTrainers
public class ReviewService {

    /** A waiting answer in the queue. */
    public record QueueRow(
            AttemptId attempt,
            PersonId trainee,
            String traineeName,
            @Nullable String department,
            String exerciseKey,
            String exerciseTitle,
            @Nullable String moduleKey,
            Instant submittedAt,
            ItemKind kind) {}

    /** Everything a trainer needs to review one answer. */
    public record ReviewCase(
            QueueRow row,
            FreeTextExercise exercise,
            Map<String, String> answers,
            List<String> selfCheck,
            @Nullable Review review) {

        public ReviewCase {
            answers = Map.copyOf(answers);
            selfCheck = List.copyOf(selfCheck);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final AttemptReviewRepository reviews;
    private final org.orienta.progress.attempt.ReviewSuggestionRepository suggestions;
    private final EvidenceRecorder recorder;
    private final ExerciseService exercises;
    private final org.orienta.quiz.QuizService quizzes;
    private final org.orienta.scenario.ScenarioService scenarios;
    private final PeopleService people;
    private final NoticeService notices;
    private final org.orienta.audit.AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            AttemptRepository attempts,
            AttemptStepRepository steps,
            AttemptReviewRepository reviews,
            EvidenceRecorder recorder,
            ExerciseService exercises,
            PeopleService people,
            NoticeService notices,
            ApplicationEventPublisher events,
            Clock clock,
            org.orienta.quiz.QuizService quizzes,
            org.orienta.scenario.ScenarioService scenarios,
            org.orienta.audit.AuditService audit,
            org.orienta.progress.attempt.ReviewSuggestionRepository suggestions) {
        this.suggestions = suggestions;
        this.audit = audit;
        this.scenarios = scenarios;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.steps = steps;
        this.reviews = reviews;
        this.recorder = recorder;
        this.exercises = exercises;
        this.people = people;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Waiting answers, oldest first, optionally only of one module or one department. */
    @Transactional(readOnly = true)
    public List<QueueRow> queue(@Nullable String moduleKey, @Nullable DepartmentId department) {
        var trainees = trainees();
        var rows = new ArrayList<QueueRow>();
        for (Attempt attempt : attempts.findByStatusOrderByLastActivityAtAsc(AttemptStatus.AWAITING_REVIEW)) {
            var trainee = trainees.get(attempt.traineeId());
            if (trainee == null
                    || attempt.item().kind() != ItemKind.EXERCISE
                    || attempt.mode() != AttemptMode.ASSESSED) {
                continue;
            }
            if (moduleKey != null && !moduleKey.equals(attempt.moduleKey())) {
                continue;
            }
            if (department != null && !department.equals(trainee.department())) {
                continue;
            }
            rows.add(row(attempt, trainee));
        }
        rows.addAll(reflectionsWaiting(trainees, moduleKey, department));
        rows.sort(java.util.Comparator.comparing(QueueRow::submittedAt));
        return rows;
    }

    /** Everything a trainer needs to review a trainee's reflection after a role-play ending. */
    public record ReflectionCase(
            QueueRow row,
            String scenarioTitle,
            String endingTitle,
            String outcome,
            List<Map.Entry<String, String>> answers,
            @Nullable Review review,
            List<TypedLine> typed) {

        public ReflectionCase {
            answers = List.copyOf(answers);
            typed = List.copyOf(typed);
        }
    }

    /**
     * What the trainee typed at an own-words decision and the option it became.
     *
     * @param matched false when the customer asked again and the trainee then chose
     */
    public record TypedLine(String decisionId, String typed, String understoodAs, boolean matched) {}

    /** The level a trainer gives a reflection, kept under this key. */
    public static final String REFLECTION = "reflection";

    @Transactional(readOnly = true)
    public ReflectionCase openReflection(AttemptId id) {
        var attempt = attempt(id);
        var trainee = trainees().get(attempt.traineeId());
        var ending = reviewedEnding(attempt);
        if (trainee == null || ending == null) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFound"));
        }
        var scenario = scenarios.version(attempt.item().key(), attempt.itemVersion());
        var answers = new ArrayList<Map.Entry<String, String>>();
        var saved = reflections(id);
        var questions = ending.reflection();
        for (var entry : saved.entrySet()) {
            var question = entry.getKey() < questions.size()
                    ? questions.get(entry.getKey()).english()
                    : "Question " + (entry.getKey() + 1);
            answers.add(Map.entry(question, entry.getValue()));
        }
        // The title the trainee read, which may depend on the state the run ended in.
        var run = org.orienta.scenario.Playthrough.replay(scenario, attempt.seed(), choices(id));
        var state = run.state();
        var typed = new ArrayList<TypedLine>();
        var replies = org.orienta.progress.attempt.AttemptService.typed(steps.findByAttemptIdOrderByStepNo(id.value()));
        var chosen = run.choices();
        replies.forEach((index, reply) -> {
            if (index < chosen.size() && !reply.text().isEmpty()) {
                var choice = chosen.get(index);
                typed.add(new TypedLine(
                        choice.decisionId(), reply.text(), choice.option().say().english(), reply.matched()));
            }
        });
        return new ReflectionCase(
                reflectionRow(attempt, trainee, scenario),
                scenario.title().english(),
                ending.title(state).english(),
                ending.outcome(),
                answers,
                reviews.findByAttemptId(id.value()).map(AttemptReview::review).orElse(null),
                typed);
    }

    /**
     * Reviews a reflection: one level (1–4) and a comment. The level becomes evidence, weighted as a
     * review, for every competency the run's choices showed; the trainee is told.
     */
    @Transactional
    public Review submitReflection(AttemptId id, int level, String comment) {
        var attempt = attempt(id);
        var ending = reviewedEnding(attempt);
        if (ending == null || reflections(id).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFound"));
        }
        var problems = new ArrayList<FieldProblem>();
        if (level < Evidence.MIN_LEVEL || level > Evidence.MAX_LEVEL) {
            problems.add(FieldProblem.of("levels/" + REFLECTION, "review.levelMissing"));
        }
        if (comment.strip().isEmpty()) {
            problems.add(FieldProblem.of("comment", "review.commentMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (reviews.findByAttemptId(id.value()).isPresent()) {
            throw new ConcurrentEditException("the reflection");
        }
        var now = clock.instant();
        var review = reviews.saveAndFlush(new AttemptReview(
                        id.value(), Actor.username(), Map.of(REFLECTION, level), comment.strip(), now))
                .review();
        int stepNo = attempt.takeStep(StepKind.REVIEW, now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.REVIEW, REFLECTION, "", null, now));
        steps.flush();
        var scenario = scenarios.version(attempt.item().key(), attempt.itemVersion());
        var run = org.orienta.scenario.Playthrough.replay(scenario, attempt.seed(), choices(id));
        var competencies = new java.util.TreeSet<org.orienta.competency.CompetencyCode>();
        run.choices().forEach(c -> c.evidence().forEach(e -> competencies.add(e.competency())));
        var claims = new ArrayList<Evidence>();
        for (var code : competencies) {
            var claim = new Evidence(code, level);
            claims.add(claim);
            recorder.record(attempt, claim, EvidenceRecorder.REVIEW_WEIGHT, scenario.id(), step.id(), now);
        }
        events.publishEvent(new StepRecorded(
                new PersonId(attempt.traineeId()), id, attempt.mode() == AttemptMode.ASSESSED, claims, now));
        notices.post(
                new PersonId(attempt.traineeId()),
                "notice.reflectionReviewed",
                List.of(scenario.title().english()),
                "attempt/" + id.value(),
                Actor.displayName());
        audited(
                org.orienta.audit.AuditAction.REVIEW_SUBMITTED,
                attempt,
                AuditText.of("audit.text.reflectionLevel", level));
        return review;
    }

    private List<QueueRow> reflectionsWaiting(
            Map<Long, TraineeRow> trainees, @Nullable String moduleKey, @Nullable DepartmentId department) {
        var rows = new ArrayList<QueueRow>();
        for (var summary : scenarios.publishedScenarios()) {
            var current = scenarios.published(summary.key()).orElseThrow().definition();
            boolean asks = current.nodes().stream()
                    .anyMatch(n -> n instanceof org.orienta.scenario.ScenarioNode.Ending e && e.review());
            if (!asks) {
                continue;
            }
            for (Attempt attempt : attempts.findByItemKindAndItemKeyAndModeAndStatus(
                    ItemKind.SCENARIO, summary.key(), AttemptMode.ASSESSED, AttemptStatus.COMPLETED)) {
                var trainee = trainees.get(attempt.traineeId());
                if (trainee == null
                        || moduleKey != null && !moduleKey.equals(attempt.moduleKey())
                        || department != null && !department.equals(trainee.department())) {
                    continue;
                }
                if (reviewedEnding(attempt) == null
                        || reflections(attempt.id()).isEmpty()
                        || reviews.findByAttemptId(attempt.id().value()).isPresent()) {
                    continue;
                }
                rows.add(reflectionRow(attempt, trainee, scenarios.version(summary.key(), attempt.itemVersion())));
            }
        }
        return rows;
    }

    private QueueRow reflectionRow(
            Attempt attempt, TraineeRow trainee, org.orienta.scenario.ScenarioDefinition scenario) {
        return new QueueRow(
                attempt.id(),
                trainee.id(),
                trainee.displayName(),
                trainee.departmentName(),
                attempt.item().key(),
                scenario.title().english(),
                attempt.moduleKey(),
                attempt.finishedAt(),
                ItemKind.SCENARIO);
    }

    /** The ending the run reached, if it asks for its reflections to be reviewed. */
    private org.orienta.scenario.ScenarioNode.@Nullable Ending reviewedEnding(Attempt attempt) {
        if (attempt.item().kind() != ItemKind.SCENARIO || attempt.status() != AttemptStatus.COMPLETED) {
            return null;
        }
        var scenario = scenarios.version(attempt.item().key(), attempt.itemVersion());
        try {
            var ending = org.orienta.scenario.Playthrough.replay(scenario, attempt.seed(), choices(attempt.id()))
                    .ending();
            return ending != null && ending.review() ? ending : null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private List<String> choices(AttemptId id) {
        return steps.findByAttemptIdOrderByStepNo(id.value()).stream()
                .filter(s -> s.kind() == StepKind.CHOICE)
                .map(AttemptStep::answer)
                .toList();
    }

    private Map<Integer, String> reflections(AttemptId id) {
        var map = new java.util.TreeMap<Integer, String>();
        steps.findByAttemptIdOrderByStepNo(id.value()).stream()
                .filter(s -> s.kind() == StepKind.REFLECTION
                        && s.ref().chars().allMatch(Character::isDigit)
                        && !s.answer().isBlank())
                .forEach(s -> map.put(Integer.parseInt(s.ref()), s.answer()));
        return map;
    }

    @Transactional(readOnly = true)
    public ReviewCase open(AttemptId id) {
        var attempt = attempt(id);
        var trainee = trainees().get(attempt.traineeId());
        if (trainee == null) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFound"));
        }
        if (attempt.item().kind() != ItemKind.EXERCISE) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        if (!(definition instanceof FreeTextExercise freeText)) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        if (!freeText.reviewed()) {
            // A reflection its author keeps private is, like practice, not there for a trainer.
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFound"));
        }
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var answer = recorded.stream()
                .filter(s -> s.kind() == StepKind.SUBMISSION)
                .findFirst()
                .map(s -> AnswerCodec.readExercise(s.answer()))
                .orElse(null);
        var texts = switch (answer) {
            case RewriteAnswer r -> r.texts();
            case ReflectionAnswer r -> r.texts();
            case null, default -> Map.<String, String>of();
        };
        var selfCheck = recorded.stream()
                .filter(s -> s.kind() == StepKind.REFLECTION && s.ref().equals("self-check"))
                .reduce((a, b) -> b)
                .map(s -> s.answer().isEmpty()
                        ? List.<String>of()
                        : List.of(s.answer().split(",")))
                .orElse(List.of());
        return new ReviewCase(
                row(attempt, trainee),
                freeText,
                texts,
                selfCheck,
                reviews.findByAttemptId(id.value()).map(AttemptReview::review).orElse(null));
    }

    /**
     * Scores an answer: a level (1–4) for every rubric criterion and a comment. The attempt is completed
     * with the mean level; each of the exercise's competencies gets evidence at the rounded mean. An
     * answer is reviewed once; a second reviewer gets {@link ConcurrentEditException}.
     */
    @Transactional
    public Review submit(AttemptId id, Map<String, Integer> levels, String comment) {
        var attempt = attempt(id);
        if (attempt.item().kind() != ItemKind.EXERCISE) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        if (attempt.status() != AttemptStatus.AWAITING_REVIEW) {
            throw new ConcurrentEditException("the answer");
        }
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        if (!(definition instanceof FreeTextExercise freeText)) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        var problems = new ArrayList<FieldProblem>();
        var ordered = new LinkedHashMap<String, Integer>();
        for (var criterion : freeText.rubric()) {
            var level = levels.get(criterion.id());
            if (level == null || level < Evidence.MIN_LEVEL || level > Evidence.MAX_LEVEL) {
                problems.add(FieldProblem.of("levels/" + criterion.id(), "review.levelMissing"));
            } else {
                ordered.put(criterion.id(), level);
            }
        }
        if (comment.strip().isEmpty()) {
            problems.add(FieldProblem.of("comment", "review.commentMissing"));
        } else if (comment.length() > 4000) {
            problems.add(FieldProblem.of("comment", "review.commentTooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = clock.instant();
        var review =
                reviews.saveAndFlush(new AttemptReview(id.value(), Actor.username(), ordered, comment.strip(), now));
        // Beside the suggestions shown for this answer, the levels given: their agreement is reported.
        for (var suggestion : suggestions.findByAttemptId(id.value())) {
            var decided = ordered.get(suggestion.criterion());
            if (decided != null) {
                suggestion.decide(decided, now);
            }
        }
        int stepNo = attempt.takeStep(StepKind.REVIEW, now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.REVIEW, "review", "", null, now));
        steps.flush();
        var result = review.review();
        int level = (int) Math.round(result.meanLevel());
        var claims = new ArrayList<Evidence>();
        for (Evidence declared : freeText.evidence()) {
            var claim = new Evidence(declared.competency(), level);
            claims.add(claim);
            recorder.record(attempt, claim, EvidenceRecorder.REVIEW_WEIGHT, freeText.id(), step.id(), now);
        }
        attempt.complete(result.meanLevel() / Evidence.MAX_LEVEL, null, null, now);
        attempts.flush();
        events.publishEvent(new StepRecorded(
                new PersonId(attempt.traineeId()), id, attempt.mode() == AttemptMode.ASSESSED, claims, now));
        notices.post(
                new PersonId(attempt.traineeId()),
                "notice.answerReviewed",
                List.of(freeText.title().english()),
                "attempt/" + id.value(),
                Actor.displayName());
        audited(
                org.orienta.audit.AuditAction.REVIEW_SUBMITTED,
                attempt,
                AuditText.of("audit.text.levels", new java.util.TreeMap<>(levels)));
        return result;
    }

    /** An automatically scored, finished, assessed attempt a trainer may override. */
    public record ScoredRow(
            AttemptId attempt,
            String traineeName,
            @Nullable String department,
            ItemKind kind,
            String key,
            String title,
            double score,
            Instant completedAt,
            @Nullable Review review) {}

    /** Recently finished assessed exercises and quizzes that were scored automatically, newest first. */
    @Transactional(readOnly = true)
    public List<ScoredRow> scored(@Nullable DepartmentId department, int limit) {
        var trainees = trainees();
        var rows = new ArrayList<ScoredRow>();
        for (ItemKind kind : List.of(ItemKind.EXERCISE, ItemKind.QUIZ)) {
            for (Attempt a : attempts.findTop200ByItemKindAndModeAndStatusOrderByCompletedAtDesc(
                    kind, AttemptMode.ASSESSED, AttemptStatus.COMPLETED)) {
                var trainee = trainees.get(a.traineeId());
                if (trainee == null || department != null && !department.equals(trainee.department())) {
                    continue;
                }
                var review = reviews.findByAttemptId(a.id().value())
                        .map(AttemptReview::review)
                        .orElse(null);
                if (review != null && !review.overridesAutomaticScore()) {
                    continue;
                }
                var title = kind == ItemKind.QUIZ
                        ? quizzes.version(a.item().key(), a.itemVersion())
                                .title()
                                .english()
                        : exercises
                                .version(a.item().key(), a.itemVersion())
                                .title()
                                .english();
                rows.add(new ScoredRow(
                        a.id(),
                        trainee.displayName(),
                        trainee.departmentName(),
                        kind,
                        a.item().key(),
                        title,
                        a.score() == null ? 0 : a.score(),
                        a.finishedAt(),
                        review));
            }
        }
        rows.sort(java.util.Comparator.comparing(ScoredRow::completedAt).reversed());
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /**
     * Overrides an automatic score with a level (1–4) and a reason, both kept and shown to the trainee.
     * The attempt's score becomes the level's share; the trainer's judgement is added as evidence at
     * that level for the item's competencies, weighted as a review, beside the automatic evidence.
     */
    @Transactional
    public Review override(AttemptId id, int level, String reason) {
        var attempt = attempt(id);
        if (attempt.status() != AttemptStatus.COMPLETED
                || attempt.mode() != AttemptMode.ASSESSED
                || attempt.item().kind() == ItemKind.SCENARIO) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notOverridable"));
        }
        var problems = new ArrayList<FieldProblem>();
        if (level < Evidence.MIN_LEVEL || level > Evidence.MAX_LEVEL) {
            problems.add(FieldProblem.of("level", "review.levelMissing"));
        }
        if (reason.strip().isEmpty()) {
            problems.add(FieldProblem.of("reason", "review.reasonMissing"));
        } else if (reason.length() > 4000) {
            problems.add(FieldProblem.of("reason", "review.commentTooLong", 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (reviews.findByAttemptId(id.value()).isPresent()) {
            throw new ConcurrentEditException("the score");
        }
        var now = clock.instant();
        var review = reviews.saveAndFlush(new AttemptReview(
                        id.value(), Actor.username(), Map.of(Review.OVERRIDE, level), reason.strip(), now))
                .review();
        int stepNo = attempt.takeStep(StepKind.REVIEW, now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.REVIEW, "override", "", null, now));
        steps.flush();
        var competencies = new java.util.TreeSet<org.orienta.competency.CompetencyCode>();
        String ref;
        if (attempt.item().kind() == ItemKind.QUIZ) {
            var quiz = quizzes.version(attempt.item().key(), attempt.itemVersion());
            quiz.questions().forEach(q -> q.info().evidence().forEach(e -> competencies.add(e.competency())));
            ref = quiz.id();
        } else {
            var exercise = exercises.version(attempt.item().key(), attempt.itemVersion());
            exercise.evidence().forEach(e -> competencies.add(e.competency()));
            ref = exercise.id();
        }
        var claims = new ArrayList<Evidence>();
        for (var code : competencies) {
            var claim = new Evidence(code, level);
            claims.add(claim);
            recorder.record(attempt, claim, EvidenceRecorder.REVIEW_WEIGHT, ref, step.id(), now);
        }
        double before = attempt.score() == null ? 0 : attempt.score();
        attempt.rescore((double) level / Evidence.MAX_LEVEL, now);
        attempts.flush();
        events.publishEvent(new StepRecorded(new PersonId(attempt.traineeId()), id, true, claims, now));
        notices.post(
                new PersonId(attempt.traineeId()),
                "notice.scoreReviewed",
                List.of(),
                "attempt/" + id.value(),
                Actor.displayName());
        // The override changes evidence, so the trail says from what score to which level.
        audited(
                org.orienta.audit.AuditAction.SCORE_OVERRIDDEN,
                attempt,
                AuditText.of("audit.text.override", level, Math.round(before * 100)));
        return review;
    }

    /** Names the attempt, its item and its trainee by id: never the answer or the comment. */
    private void audited(org.orienta.audit.AuditAction action, Attempt attempt, AuditText detail) {
        audit.record(
                action,
                AuditText.of(
                        "audit.text.attempt",
                        attempt.id().value(),
                        "audit.text.kind." + attempt.item().kind().name().toLowerCase(java.util.Locale.ROOT),
                        attempt.item().key(),
                        attempt.traineeId()),
                org.orienta.audit.AuditOutcome.SUCCESS,
                detail);
    }

    private QueueRow row(Attempt attempt, TraineeRow trainee) {
        var title = exercises
                .version(attempt.item().key(), attempt.itemVersion())
                .title()
                .english();
        return new QueueRow(
                attempt.id(),
                trainee.id(),
                trainee.displayName(),
                trainee.departmentName(),
                attempt.item().key(),
                title,
                attempt.moduleKey(),
                attempt.finishedAt(),
                ItemKind.EXERCISE);
    }

    /**
     * An assessed attempt. A practice run is the trainee's own: to a trainer it does not exist, the
     * same answer as for a missing id, so ids reveal nothing.
     */
    private Attempt attempt(AttemptId id) {
        return attempts.findById(id.value())
                .filter(a -> a.mode() == AttemptMode.ASSESSED)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("attempt", "review.notFound")));
    }

    private Map<Long, TraineeRow> trainees() {
        var map = new HashMap<Long, TraineeRow>();
        people.trainees().forEach(t -> map.put(t.id().value(), t));
        return map;
    }
}
