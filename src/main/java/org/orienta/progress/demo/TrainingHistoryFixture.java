package org.orienta.progress.demo;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.competency.Evidence;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleSummary;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.PersonId;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.orienta.progress.proficiency.ProficiencyModel;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Fixture API for generated organisations ({@code generate-organisation}, {@code benchmark reports}):
 * two years of assignments and assessed role-plays, quizzes and exercises for trainees who exist
 * already, played through the published content with the same rules as live play (real decisions,
 * real answers, real evidence) and the same running totals. Written into this module's tables with
 * JDBC batches, not one transaction per step: 1,000,000 steps in minutes (ADR 0027). Not for
 * application code.
 */
@Component
@NamedInterface("fixture")
public class TrainingHistoryFixture {

    /** How far back the history reaches. */
    public static final int DAYS = 730;
    /** Planned steps per trainee; scenario paths end early and quizzes draw fewer questions, so about 100 are played. */
    static final int STEPS_PER_TRAINEE = 118;

    static final int TRAINEES_PER_COMMIT = 250;

    /** A generated trainee and how likely they choose well (0 to 1). */
    public record Trainee(PersonId id, double skill) {}

    /** What was generated. */
    public record Summary(long attempts, long steps, long evidence, long standings, long assignments) {}

    private final DataSource dataSource;
    private final ProficiencyModel model;
    private final Clock clock;
    private final CurriculumService curriculum;
    private final ScenarioService scenarioService;
    private final QuizService quizService;
    private final ExerciseService exerciseService;
    private List<ModuleSummary> modules = List.of();
    private final Map<String, ScenarioDefinition> scenarios = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();
    private final Map<String, QuizDefinition> quizzes = new HashMap<>();
    private final Map<String, org.orienta.exercise.ExerciseDefinition> exercises = new HashMap<>();
    private final Map<String, Playthrough> paths = new HashMap<>();
    private final Map<String, QuizPaper> papers = new HashMap<>();
    private final List<ItemRef> items = new ArrayList<>();

    TrainingHistoryFixture(
            DataSource dataSource,
            EvidenceRecorder recorder,
            Clock clock,
            CurriculumService curriculum,
            ScenarioService scenarioService,
            QuizService quizService,
            ExerciseService exerciseService) {
        this.dataSource = dataSource;
        this.model = recorder.model();
        this.clock = clock;
        this.curriculum = curriculum;
        this.scenarioService = scenarioService;
        this.quizService = quizService;
        this.exerciseService = exerciseService;
    }

    /** Reads the published modules and their items; a generator runs once per process, so no cache clearing. */
    private void loadContent() {
        if (!items.isEmpty()) {
            return;
        }
        this.modules = SystemAuthentication.call(curriculum::publishedModules);
        SystemAuthentication.call(() -> {
            for (var module : modules) {
                for (var item : module.definition().items()) {
                    if (items.contains(item)) {
                        continue;
                    }
                    if (item.kind() == ItemKind.SCENARIO) {
                        scenarioService.published(item.key()).ifPresent(p -> {
                            scenarios.put(item.key(), scenarioService.version(item.key(), p.version()));
                            versions.put(item.toString(), p.version());
                            items.add(item);
                        });
                    } else if (item.kind() == ItemKind.EXERCISE) {
                        exerciseService.published(item.key()).ifPresent(p -> {
                            exercises.put(item.key(), exerciseService.version(item.key(), p.version()));
                            versions.put(item.toString(), p.version());
                            items.add(item);
                        });
                    } else if (item.kind() == ItemKind.QUIZ) {
                        quizService.published(item.key()).ifPresent(p -> {
                            quizzes.put(item.key(), quizService.version(item.key(), p.version()));
                            versions.put(item.toString(), p.version());
                            items.add(item);
                        });
                    }
                }
            }
            return items.size();
        });
    }

