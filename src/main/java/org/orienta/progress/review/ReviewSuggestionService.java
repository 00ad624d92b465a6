package org.orienta.progress.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.base.LocalizedText;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.exercise.ExerciseService;
import org.orienta.exercise.FreeTextExercise;
import org.orienta.exercise.RewriteExercise;
import org.orienta.ownwords.LevelSuggestion;
import org.orienta.ownwords.OwnWordsService;
import org.orienta.ownwords.RatedAnswer;
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
import org.orienta.progress.attempt.ReviewSuggestion;
import org.orienta.progress.attempt.ReviewSuggestionRepository;
import org.orienta.progress.attempt.StepKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review assistance (issue 25, docs/decisions/0045): for a rewrite or reflection exercise under review,
 * a suggested level per rubric criterion from the answer's closeness to the model answer and to answers
 * trainers have reviewed, computed by the own-words model. The suggestion is kept with the level the
 * trainer then decides, so how often they agree can be reported. The trainer always decides: nothing
 * here fills in a level.
 */
@Service
@ForTrainers
public class ReviewSuggestionService {

    /**
     * How often the suggestions for one criterion of one exercise (or over all) agreed with the trainers.
     *
     * @param decided criteria the trainers decided on an answer that was opened with suggestions on
     * @param suggested those of them with a suggestion
     * @param agreed those whose suggestion was the level the trainer gave
     */
    public record AccuracyRow(
            String itemKey,
            LocalizedText title,
            String criterion,
            LocalizedText criterionName,
            int decided,
            int suggested,
            int agreed) {

        /** The share of suggestions the trainers agreed with, 0..1; 0 without any suggestion. */
        public double agreement() {
            return suggested == 0 ? 0 : (double) agreed / suggested;
        }
    }

    /** Per exercise and criterion, in title and rubric order, and over all of them. */
    public record Accuracy(List<AccuracyRow> rows, int decided, int suggested, int agreed) {

        public Accuracy {
            rows = List.copyOf(rows);
        }

        public double agreement() {
            return suggested == 0 ? 0 : (double) agreed / suggested;
        }
    }

