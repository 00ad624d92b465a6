package org.orienta.progress.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForTrainers;
import org.orienta.base.ItemKind;
import org.orienta.base.SafeHtml;
import org.orienta.exercise.ExerciseScoring;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.DepartmentId;
import org.orienta.people.PeopleService;
import org.orienta.people.PrivacyPolicy;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.AttemptStep;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.StepKind;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.EndingAttribution;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What trainers learn from how trainees actually move through content, from assessed, finished
 * attempts only: which options people choose at each decision of a role-play, which endings they reach
 * and which choices moved runs toward low endings ({@link EndingAttribution}); and for quizzes and exercises, classical item analysis.
 */
@Service
@ForTrainers
public class AnalyticsService {

    /** Which attempts count: one department (or all), and a period by completion date (inclusive). */
    public record Filter(
            @Nullable DepartmentId department,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {

        public static final Filter ALL = new Filter(null, null, null);
    }

    /** How trainees went through a role-play. Keys are node and option ids of the current version. */
    /**
     * {@code hiddenRuns} are finished runs not shown because fewer than {@code minimumGroupSize} people
     * made them (the same minimum as HR's reports): a path of one or two people is their own answers.
     */
    public record PathReport(
            ScenarioDefinition scenario,
            int runs,
            Map<String, Map<String, Long>> choices,
            Map<String, Long> endings,
            Map<String, Long> lowEndingSources,
            int hiddenRuns,
            int minimumGroupSize) {

        public PathReport {
            choices = Map.copyOf(choices);
            endings = Map.copyOf(endings);
            lowEndingSources = Map.copyOf(lowEndingSources);
        }

        /** How many runs passed through a decision. */
        public long reached(String decisionId) {
            return choices.getOrDefault(decisionId, Map.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** Item analysis of a quiz or an exercise, with a readable label per item. */
    public record ItemReport(
            String key,
            String title,
            int attempts,
            List<ItemStatistics.ItemStat> items,
            Map<String, String> labels,
            int hiddenAttempts,
            int minimumGroupSize) {

        public ItemReport {
            items = List.copyOf(items);
            labels = Map.copyOf(labels);
        }
    }

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final ScenarioService scenarios;
    private final QuizService quizzes;
    private final ExerciseService exercises;
    private final PeopleService people;
    private final PrivacyPolicy privacy;
    private final org.orienta.progress.attempt.UnclearReplyRepository unclear;
    private final org.orienta.ownwords.OwnWordsService ownWords;

    AnalyticsService(
            AttemptRepository attempts,
            AttemptStepRepository steps,
            ScenarioService scenarios,
            QuizService quizzes,
            ExerciseService exercises,
            PeopleService people,
            PrivacyPolicy privacy,
            org.orienta.progress.attempt.UnclearReplyRepository unclear,
            org.orienta.ownwords.OwnWordsService ownWords) {
        this.unclear = unclear;
        this.ownWords = ownWords;
        this.privacy = privacy;
        this.attempts = attempts;
        this.steps = steps;
        this.scenarios = scenarios;
        this.quizzes = quizzes;
        this.exercises = exercises;
        this.people = people;
    }

    /**
     * Typed replies the matcher could not place at one decision, grouped by what they say, largest group
     * first: what trainees say that no option covers. Shown only when at least the privacy policy's
     * minimum of people typed them, like every other view of trainees' runs.
     *
     * @param hiddenReplies replies not shown because too few people typed them
     */
    public record UnplacedReplies(
            String decisionId, List<org.orienta.ownwords.ReplyGroup> groups, int hiddenReplies, int minimumGroupSize) {

        public UnplacedReplies {
            groups = List.copyOf(groups);
        }
    }

    /** The unplaced replies of a role-play, by decision in the order of the current version's decisions. */
    @Transactional(readOnly = true)
    public List<UnplacedReplies> unplacedReplies(String scenarioKey) {
        var rows = unclear.findByItemKeyOrderByCreatedAtDesc(scenarioKey).stream()
                .filter(r -> !r.reply().isBlank())
                .toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var owners = new HashMap<Long, Long>();
        attempts.findAllById(rows.stream()
                        .map(org.orienta.progress.attempt.UnclearReply::attemptId)
                        .distinct()
                        .toList())
                .forEach(a -> owners.put(a.id().value(), a.traineeId()));
        var byDecision = new LinkedHashMap<String, List<org.orienta.progress.attempt.UnclearReply>>();
        scenarios
                .published(scenarioKey)
                .ifPresent(p -> p.definition().decisions().forEach(d -> byDecision.put(d.id(), new ArrayList<>())));
        rows.forEach(r -> byDecision
                .computeIfAbsent(r.decisionId(), k -> new ArrayList<>())
                .add(r));
        var result = new ArrayList<UnplacedReplies>();
        byDecision.forEach((decision, replies) -> {
            if (replies.isEmpty()) {
                return;
            }
            int people = (int) replies.stream()
                    .map(r -> owners.get(r.attemptId()))
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .count();
            if (!privacy.shows(people)) {
                result.add(new UnplacedReplies(decision, List.of(), replies.size(), privacy.minimumGroupSize()));
                return;
            }
            result.add(new UnplacedReplies(
                    decision,
                    ownWords.group(replies.stream()
                            .map(org.orienta.progress.attempt.UnclearReply::reply)
                            .toList()),
                    0,
                    privacy.minimumGroupSize()));
        });
        return result;
    }

    @Transactional(readOnly = true)
    public PathReport paths(String scenarioKey, Filter filter) {
        var current = scenarios
                .published(scenarioKey)
                .orElseThrow(() -> new IllegalArgumentException("no published scenario " + scenarioKey))
                .definition();
        var runs = finished(ItemKind.SCENARIO, scenarioKey, filter);
        if (!privacy.shows(people(runs))) {
            return new PathReport(current, 0, Map.of(), Map.of(), Map.of(), runs.size(), privacy.minimumGroupSize());
        }
        var byAttempt = stepsOf(runs);
        var choices = new HashMap<String, Map<String, Long>>();
        var endings = new TreeMap<String, Long>();
        var lowSources = new TreeMap<String, Long>();
        for (Attempt run : runs) {
            var chosen = new ArrayList<String>();
            for (AttemptStep step : byAttempt.getOrDefault(run.id().value(), List.of())) {
                if (step.kind() == StepKind.CHOICE) {
                    choices.computeIfAbsent(step.ref(), k -> new TreeMap<>()).merge(step.answer(), 1L, Long::sum);
                    chosen.add(step.answer());
                }
            }
            var definition = scenarios.version(scenarioKey, run.itemVersion());
            Ending ending;
            try {
                ending = Playthrough.replay(definition, run.seed(), chosen).ending();
            } catch (IllegalArgumentException | IllegalStateException e) {
                continue;
            }
            if (ending == null) {
                continue;
            }
            endings.merge(ending.id(), 1L, Long::sum);
            if (ending.outcome().equals(Ending.LOW)) {
                // Every choice that moved the run toward its low ending, not merely the last one.
                for (var choice : EndingAttribution.blame(definition, run.seed(), chosen)) {
                    lowSources.merge(choice.toString(), 1L, Long::sum);
                }
            }
        }
        return new PathReport(current, runs.size(), choices, endings, lowSources, 0, privacy.minimumGroupSize());
    }

    @Transactional(readOnly = true)
    public ItemReport quiz(String quizKey, Filter filter) {
        var current = quizzes.published(quizKey)
                .orElseThrow(() -> new IllegalArgumentException("no published quiz " + quizKey))
                .definition();
        var runs = finished(ItemKind.QUIZ, quizKey, filter);
        if (!privacy.shows(people(runs))) {
            return new ItemReport(
                    quizKey,
                    current.title().english(),
                    0,
                    List.of(),
                    Map.of(),
                    runs.size(),
                    privacy.minimumGroupSize());
        }
        var byAttempt = stepsOf(runs);
        var responses = new ArrayList<ItemStatistics.Response>();
        for (Attempt run : runs) {
            var previous = run.startedAt();
            for (AttemptStep step : byAttempt.getOrDefault(run.id().value(), List.of())) {
                if (step.kind() == StepKind.ANSWER && step.correct() != null) {
                    double seconds = java.time.Duration.between(previous, step.createdAt())
                                    .toMillis()
                            / 1000.0;
                    responses.add(new ItemStatistics.Response(
                            run.id().value(),
                            step.ref(),
                            step.correct(),
                            readable(current, step.ref(), step.answer(), step.correct()),
                            seconds));
                    previous = step.createdAt();
                }
            }
        }
        var labels = new LinkedHashMap<String, String>();
        current.questions()
                .forEach(q ->
                        labels.put(q.id(), SafeHtml.plainText(q.info().text().english())));
        return new ItemReport(
                quizKey,
                current.title().english(),
                runs.size(),
                ItemStatistics.compute(responses, ItemStatistics.MIN_RESPONSES),
                labels,
                0,
                privacy.minimumGroupSize());
    }

    @Transactional(readOnly = true)
    public ItemReport exercise(String exerciseKey, Filter filter) {
        var current = exercises
                .published(exerciseKey)
                .orElseThrow(() -> new IllegalArgumentException("no published exercise " + exerciseKey))
                .definition();
        var runs = finished(ItemKind.EXERCISE, exerciseKey, filter);
        if (!privacy.shows(people(runs))) {
            return new ItemReport(
                    exerciseKey,
                    current.title().english(),
                    0,
                    List.of(),
                    Map.of(),
                    runs.size(),
                    privacy.minimumGroupSize());
        }
        var byAttempt = stepsOf(runs);
        var responses = new ArrayList<ItemStatistics.Response>();
        for (Attempt run : runs) {
            for (AttemptStep step : byAttempt.getOrDefault(run.id().value(), List.of())) {
                if (step.kind() != StepKind.SUBMISSION) {
                    continue;
                }
                var definition = exercises.version(exerciseKey, run.itemVersion());
                var answer = AnswerCodec.readExercise(step.answer());
                var result = ExerciseScoring.score(definition, answer);
                if (result.awaitingReview()) {
                    continue;
                }
                double seconds = java.time.Duration.between(run.startedAt(), step.createdAt())
                                .toMillis()
                        / 1000.0;
                for (var item : result.items()) {
                    responses.add(new ItemStatistics.Response(
                            run.id().value(),
                            item.id(),
                            item.correct(),
                            item.correct() ? "right" : "wrong",
                            seconds / Math.max(1, result.items().size())));
                }
            }
        }
        return new ItemReport(
                exerciseKey,
                current.title().english(),
                runs.size(),
                ItemStatistics.compute(responses, ItemStatistics.MIN_RESPONSES),
                Map.of(),
                0,
                privacy.minimumGroupSize());
    }

    /** An answer as the trainer reads it: the option's words, the number, the text typed. */
    private static String readable(
            org.orienta.quiz.QuizDefinition quiz, String questionId, String json, boolean correct) {
        org.orienta.quiz.QuestionAnswer answer;
        try {
            answer = AnswerCodec.readQuestion(json);
        } catch (RuntimeException e) {
            return correct ? "right" : "wrong";
        }
        var question = quiz.question(questionId).orElse(null);
        java.util.function.Function<String, String> option = id -> {
            if (question instanceof org.orienta.quiz.Question.SingleChoice s) {
                return s.options().stream()
                        .filter(o -> o.id().equals(id))
                        .map(o -> o.text().english())
                        .findFirst()
                        .orElse(id);
            }
            if (question instanceof org.orienta.quiz.Question.MultipleChoice m) {
                return m.options().stream()
                        .filter(o -> o.id().equals(id))
                        .map(o -> o.text().english())
                        .findFirst()
                        .orElse(id);
            }
            return id;
        };
        return switch (answer) {
            case org.orienta.quiz.QuestionAnswer.ChosenOption c -> SafeHtml.plainText(option.apply(c.optionId()));
            case org.orienta.quiz.QuestionAnswer.ChosenOptions c ->
                String.join(
                        " + ",
                        c.optionIds().stream()
                                .sorted()
                                .map(id -> SafeHtml.plainText(option.apply(id)))
                                .toList());
            case org.orienta.quiz.QuestionAnswer.TrueFalseAnswer t -> t.value() ? "true" : "false";
            case org.orienta.quiz.QuestionAnswer.NumericAnswer n ->
                n.value().stripTrailingZeros().toPlainString();
            case org.orienta.quiz.QuestionAnswer.TextAnswer t ->
                t.text().strip().toLowerCase(java.util.Locale.ROOT);
            default -> correct ? "right" : "wrong";
        };
    }

    /** How many people made these runs: the group whose size the privacy minimum is about. */
    private static int people(Collection<Attempt> runs) {
        return (int) runs.stream().mapToLong(Attempt::traineeId).distinct().count();
    }

    private List<Attempt> finished(ItemKind kind, String key, Filter filter) {
        Set<Long> inDepartment = null;
        if (filter.department() != null) {
            inDepartment = new HashSet<>();
            for (var trainee : people.trainees()) {
                if (filter.department().equals(trainee.department())) {
                    inDepartment.add(trainee.id().value());
                }
            }
        }
        var zone = ZoneId.systemDefault();
        var result = new ArrayList<Attempt>();
        for (Attempt a : attempts.findByItemKindAndItemKeyAndModeAndStatus(
                kind, key, AttemptMode.ASSESSED, AttemptStatus.COMPLETED)) {
            if (inDepartment != null && !inDepartment.contains(a.traineeId())) {
                continue;
            }
            var day = a.finishedAt().atZone(zone).toLocalDate();
            if (filter.from() != null && day.isBefore(filter.from())
                    || filter.to() != null && day.isAfter(filter.to())) {
                continue;
            }
            result.add(a);
        }
        return result;
    }

    private Map<Long, List<AttemptStep>> stepsOf(Collection<Attempt> runs) {
        var map = new HashMap<Long, List<AttemptStep>>();
        var ids = runs.stream().map(a -> a.id().value()).toList();
        // Batches keep the IN list within every database's limit.
        for (int from = 0; from < ids.size(); from += 1000) {
            for (AttemptStep step : steps.findByAttemptIdInOrderByAttemptIdAscStepNoAsc(
                    ids.subList(from, Math.min(ids.size(), from + 1000)))) {
                map.computeIfAbsent(step.attemptId(), k -> new ArrayList<>()).add(step);
            }
        }
        return map;
    }
}
