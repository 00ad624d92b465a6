package org.orienta.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.competency.Evidence;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.ExerciseService;
import org.orienta.exercise.RewriteExercise;
import org.orienta.people.DepartmentId;
import org.orienta.people.NoticeService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.TraineeRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers' review queue: free-text answers (rewrite exercises) that wait for a person to score
 * them, oldest first. A review scores each rubric criterion on the four-level scale and adds a
 * comment; the mean level becomes evidence for the exercise's competencies, weighted as a trainer's
 * judgement (ADR 0009), and the trainee is told.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
public class ReviewService {

    /** A waiting answer in the queue. */
    public record QueueRow(AttemptId attempt, PersonId trainee, String traineeName, @Nullable String department,
            String exerciseKey, String exerciseTitle, @Nullable String moduleKey, Instant submittedAt) {}

    /** Everything a trainer needs to review one answer. */
    public record ReviewCase(QueueRow row, RewriteExercise exercise, Map<String, String> answers,
            List<String> selfCheck, @Nullable Review review) {

        public ReviewCase {
            answers = Map.copyOf(answers);
            selfCheck = List.copyOf(selfCheck);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final AttemptReviewRepository reviews;
    private final EvidenceRecorder recorder;
    private final ExerciseService exercises;
    private final org.orienta.quiz.QuizService quizzes;
    private final PeopleService people;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(AttemptRepository attempts, AttemptStepRepository steps, AttemptReviewRepository reviews,
            EvidenceRecorder recorder, ExerciseService exercises, PeopleService people, NoticeService notices,
            ApplicationEventPublisher events, Clock clock, org.orienta.quiz.QuizService quizzes) {
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
            if (trainee == null || attempt.item().kind() != ItemKind.EXERCISE) {
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
        return rows;
    }

    @Transactional(readOnly = true)
    public ReviewCase open(AttemptId id) {
        var attempt = attempt(id);
        var trainee = trainees().get(attempt.traineeId());
        if (trainee == null) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFound"));
        }
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        if (!(definition instanceof RewriteExercise rewrite)) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        var recorded = steps.findByAttemptIdOrderByStepNo(id.value());
        var answer = recorded.stream().filter(s -> s.kind() == StepKind.SUBMISSION).findFirst()
                .map(s -> AnswerCodec.readExercise(s.answer())).orElse(null);
        var texts = answer instanceof RewriteAnswer r ? r.texts() : Map.<String, String>of();
        var selfCheck = recorded.stream().filter(s -> s.kind() == StepKind.REFLECTION && s.ref().equals("self-check"))
                .reduce((a, b) -> b).map(s -> s.answer().isEmpty() ? List.<String>of() : List.of(s.answer().split(",")))
                .orElse(List.of());
        return new ReviewCase(row(attempt, trainee), rewrite, texts, selfCheck,
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
        if (attempt.status() != AttemptStatus.AWAITING_REVIEW) {
            throw new ConcurrentEditException("the answer");
        }
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        if (!(definition instanceof RewriteExercise rewrite)) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        var problems = new ArrayList<FieldProblem>();
        var ordered = new LinkedHashMap<String, Integer>();
        for (var criterion : rewrite.rubric()) {
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
        var review = reviews.saveAndFlush(new AttemptReview(id.value(), actor(), ordered, comment.strip(), now));
        int stepNo = attempt.stepRecorded(now);
        var step = steps.save(new AttemptStep(id.value(), stepNo, StepKind.REVIEW, "review", "", null, now));
        steps.flush();
        var result = review.review();
        int level = (int) Math.round(result.meanLevel());
        var claims = new ArrayList<Evidence>();
        for (Evidence declared : rewrite.evidence()) {
            var claim = new Evidence(declared.competency(), level);
            claims.add(claim);
            recorder.record(attempt, claim, EvidenceRecorder.REVIEW_WEIGHT, rewrite.id(), step.id(), now);
        }
        attempt.complete(result.meanLevel() / Evidence.MAX_LEVEL, null, null, now);
        attempts.flush();
        events.publishEvent(new StepRecorded(new PersonId(attempt.traineeId()), id,
                attempt.mode() == AttemptMode.ASSESSED, claims, now));
        notices.post(new PersonId(attempt.traineeId()), "Your answer to “" + rewrite.title().english()
                + "” was reviewed.", "attempt/" + id.value(), actorName());
        return result;
    }

    /** An automatically scored, finished, assessed attempt a trainer may override. */
    public record ScoredRow(AttemptId attempt, String traineeName, @Nullable String department, ItemKind kind,
            String key, String title, double score, Instant completedAt, @Nullable Review review) {}

    /** Recently finished assessed exercises and quizzes that were scored automatically, newest first. */
    @Transactional(readOnly = true)
    public List<ScoredRow> scored(@Nullable DepartmentId department, int limit) {
        var trainees = trainees();
        var rows = new ArrayList<ScoredRow>();
        for (ItemKind kind : List.of(ItemKind.EXERCISE, ItemKind.QUIZ)) {
            for (Attempt a : attempts.findTop200ByItemKindAndModeAndStatusOrderByCompletedAtDesc(kind,
                    AttemptMode.ASSESSED, AttemptStatus.COMPLETED)) {
                var trainee = trainees.get(a.traineeId());
                if (trainee == null || department != null && !department.equals(trainee.department())) {
                    continue;
                }
                var review = reviews.findByAttemptId(a.id().value()).map(AttemptReview::review).orElse(null);
                if (review != null && !review.overridesAutomaticScore()) {
                    continue;
                }
                var title = kind == ItemKind.QUIZ ? quizzes.version(a.item().key(), a.itemVersion()).title().english()
                        : exercises.version(a.item().key(), a.itemVersion()).title().english();
                rows.add(new ScoredRow(a.id(), trainee.displayName(), trainee.departmentName(), kind, a.item().key(),
                        title, a.score() == null ? 0 : a.score(), a.completedAt(), review));
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
        if (attempt.status() != AttemptStatus.COMPLETED || attempt.mode() != AttemptMode.ASSESSED
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
        var review = reviews.saveAndFlush(new AttemptReview(id.value(), actor(), Map.of(Review.OVERRIDE, level),
                reason.strip(), now)).review();
        int stepNo = attempt.stepRecorded(now);
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
        attempt.rescore((double) level / Evidence.MAX_LEVEL, now);
        attempts.flush();
        events.publishEvent(new StepRecorded(new PersonId(attempt.traineeId()), id, true, claims, now));
        notices.post(new PersonId(attempt.traineeId()), "Your trainer reviewed your score and left a reason.",
                "attempt/" + id.value(), actorName());
        return review;
    }

    private QueueRow row(Attempt attempt, TraineeRow trainee) {
        var title = exercises.version(attempt.item().key(), attempt.itemVersion()).title().english();
        return new QueueRow(attempt.id(), trainee.id(), trainee.displayName(), trainee.departmentName(),
                attempt.item().key(), title, attempt.moduleKey(), attempt.completedAt());
    }

    private Attempt attempt(AttemptId id) {
        return attempts.findById(id.value()).orElseThrow(() -> new InvalidInputException(FieldProblem.of("attempt",
                "review.notFound")));
    }

    private Map<Long, TraineeRow> trainees() {
        var map = new HashMap<Long, TraineeRow>();
        people.trainees().forEach(t -> map.put(t.id().value(), t));
        return map;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String actorName() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof org.orienta.base.PersonPrincipal p) {
            return p.getDisplayName();
        }
        return actor();
    }
}