    /** What an answer is compared with, read in one short transaction before anything is embedded. */
    private record Basis(
            ItemKind kind,
            String itemKey,
            List<String> criteria,
            Map<String, String> answer,
            List<RatedAnswer> rated,
            @Nullable Map<String, LevelSuggestion> stored) {}

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final AttemptReviewRepository reviews;
    private final ReviewSuggestionRepository suggestions;
    private final ExerciseService exercises;
    private final OwnWordsService ownWords;
    private final ReviewSuggestionSettings settings;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    ReviewSuggestionService(
            AttemptRepository attempts,
            AttemptStepRepository steps,
            AttemptReviewRepository reviews,
            ReviewSuggestionRepository suggestions,
            ExerciseService exercises,
            OwnWordsService ownWords,
            ReviewSuggestionSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.attempts = attempts;
        this.steps = steps;
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.exercises = exercises;
        this.ownWords = ownWords;
        this.settings = settings;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The suggested level, or the reason for none, for each rubric criterion of an answer waiting for
     * review, in rubric order; kept with the attempt until a trainer decides. For an answer already
     * reviewed, the suggestions that were shown then (none if it was reviewed before suggestions
     * existed). The model's work happens outside any transaction: a first look at an exercise embeds
     * its reviewed answers, which takes seconds, and must not hold a database connection meanwhile.
     */
    public Map<String, LevelSuggestion> suggest(AttemptId id) {
        var basis = reading.execute(status -> basis(id));
        if (basis == null) {
            throw new IllegalStateException("a read-only transaction returned nothing");
        }
        var stored = basis.stored();
        if (stored != null) {
            return stored;
        }
        var suggested =
                ownWords.suggestLevels(basis.answer(), basis.criteria(), basis.rated(), settings.minimumReviewed());
        try {
            writing.executeWithoutResult(status -> store(id, basis, suggested));
        } catch (DataIntegrityViolationException e) {
            // Another trainer opened the answer at the same moment: their suggestion is kept.
        }
        return suggested;
    }

    /** How often the suggestions agreed with the levels trainers gave, per exercise and criterion. */
    @Transactional(readOnly = true)
    public Accuracy accuracy() {
        var counts = new LinkedHashMap<String, int[]>();
        for (ReviewSuggestion s : suggestions.findByDecidedLevelNotNull()) {
            var key = s.itemKey() + "\n" + s.criterion();
            var c = counts.computeIfAbsent(key, k -> new int[3]);
            c[0]++;
            var suggested = s.suggestedLevel();
            if (suggested != null) {
                c[1]++;
                if (suggested.equals(s.decidedLevel())) {
                    c[2]++;
                }
            }
        }
        var rows = new ArrayList<AccuracyRow>();
        var rubrics = new HashMap<String, java.util.Optional<FreeTextExercise>>();
        counts.forEach((key, c) -> {
            var parts = key.split("\n", 2);
            var exercise = rubrics.computeIfAbsent(parts[0], this::current).orElse(null);
            var title = exercise == null ? LocalizedText.english(parts[0]) : exercise.title();
            var name = exercise == null
                    ? LocalizedText.english(parts[1])
                    : exercise.rubric().stream()
                            .filter(r -> r.id().equals(parts[1]))
                            .map(RewriteExercise.Criterion::criterion)
                            .findFirst()
                            .orElse(LocalizedText.english(parts[1]));
            rows.add(new AccuracyRow(parts[0], title, parts[1], name, c[0], c[1], c[2]));
        });
        rows.sort(Comparator.comparing((AccuracyRow r) -> r.title().english())
                .thenComparing(r -> rubricIndex(
                        rubrics.getOrDefault(r.itemKey(), java.util.Optional.empty())
                                .orElse(null),
                        r.criterion())));
        return new Accuracy(
                rows,
                rows.stream().mapToInt(AccuracyRow::decided).sum(),
                rows.stream().mapToInt(AccuracyRow::suggested).sum(),
                rows.stream().mapToInt(AccuracyRow::agreed).sum());
    }

    /** The exercise as published now, for its title and criteria' names; empty once archived. */
    private java.util.Optional<FreeTextExercise> current(String key) {
        return exercises
                .published(key)
                .map(p -> p.definition())
                .filter(FreeTextExercise.class::isInstance)
                .map(FreeTextExercise.class::cast);
    }

    private static int rubricIndex(@Nullable FreeTextExercise exercise, String criterion) {
        if (exercise == null) {
            return 0;
        }
        var ids = exercise.rubric().stream().map(RewriteExercise.Criterion::id).toList();
        return ids.indexOf(criterion);
    }

    private Basis basis(AttemptId id) {
        var attempt = attempts.findById(id.value())
                .filter(a -> a.mode() == AttemptMode.ASSESSED && a.item().kind() == ItemKind.EXERCISE)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("attempt", "review.notFound")));
        var definition = exercises.version(attempt.item().key(), attempt.itemVersion());
        if (!(definition instanceof FreeTextExercise exercise) || !exercise.reviewed()) {
            throw new InvalidInputException(FieldProblem.of("attempt", "review.notFreeText"));
        }
        var criteria =
                exercise.rubric().stream().map(RewriteExercise.Criterion::id).toList();
        if (reviews.findByAttemptId(id.value()).isPresent()) {
            var shown = new LinkedHashMap<String, LevelSuggestion>();
            var byCriterion = new HashMap<String, ReviewSuggestion>();
            suggestions.findByAttemptId(id.value()).forEach(s -> byCriterion.put(s.criterion(), s));
            for (String criterion : criteria) {
                var row = byCriterion.get(criterion);
                if (row != null) {
                    shown.put(criterion, row.suggestion());
                }
            }
            return new Basis(ItemKind.EXERCISE, attempt.item().key(), criteria, Map.of(), List.of(), shown);
        }
        var rated = new ArrayList<RatedAnswer>();
        var model = new LinkedHashMap<String, String>();
        for (FreeTextExercise.Item item : exercise.items()) {
            var text = item.model();
            if (text != null) {
                model.put(item.id(), text.english());
            }
        }
        if (!model.isEmpty()) {
            // The author wrote the model answer to show the level the exercise is for.
            int level = exercise.modelLevel();
            var levels = new LinkedHashMap<String, Integer>();
            criteria.forEach(c -> levels.put(c, level));
            rated.add(new RatedAnswer(model, levels, true));
        }
        rated.addAll(reviewed(attempt));
        var answer = texts(steps.findByAttemptIdOrderByStepNo(id.value()));
        return new Basis(ItemKind.EXERCISE, attempt.item().key(), criteria, answer, rated, null);
    }

    /** The newest reviewed answers to the same exercise, any version, with the levels they were given. */
    private List<RatedAnswer> reviewed(Attempt attempt) {
        var done = new ArrayList<>(attempts.findByItemKindAndItemKeyAndModeAndStatus(
                ItemKind.EXERCISE, attempt.item().key(), AttemptMode.ASSESSED, AttemptStatus.COMPLETED));
        done.removeIf(a -> a.id().equals(attempt.id()));
        done.sort(Comparator.comparing(Attempt::finishedAt).reversed());
        // Automatic scores and overrides have no rubric levels; a few more than needed cover them.
        var candidates = done.subList(0, Math.min(done.size(), settings.references() * 2)).stream()
                .map(a -> a.id().value())
                .toList();
        var byAttempt = new HashMap<Long, Review>();
        for (AttemptReview review : reviews.findByAttemptIdIn(candidates)) {
            var levels = review.review();
            if (!levels.overridesAutomaticScore() && !levels.levels().isEmpty()) {
                byAttempt.put(review.attemptId(), levels);
            }
        }
        var chosen = new ArrayList<Long>();
        for (Long id : candidates) {
            if (byAttempt.containsKey(id) && chosen.size() < settings.references()) {
                chosen.add(id);
            }
        }
        var stepsByAttempt = new HashMap<Long, List<AttemptStep>>();
        for (AttemptStep step : steps.findByAttemptIdInOrderByAttemptIdAscStepNoAsc(chosen)) {
            stepsByAttempt
                    .computeIfAbsent(step.attemptId(), k -> new ArrayList<>())
                    .add(step);
        }
        var rated = new ArrayList<RatedAnswer>();
        for (Long id : chosen) {
            var texts = texts(stepsByAttempt.getOrDefault(id, List.of()));
            var review = byAttempt.get(id);
            // An erased answer has no text left to compare with.
            if (review != null && texts.values().stream().anyMatch(t -> !t.isBlank())) {
                rated.add(new RatedAnswer(texts, review.levels(), false));
            }
        }
        return rated;
    }

    private static Map<String, String> texts(List<AttemptStep> recorded) {
        var submission = recorded.stream()
                .filter(s -> s.kind() == StepKind.SUBMISSION)
                .findFirst()
                .map(s -> AnswerCodec.readExercise(s.answer()))
                .orElse(null);
        return switch (submission) {
            case RewriteAnswer r -> r.texts();
            case ReflectionAnswer r -> r.texts();
            case null, default -> Map.of();
        };
    }

    private void store(AttemptId id, Basis basis, Map<String, LevelSuggestion> suggested) {
        if (reviews.findByAttemptId(id.value()).isPresent()) {
            // Reviewed while the suggestions were computed: the trainer decided without them.
            return;
        }
        var now = clock.instant();
        var existing = new HashMap<String, ReviewSuggestion>();
        suggestions.findByAttemptId(id.value()).forEach(s -> existing.put(s.criterion(), s));
        var seen = new HashSet<String>();
        suggested.forEach((criterion, suggestion) -> {
            seen.add(criterion);
            var row = existing.get(criterion);
            if (row == null) {
                suggestions.save(
                        new ReviewSuggestion(id.value(), basis.kind(), basis.itemKey(), criterion, suggestion, now));
            } else {
                row.replace(suggestion, now);
            }
        });
        existing.forEach((criterion, row) -> {
            if (!seen.contains(criterion)) {
                suggestions.delete(row);
            }
        });
    }
}