    /**
     * Writes the history of each trainee, committing every 250 trainees and printing progress every 1,000;
     * {@code random} decides everything, so one seed gives one organisation.
     */
    public Summary generate(List<Trainee> trainees, Random random, PrintStream out) {
        loadContent();
        if (items.isEmpty()) {
            throw new IllegalStateException("No published role-plays or quizzes in modules: import the content first");
        }
        long started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var ids = new Ids(connection);
            var writer = new Writer(connection);
            var totals = new long[4];
            for (int t = 0; t < trainees.size(); t++) {
                var trainee = trainees.get(t);
                trainee(trainee.id().value(), trainee.skill(), random, ids, writer, totals);
                if ((t + 1) % TRAINEES_PER_COMMIT == 0 || t == trainees.size() - 1) {
                    writer.flush();
                    connection.commit();
                    if ((t + 1) % 1_000 == 0 || t == trainees.size() - 1) {
                        out.printf(
                                "  %,d trainees, %,d steps (%,d s)%n",
                                t + 1, totals[1], (System.nanoTime() - started) / 1_000_000_000);
                    }
                }
            }
            ids.restart(connection);
            connection.commit();
            return new Summary(totals[0], totals[1], totals[2], totals[3], writer.assignments);
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the organisation failed: " + e.getMessage(), e);
        }
    }

    /** One trainee: three assigned modules, then attempts until about 100 steps, oldest first. */
    private void trainee(long person, double skill, Random random, Ids ids, Writer writer, long[] totals)
            throws SQLException {
        var now = clock.instant();
        var start = now.minus(Duration.ofDays(DAYS));
        var plan = new ArrayList<Planned>();
        var chosen = new ArrayList<ModuleSummary>(modules);
        java.util.Collections.shuffle(chosen, random);
        for (var module : chosen.subList(0, Math.min(3, chosen.size()))) {
            var assigned = start.plus(Duration.ofDays(random.nextInt(DAYS - 20)));
            var due = LocalDate.ofInstant(assigned, ZoneOffset.UTC).plusDays(42);
            writer.assignment(person, module.key(), due, assigned);
            // Most people do their assigned modules within the six weeks; some late, some never.
            double diligence = random.nextDouble();
            for (var item : module.definition().items()) {
                if (!versions.containsKey(item.toString()) || diligence < 0.15) {
                    continue;
                }
                long days = diligence < 0.3 ? 45 + random.nextInt(60) : random.nextInt(40);
                var at = assigned.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(600)));
                if (at.isBefore(now)) {
                    plan.add(new Planned(item, at));
                }
            }
        }
        int steps = 0;
        int target = STEPS_PER_TRAINEE - 30 + random.nextInt(61);
        for (var p : plan) {
            steps += plannedSteps(p.item());
        }
        while (steps < target) {
            var item = items.get(random.nextInt(items.size()));
            plan.add(new Planned(item, start.plus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60 - 60)))));
            steps += plannedSteps(item);
        }
        plan.sort(java.util.Comparator.comparing(Planned::at));
        var overall = new HashMap<String, ProficiencyModel.Totals>();
        var monthly = new HashMap<String, ProficiencyModel.Totals>();
        for (int i = 0; i < plan.size(); i++) {
            var p = plan.get(i);
            // People improve with practice: up to 15 points more likely to choose well by the end.
            double chance = Math.min(0.97, skill + 0.15 * i / plan.size());
            // The newest attempt is sometimes left unfinished.
            boolean unfinished = i == plan.size() - 1 && random.nextDouble() < 0.3;
            long attempt = ids.attempt++;
            int recorded = switch (p.item().kind()) {
                case SCENARIO ->
                    scenario(person, attempt, p, chance, unfinished, random, ids, writer, overall, monthly, totals);
                case QUIZ ->
                    quiz(person, attempt, p, chance, unfinished, random, ids, writer, overall, monthly, totals);
                case EXERCISE -> exercise(person, attempt, p, chance, random, ids, writer, overall, monthly, totals);
            };
            totals[1] += recorded;
            totals[0]++;
        }
        for (var entry : overall.entrySet()) {
            writer.standing(ids.standing++, person, entry.getKey(), "all", entry.getValue());
            totals[3]++;
        }
        for (var entry : monthly.entrySet()) {
            var parts = entry.getKey().split("\\|");
            writer.standing(ids.standing++, person, parts[0], parts[1], entry.getValue());
            totals[3]++;
        }
    }

    private int scenario(
            long person,
            long attempt,
            Planned p,
            double chance,
            boolean unfinished,
            Random random,
            Ids ids,
            Writer writer,
            Map<String, ProficiencyModel.Totals> overall,
            Map<String, ProficiencyModel.Totals> monthly,
            long[] totals)
            throws SQLException {
        var definition = inPack(scenarios, p.item().key());
        var choices = new ArrayList<String>();
        // Few seeds, as for quizzes, so that the replayed paths can be shared between attempts.
        long seed = random.nextInt(16);
        var run = path(definition, seed, choices);
        var at = p.at();
        int stepNo = 0;
        while (run.decision() != null && !(unfinished && stepNo >= 3)) {
            var options = run.options();
            var good = options.stream()
                    .filter(o -> o.evidence().stream().allMatch(e -> e.level() >= 3))
                    .toList();
            var poor = options.stream().filter(o -> !good.contains(o)).toList();
            var pick = (random.nextDouble() < chance && !good.isEmpty()) || poor.isEmpty()
                    ? good.get(random.nextInt(good.size()))
                    : poor.get(random.nextInt(poor.size()));
            choices.add(pick.id());
            run = path(definition, seed, choices);
            at = at.plusSeconds(40 + random.nextInt(60));
            stepNo++;
            long step = ids.step++;
            var decision = run.choices().getLast().decisionId();
            writer.step(step, attempt, stepNo, "CHOICE", decision, pick.id(), null, at);
            for (var claim : pick.evidence()) {
                evidence(
                        person,
                        attempt,
                        step,
                        p.item(),
                        claim,
                        EvidenceRecorder.weight(ItemKind.SCENARIO),
                        decision + "/" + pick.id(),
                        at,
                        ids,
                        writer,
                        overall,
                        monthly,
                        totals);
            }
        }
        var finished = run.decision() == null && !unfinished;
        writer.attempt(
                attempt,
                person,
                p.item(),
                inPack(versions, p.item().toString()),
                seed,
                stepNo,
                finished ? AttemptService.score(run) : null,
                null,
                finished ? run.ended().outcome() : null,
                p.at(),
                finished ? at : null,
                at);
        return stepNo;
    }

    private int quiz(
            long person,
            long attempt,
            Planned p,
            double chance,
            boolean unfinished,
            Random random,
            Ids ids,
            Writer writer,
            Map<String, ProficiencyModel.Totals> overall,
            Map<String, ProficiencyModel.Totals> monthly,
            long[] totals)
            throws SQLException {
        var definition = inPack(quizzes, p.item().key());
        long seed = random.nextInt(16);
        var paper = papers.computeIfAbsent(p.item().key() + "#" + seed, k -> QuizPaper.draw(definition, seed));
        var results = new ArrayList<QuizScoring.QuestionResult>();
        var at = p.at();
        int stepNo = 0;
        for (var question : paper.questions()) {
            if (unfinished && stepNo >= 2) {
                break;
            }
            var answer = random.nextDouble() < chance ? SampleAnswers.right(question) : SampleAnswers.wrong(question);
            var result = QuizScoring.score(question, answer);
            results.add(result);
            at = at.plusSeconds(20 + random.nextInt(40));
            stepNo++;
            long step = ids.step++;
            writer.step(
                    step, attempt, stepNo, "ANSWER", question.id(), AnswerCodec.write(answer), result.correct(), at);
            for (var claim : QuizScoring.evidence(question, result)) {
                evidence(
                        person,
                        attempt,
                        step,
                        p.item(),
                        claim,
                        EvidenceRecorder.weight(ItemKind.QUIZ),
                        question.id(),
                        at,
                        ids,
                        writer,
                        overall,
                        monthly,
                        totals);
            }
        }
        var finished = !unfinished;
        var total = finished ? QuizScoring.total(definition, paper, results) : null;
        writer.attempt(
                attempt,
                person,
                p.item(),
                inPack(versions, p.item().toString()),
                seed,
                stepNo,
                total == null ? null : total.score(),
                total == null ? null : total.passed(),
                null,
                p.at(),
                finished ? at : null,
                at);
        return stepNo;
    }

    /** One submission; most rewrites are reviewed by a trainer a few days later, the rest still wait. */
    private int exercise(
            long person,
            long attempt,
            Planned p,
            double chance,
            Random random,
            Ids ids,
            Writer writer,
            Map<String, ProficiencyModel.Totals> overall,
            Map<String, ProficiencyModel.Totals> monthly,
            long[] totals)
            throws SQLException {
        var definition = inPack(exercises, p.item().key());
        var answer = SampleAnswers.exercise(definition, random.nextDouble() < chance);
        var result = org.orienta.exercise.ExerciseScoring.score(definition, answer);
        var at = p.at().plusSeconds(120 + random.nextInt(300));
        long step = ids.step++;
        writer.step(
                step,
                attempt,
                1,
                "SUBMISSION",
                definition.id(),
                AnswerCodec.write(answer),
                result.awaitingReview() ? null : result.score() >= org.orienta.exercise.ExerciseScoring.FULL_LEVEL_FROM,
                at);
        for (var claim : org.orienta.exercise.ExerciseScoring.evidence(definition, result)) {
            evidence(
                    person,
                    attempt,
                    step,
                    p.item(),
                    claim,
                    EvidenceRecorder.weight(ItemKind.EXERCISE),
                    definition.id(),
                    at,
                    ids,
                    writer,
                    overall,
                    monthly,
                    totals);
        }
        int steps = 1;
        Double score = result.awaitingReview() ? null : result.score();
        // A reflection its author keeps private is finished, unscored, when submitted.
        Instant completed =
                result.awaitingReview() && org.orienta.exercise.ExerciseScoring.reviewedByTrainer(definition)
                        ? null
                        : at;
        var reviewedAt = at.plus(Duration.ofDays(1 + random.nextInt(10)));
        if (definition instanceof org.orienta.exercise.FreeTextExercise rewrite
                && rewrite.reviewed()
                && random.nextDouble() < 0.85
                && reviewedAt.isBefore(clock.instant())) {
            var levels = new java.util.LinkedHashMap<String, Integer>();
            rewrite.rubric().forEach(c -> levels.put(c.id(), random.nextDouble() < chance ? 3 : 2));
            double mean = levels.values().stream()
                    .mapToInt(Integer::intValue)
                    .average()
                    .orElse(2);
            writer.review(attempt, levels, reviewedAt);
            long reviewStep = ids.step++;
            writer.step(reviewStep, attempt, 2, "REVIEW", "review", "", null, reviewedAt);
            for (var declared : rewrite.evidence()) {
                evidence(
                        person,
                        attempt,
                        reviewStep,
                        p.item(),
                        new Evidence(declared.competency(), (int) Math.round(mean)),
                        EvidenceRecorder.REVIEW_WEIGHT,
                        rewrite.id(),
                        reviewedAt,
                        ids,
                        writer,
                        overall,
                        monthly,
                        totals);
            }
            steps = 2;
            score = mean / Evidence.MAX_LEVEL;
            completed = reviewedAt;
        }
        writer.attempt(
                attempt,
                person,
                p.item(),
                inPack(versions, p.item().toString()),
                random.nextLong(),
                steps,
                score,
                null,
                null,
                p.at(),
                completed,
                completed == null ? at : completed,
                completed == null ? "AWAITING_REVIEW" : null);
        return steps;
    }

    private void evidence(
            long person,
            long attempt,
            long step,
            ItemRef item,
            Evidence claim,
            double weight,
            String ref,
            Instant at,
            Ids ids,
            Writer writer,
            Map<String, ProficiencyModel.Totals> overall,
            Map<String, ProficiencyModel.Totals> monthly,
            long[] totals)
            throws SQLException {
        var competency = claim.competency().value();
        writer.evidence(
                ids.evidence++,
                person,
                competency,
                claim.level(),
                weight,
                item,
                inPack(versions, item.toString()),
                ref,
                attempt,
                step,
                at);
        totals[2]++;
        overall.put(
                competency,
                model.add(overall.getOrDefault(competency, ProficiencyModel.Totals.NONE), weight, claim.level(), at));
        var key = competency + "|" + EvidenceRecorder.monthOf(at);
        monthly.put(key, model.add(monthly.getOrDefault(key, ProficiencyModel.Totals.NONE), weight, claim.level(), at));
    }

    private Playthrough path(ScenarioDefinition definition, long seed, List<String> choices) {
        return paths.computeIfAbsent(
                definition.id() + "#" + seed + ":" + String.join(",", choices),
                k -> Playthrough.replay(definition, seed, List.copyOf(choices)));
    }

    private static int plannedSteps(ItemRef item) {
        return switch (item.kind()) {
            case SCENARIO -> 7;
            case QUIZ -> 6;
            case EXERCISE -> 1;
        };
    }

    private record Planned(ItemRef item, Instant at) {}

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql);
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Identities handed out here, then the tables' identity columns moved past them. */
    private static final class Ids {

        private static final List<String> TABLES =
                List.of("attempt", "attempt_step", "competency_evidence", "competency_standing", "assignment");
        long attempt;
        long step;
        long evidence;
        long standing;
        long assignment;

        Ids(Connection connection) throws SQLException {
            attempt = next(connection, "attempt");
            step = next(connection, "attempt_step");
            evidence = next(connection, "competency_evidence");
            standing = next(connection, "competency_standing");
            assignment = next(connection, "assignment");
        }

        private static long next(Connection connection, String table) throws SQLException {
            return count(connection, "select coalesce(max(id), 0) + 1000 from " + table);
        }

        void restart(Connection connection) throws SQLException {
            long[] values = {attempt, step, evidence, standing, assignment};
            for (int i = 0; i < TABLES.size(); i++) {
                try (var statement = connection.createStatement()) {
                    // H2 and PostgreSQL both accept this form.
                    statement.execute(
                            "alter table " + TABLES.get(i) + " alter column id restart with " + (values[i] + 1));
                }
            }
        }
    }

    /** Batched inserts, one statement per table. */
    private final class Writer {

        private final PreparedStatement attempt;
        private final PreparedStatement step;
        private final PreparedStatement evidence;
        private final PreparedStatement standing;
        private final PreparedStatement assignment;
        private final PreparedStatement review;
        private final List<PreparedStatement> order;
        private long nextAssignment;
        long assignments;

        Writer(Connection connection) throws SQLException {
            attempt = connection.prepareStatement("insert into attempt (id, trainee_id, item_kind, item_key, "
                    + "item_version, mode, status, seed, steps, score, passed, outcome, started_at, completed_at, "
                    + "last_activity_at) values (?, ?, ?, ?, ?, 'ASSESSED', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            step = connection.prepareStatement("insert into attempt_step (id, attempt_id, step_no, kind, ref, answer, "
                    + "correct, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
            evidence =
                    connection.prepareStatement("insert into competency_evidence (id, trainee_id, competency, level, "
                            + "weight, item_kind, item_key, item_version, ref, attempt_id, step_id, assessed, recorded_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)");
            standing =
                    connection.prepareStatement("insert into competency_standing (id, trainee_id, competency, period, "
                            + "weight_units, level_units, square_units, evidence_count, last_evidence_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            assignment = connection.prepareStatement("insert into assignment (id, trainee_id, module_key, due_date, "
                    + "assigned_by, assigned_at) values (?, ?, ?, ?, 'generator', ?)");
            review = connection.prepareStatement(
                    "insert into attempt_review (attempt_id, reviewer, reviewed_at, levels, "
                            + "comment) values (?, 'generator', ?, ?, 'Clear and kind; say what you will do next.')");
            order = List.of(assignment, attempt, review, step, evidence, standing);
            nextAssignment = Ids.next(connection, "assignment");
        }

        void assignment(long trainee, String module, LocalDate due, Instant assigned) throws SQLException {
            assignment.setLong(1, nextAssignment++);
            assignment.setLong(2, trainee);
            assignment.setString(3, module);
            assignment.setObject(4, due);
            assignment.setObject(5, time(assigned));
            assignment.addBatch();
            assignments++;
        }

        void attempt(
                long id,
                long trainee,
                ItemRef item,
                int version,
                long seed,
                int steps,
                @Nullable Double score,
                @Nullable Boolean passed,
                @Nullable String outcome,
                Instant started,
                @Nullable Instant completed,
                Instant last)
                throws SQLException {
            attempt(id, trainee, item, version, seed, steps, score, passed, outcome, started, completed, last, null);
        }

        void attempt(
                long id,
                long trainee,
                ItemRef item,
                int version,
                long seed,
                int steps,
                @Nullable Double score,
                @Nullable Boolean passed,
                @Nullable String outcome,
                Instant started,
                @Nullable Instant completed,
                Instant last,
                @Nullable String status)
                throws SQLException {
            attempt.setLong(1, id);
            attempt.setLong(2, trainee);
            attempt.setString(3, item.kind().name());
            attempt.setString(4, item.key());
            attempt.setInt(5, version);
            attempt.setString(6, status != null ? status : completed == null ? "IN_PROGRESS" : "COMPLETED");
            attempt.setLong(7, seed);
            attempt.setInt(8, steps);
            attempt.setObject(9, score, Types.DOUBLE);
            attempt.setObject(10, passed, Types.BOOLEAN);
            attempt.setString(11, outcome);
            attempt.setObject(12, time(started));
            attempt.setObject(13, completed == null ? null : time(completed));
            attempt.setObject(14, time(last));
            attempt.addBatch();
        }

        void review(long attemptId, Map<String, Integer> levels, Instant at) throws SQLException {
            review.setLong(1, attemptId);
            review.setObject(2, time(at));
            review.setString(
                    3,
                    String.join(
                            ",",
                            levels.entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList()));
            review.addBatch();
        }

        void step(
                long id,
                long attemptId,
                int stepNo,
                String kind,
                String ref,
                String answer,
                @Nullable Boolean correct,
                Instant at)
                throws SQLException {
            step.setLong(1, id);
            step.setLong(2, attemptId);
            step.setInt(3, stepNo);
            step.setString(4, kind);
            step.setString(5, ref);
            step.setString(6, answer);
            step.setObject(7, correct, Types.BOOLEAN);
            step.setObject(8, time(at));
            step.addBatch();
        }

        void evidence(
                long id,
                long trainee,
                String competency,
                int level,
                double weight,
                ItemRef item,
                int version,
                String ref,
                long attemptId,
                long stepId,
                Instant at)
                throws SQLException {
            evidence.setLong(1, id);
            evidence.setLong(2, trainee);
            evidence.setString(3, competency);
            evidence.setInt(4, level);
            evidence.setDouble(5, weight);
            evidence.setString(6, item.kind().name());
            evidence.setString(7, item.key());
            evidence.setInt(8, version);
            evidence.setString(9, ref);
            evidence.setLong(10, attemptId);
            evidence.setLong(11, stepId);
            evidence.setObject(12, time(at));
            evidence.addBatch();
        }

        void standing(long id, long trainee, String competency, String period, ProficiencyModel.Totals totals)
                throws SQLException {
            standing.setLong(1, id);
            standing.setLong(2, trainee);
            standing.setString(3, competency);
            standing.setString(4, period);
            standing.setLong(5, totals.weightUnits());
            standing.setLong(6, totals.levelUnits());
            standing.setLong(7, totals.squareUnits());
            standing.setInt(8, totals.count());
            standing.setObject(9, totals.last() == null ? null : time(totals.last()));
            standing.addBatch();
        }

        /** Parents before children: the foreign keys hold at every statement. */
        void flush() throws SQLException {
            for (var statement : order) {
                statement.executeBatch();
            }
        }

        private static OffsetDateTime time(Instant at) {
            return at.atOffset(ZoneOffset.UTC);
        }
    }

    /** The pack's item or version the plan was made from: the plan only names what the pack holds. */
    private static <V> V inPack(Map<String, V> pack, String key) {
        return Objects.requireNonNull(pack.get(key), () -> key + " is not in the content pack");
    }
}
