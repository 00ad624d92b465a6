package org.orienta.progress.proficiency;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForHr;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainees;
import org.orienta.base.ItemKind;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyService;
import org.orienta.competency.TargetProfile;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.CurrentUser;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.ItemCatalogue;
import org.orienta.progress.attempt.ItemInfo;
import org.orienta.progress.attempt.StepKind;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioService;
import org.springframework.data.domain.Limit;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competency profiles: levels from the running totals (never from re-scanning evidence), targets from
 * the job role, monthly trends, the evidence behind each level, and what to learn next. A trainee only
 * ever reads their own profile.
 */
@Service
@ForSignedIn
@NamedInterface("proficiency")
public class ProficiencyService {

    static final int EVIDENCE_SHOWN = 200;
    static final int RECOMMENDATIONS = 4;

    private final CompetencyStandingRepository standings;
    private final OriginStandingRepository origins;
    private final CompetencyEvidenceRepository evidence;
    private final EvidenceRecorder recorder;
    private final CompetencyService competencies;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ItemCatalogue items;
    private final CurriculumService curriculum;
    private final ScenarioService scenarios;
    private final org.orienta.quiz.QuizService quizzes;
    private final AttemptRepository attempts;
    private final Clock clock;
    private final org.orienta.people.PrivacyPolicy privacy;
    private final AttemptStepRepository steps;
    private final org.springframework.beans.factory.ObjectProvider<EvidenceSource> sources;

    ProficiencyService(
            CompetencyStandingRepository standings,
            OriginStandingRepository origins,
            CompetencyEvidenceRepository evidence,
            EvidenceRecorder recorder,
            CompetencyService competencies,
            PeopleService people,
            CurrentUser currentUser,
            ItemCatalogue items,
            CurriculumService curriculum,
            ScenarioService scenarios,
            org.orienta.quiz.QuizService quizzes,
            AttemptRepository attempts,
            Clock clock,
            org.orienta.people.PrivacyPolicy privacy,
            AttemptStepRepository steps,
            org.springframework.beans.factory.ObjectProvider<EvidenceSource> sources) {
        this.sources = sources;
        this.privacy = privacy;
        this.steps = steps;
        this.standings = standings;
        this.origins = origins;
        this.evidence = evidence;
        this.recorder = recorder;
        this.competencies = competencies;
        this.people = people;
        this.currentUser = currentUser;
        this.items = items;
        this.curriculum = curriculum;
        this.scenarios = scenarios;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.clock = clock;
    }

    @ForTrainees
    @Transactional(readOnly = true)
    public CompetencyProfile myProfile() {
        var me = people.myProfile();
        return profile(me.id(), me.jobRole(), competencies.targets(me.jobRoleId()));
    }

    /** The assessed evidence behind one of my levels, newest first. */
    @ForTrainees
    @Transactional(readOnly = true)
    public List<EvidenceItem> myEvidence(CompetencyCode competency) {
        return evidenceOf(currentUser.requireId(), competency);
    }

    /** What I should learn next: items and modules that develop the competencies of my largest gaps. */
    @ForTrainees
    @Transactional(readOnly = true)
    public List<Recommendation> myRecommendations() {
        return recommendations(myProfile());
    }

    /**
     * One trainee's profile as HR sees it in reports: the same levels, targets and trends as their own
     * My competencies. Only for roles that may see individuals.
     */
    @ForHr
    @Transactional(readOnly = true)
    public CompetencyProfile profileOf(PersonId person) {
        privacy.requireIndividuals();
        var trainee = people.trainee(person)
                .orElseThrow(() -> new org.orienta.base.InvalidInputException(
                        org.orienta.base.FieldProblem.of("person", "reports.person.notFound")));
        return profile(person, trainee.jobRoleName(), competencies.targets(trainee.jobRole()));
    }

    /**
     * One trainee's profile from the evidence of some sources only (HR's evidence-source filter): the same
     * model, weights and half-life, over the totals of those sources (ADR 0046).
     */
    @ForHr
    @Transactional(readOnly = true)
    public CompetencyProfile profileOf(PersonId person, Set<EvidenceOrigin> from) {
        privacy.requireIndividuals();
        var trainee = people.trainee(person)
                .orElseThrow(() -> new org.orienta.base.InvalidInputException(
                        org.orienta.base.FieldProblem.of("person", "reports.person.notFound")));
        return profile(person, trainee.jobRoleName(), competencies.targets(trainee.jobRole()), from);
    }

    /** The assessed evidence behind one trainee's level, newest first, for reports. */
    @ForHr
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidenceFor(PersonId person, CompetencyCode competency) {
        privacy.requireIndividuals();
        return evidenceOf(person, competency);
    }

    /** The level rule at a moment, for reading many people's stored totals at once. */
    public LevelRule levelRule(Instant at) {
        return recorder.model().levelRule(at);
    }

    CompetencyProfile profile(PersonId person, @Nullable String jobRole, TargetProfile targets) {
        return profile(person, jobRole, targets, EnumSet.allOf(EvidenceOrigin.class));
    }

    CompetencyProfile profile(
            PersonId person, @Nullable String jobRole, TargetProfile targets, Set<EvidenceOrigin> from) {
        var now = clock.instant();
        var model = recorder.model();
        var overall = new HashMap<String, ProficiencyModel.Totals>();
        var monthly = new HashMap<String, java.util.TreeMap<YearMonth, ProficiencyModel.Totals>>();
        boolean training = from.contains(EvidenceOrigin.TRAINING);
        if (training) {
            standings
                    .findByTraineeIdAndPeriod(person.value(), CompetencyStanding.ALL)
                    .forEach(s -> overall.put(s.competency(), s.totals()));
            standings
                    .findByTraineeIdAndPeriodNotOrderByPeriod(person.value(), CompetencyStanding.ALL)
                    .forEach(s -> monthly.computeIfAbsent(s.competency(), k -> new java.util.TreeMap<>())
                            .put(Objects.requireNonNull(s.month()), s.totals()));
        }
        if (!from.containsAll(EnumSet.allOf(EvidenceOrigin.class))) {
            // With training: all evidence minus the sources left out; without: the chosen sources added up.
            for (var part : origins.findByTraineeId(person.value())) {
                boolean chosen = from.contains(part.origin());
                if (chosen == training) {
                    continue;
                }
                var month = part.month();
                java.util.function.BiFunction<ProficiencyModel.Totals, ProficiencyModel.Totals, ProficiencyModel.Totals>
                        combine = training ? ProficiencyModel.Totals::minus : ProficiencyModel.Totals::plus;
                if (month == null) {
                    overall.put(
                            part.competency(),
                            combine.apply(
                                    overall.getOrDefault(part.competency(), ProficiencyModel.Totals.NONE),
                                    part.totals()));
                } else {
                    var months = monthly.computeIfAbsent(part.competency(), k -> new java.util.TreeMap<>());
                    months.put(
                            month,
                            combine.apply(months.getOrDefault(month, ProficiencyModel.Totals.NONE), part.totals()));
                }
            }
        }
        var rows = new ArrayList<CompetencyRow>();
        for (var competency : competencies.framework().competencies()) {
            var code = competency.code().value();
            var estimate = model.estimate(overall.getOrDefault(code, ProficiencyModel.Totals.NONE), now);
            rows.add(new CompetencyRow(
                    competency,
                    estimate,
                    targets.target(competency.code()),
                    trend(monthly.getOrDefault(code, new java.util.TreeMap<>()), now)));
        }
        return new CompetencyProfile(person, jobRole, targets.defaulted(), rows);
    }

    /** Cumulative totals month by month, each estimated as it stood at the end of its month. */
    private List<TrendPoint> trend(java.util.SortedMap<YearMonth, ProficiencyModel.Totals> byMonth, Instant now) {
        var points = new ArrayList<TrendPoint>();
        // A source left out can leave months with nothing of the chosen ones: the trend starts with evidence.
        var months = new java.util.TreeMap<YearMonth, ProficiencyModel.Totals>();
        byMonth.forEach((month, totals) -> {
            if (totals.weightUnits() > 0) {
                months.put(month, totals);
            }
        });
        if (months.isEmpty()) {
            return points;
        }
        var model = recorder.model();
        var running = ProficiencyModel.Totals.NONE;
        var current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        for (var month = months.firstKey(); !month.isAfter(current); month = month.plusMonths(1)) {
            var added = months.get(month);
            if (added != null) {
                running = new ProficiencyModel.Totals(
                        running.weightUnits() + added.weightUnits(),
                        running.levelUnits() + added.levelUnits(),
                        running.squareUnits() + added.squareUnits(),
                        running.count() + added.count(),
                        added.last());
            }
            var endOfMonth = month.equals(current)
                    ? now
                    : month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            var estimate = model.estimate(running, endOfMonth);
            points.add(new TrendPoint(month, estimate.level(), estimate.mean()));
        }
        return points;
    }

    List<EvidenceItem> evidenceOf(PersonId person, CompetencyCode competency) {
        var catalogue = items.published();
        var result = new ArrayList<EvidenceItem>();
        var rows = evidence.findByTraineeIdAndCompetencyAndAssessedTrueOrderByRecordedAtDescIdDesc(
                person.value(), competency.value(), Limit.of(EVIDENCE_SHOWN));
        var answers = quizAnswers(rows);
        for (var row : rows) {
            var info = catalogue.get(row.item());
            LocalizedText said = null;
            org.orienta.quiz.Question asked = null;
            org.orienta.quiz.QuestionAnswer answer = null;
            LocalizedText feedback = null;
            LocalizedText title = info != null
                    ? info.title()
                    : LocalizedText.english(row.item().key());
            if (row.item().kind() == ItemKind.QUIZ) {
                var definition = quizzes.version(row.item().key(), row.itemVersion());
                title = definition.title();
                var question = definition.question(row.ref());
                // What the trainee answered, not the question: the question is shown beside it.
                asked = question.orElse(null);
                answer = answers.get(row.attemptId() + "/" + row.ref());
                feedback = question.map(q -> q.info().explanation()).orElse(null);
            } else if (row.item().kind() == ItemKind.SCENARIO) {
                var definition = scenarios.version(row.item().key(), row.itemVersion());
                title = definition.title();
                var parts = row.ref().split("/", 2);
                var option = definition
                        .node(parts[0])
                        .filter(Decision.class::isInstance)
                        .map(Decision.class::cast)
                        .flatMap(d -> d.option(parts.length > 1 ? parts[1] : ""));
                said = option.map(o -> o.say()).orElse(null);
                feedback = option.map(o -> o.feedback()).orElse(null);
            }
            result.add(new EvidenceItem(
                    row.id(),
                    row.item(),
                    row.itemVersion(),
                    title,
                    said,
                    asked,
                    answer,
                    feedback,
                    row.level(),
                    row.weight(),
                    row.assessed(),
                    row.recordedAt(),
                    new AttemptId(row.attemptId()),
                    switch (row.item().kind()) {
                        case SCENARIO -> row.ref().split("/", 2)[0];
                        case QUIZ -> row.ref();
                        case EXERCISE -> null;
                    }));
        }
        return result;
    }

    /** The answers behind quiz evidence, by "attempt/question", read in one query. */
    private Map<String, org.orienta.quiz.QuestionAnswer> quizAnswers(List<CompetencyEvidence> rows) {
        var quizAttempts = rows.stream()
                .filter(r -> r.item().kind() == ItemKind.QUIZ)
                .map(CompetencyEvidence::attemptId)
                .distinct()
                .toList();
        var answers = new HashMap<String, org.orienta.quiz.QuestionAnswer>();
        if (quizAttempts.isEmpty()) {
            return answers;
        }
        for (var step : steps.findByAttemptIdInOrderByAttemptIdAscStepNoAsc(quizAttempts)) {
            if (step.kind() == StepKind.ANSWER) {
                answers.put(step.attemptId() + "/" + step.ref(), AnswerCodec.readQuestion(step.answer()));
            }
        }
        return answers;
    }

    List<Recommendation> recommendations(CompetencyProfile profile) {
        var completed = new java.util.HashSet<org.orienta.base.ItemRef>();
        attempts.findByTraineeIdOrderByLastActivityAtDesc(profile.person().value()).stream()
                .filter(a -> a.mode() == AttemptMode.ASSESSED && a.status() == AttemptStatus.COMPLETED)
                .forEach(a -> completed.add(a.item()));
        var needs = profile.rows().stream()
                .filter(r -> r.gap() == null || r.gap() > 0)
                .sorted(Comparator.comparing((CompetencyRow r) -> r.gap() == null ? 0.5 : r.gap())
                        .reversed()
                        .thenComparing(r -> r.competency().code()))
                .toList();
        var catalogue = items.published();
        var modules = curriculum.publishedModules();
        var chosen = new ArrayList<Recommendation>();
        var used = new java.util.HashSet<String>();
        for (var need : needs) {
            if (chosen.size() >= RECOMMENDATIONS) {
                break;
            }
            var code = need.competency().code();
            Optional<Recommendation> pick = catalogue.values().stream()
                    .filter(i -> i.competencies().contains(code)
                            && !completed.contains(i.ref())
                            && !used.contains(i.ref().toString()))
                    .min(Comparator.comparing(ItemInfo::minutes))
                    .map(i -> new Recommendation(
                            null,
                            i.ref(),
                            i.title(),
                            i.minutes(),
                            need.competency(),
                            need.estimate().level(),
                            need.target()));
            if (pick.isEmpty()) {
                pick = modules.stream()
                        .filter(m -> m.definition().competencies().contains(code) && !used.contains(m.key()))
                        .findFirst()
                        .map(m -> new Recommendation(
                                m.key(),
                                null,
                                m.definition().title(),
                                m.definition().items().stream()
                                        .map(catalogue::get)
                                        .filter(java.util.Objects::nonNull)
                                        .mapToInt(ItemInfo::minutes)
                                        .sum(),
                                need.competency(),
                                need.estimate().level(),
                                need.target()));
            }
            pick.ifPresent(r -> {
                chosen.add(r);
                used.add(r.item() != null ? r.item().toString() : r.module());
            });
        }
        return chosen;
    }

    /** Recomputes one trainee's totals from their remaining evidence (after evidence was purged). */
    public void rebuildFor(long traineeId) {
        standings.deleteByTrainee(traineeId);
        standings.flush();
        origins.deleteByTrainee(traineeId);
        origins.flush();
        var totals = new java.util.TreeMap<String, ProficiencyModel.Totals>();
        for (var fact : evidence.findByTraineeIdOrderByRecordedAtAscIdAsc(traineeId)) {
            if (!fact.assessed()) {
                continue;
            }
            add(totals, traineeId, fact.competency(), fact.weight(), fact.level(), fact.recordedAt(), null);
        }
        sources.orderedStream()
                .flatMap(source -> source.counted(new PersonId(traineeId)).stream())
                .forEach(piece -> addPiece(totals, piece));
        save(totals);
    }

    /**
     * Recomputes every trainee's totals from the raw evidence, in the order it was recorded. The result
     * equals the totals kept step by step (a test checks it); needed after changing the half-life.
     */
    @ForAdmins
    @Transactional
    public long rebuild() {
        standings.deleteEverything();
        standings.flush();
        origins.deleteEverything();
        origins.flush();
        var totals = new HashMap<String, ProficiencyModel.Totals>();
        long after = 0;
        long count = 0;
        while (true) {
            var page = evidence.assessedAfter(after, Limit.of(10_000));
            if (page.isEmpty()) {
                break;
            }
            for (var fact : page) {
                add(totals, fact.traineeId(), fact.competency(), fact.weight(), fact.level(), fact.recordedAt(), null);
                after = fact.id();
                count++;
            }
        }
        for (var piece : observedPieces()) {
            addPiece(totals, piece);
            count++;
        }
        save(totals);
        return count;
    }

    /**
     * Counts the observed evidence into its sources' totals when none are kept yet (a database whose
     * observations were recorded before V51, see {@link OriginStandingsBackfill}); the overall totals
     * already hold it and stay as they are. Returns how many pieces were counted.
     */
    @ForAdmins
    @Transactional
    public long backfillSources() {
        if (origins.count() > 0) {
            return 0;
        }
        var totals = new HashMap<String, ProficiencyModel.Totals>();
        var pieces = observedPieces();
        for (var piece : pieces) {
            addPiece(totals, piece);
        }
        totals.keySet().removeIf(key -> key.split("\\|", -1).length == 3);
        save(totals);
        return pieces.size();
    }

    /** Every piece the evidence sources count now (observations not voided). */
    private List<EvidenceSource.Piece> observedPieces() {
        return sources.orderedStream()
                .flatMap(source -> source.counted(null).stream())
                .toList();
    }

    private void addPiece(Map<String, ProficiencyModel.Totals> totals, EvidenceSource.Piece piece) {
        var person = piece.person().value();
        var competency = piece.claim().competency().value();
        add(totals, person, competency, piece.weight(), piece.claim().level(), piece.at(), null);
        add(totals, person, competency, piece.weight(), piece.claim().level(), piece.at(), piece.origin());
    }

    /**
     * Adds a piece to its totals overall and for its month, keyed "trainee|competency|month" (month empty
     * for all time), with "|ORIGIN" for a source's own totals.
     */
    private void add(
            Map<String, ProficiencyModel.Totals> totals,
            long trainee,
            String competency,
            double weight,
            int level,
            Instant at,
            @Nullable EvidenceOrigin origin) {
        var model = recorder.model();
        var suffix = origin == null ? "" : "|" + origin.name();
        for (var key : List.of(
                trainee + "|" + competency + "|" + suffix,
                trainee + "|" + competency + "|" + EvidenceRecorder.monthOf(at) + suffix)) {
            totals.put(key, model.add(totals.getOrDefault(key, ProficiencyModel.Totals.NONE), weight, level, at));
        }
    }

    private void save(Map<String, ProficiencyModel.Totals> totals) {
        for (var entry : totals.entrySet()) {
            var parts = entry.getKey().split("\\|", -1);
            long trainee = Long.parseLong(parts[0]);
            var month = parts[2].isEmpty() ? null : YearMonth.parse(parts[2]);
            if (parts.length == 3) {
                var standing = new CompetencyStanding(trainee, parts[1], month);
                standing.set(entry.getValue());
                standings.save(standing);
            } else {
                var standing = new OriginStanding(trainee, parts[1], month, EvidenceOrigin.valueOf(parts[3]));
                standing.set(entry.getValue());
                origins.save(standing);
            }
        }
        standings.flush();
        origins.flush();
    }

    /** Every stored total, for comparing a rebuild with the running totals (a source's with "|ORIGIN"). */
    @ForAdmins
    @Transactional(readOnly = true)
    public Map<String, String> totalsSnapshot() {
        var snapshot = new java.util.TreeMap<String, String>();
        standings
                .findAll()
                .forEach(s -> snapshot.put(
                        s.traineeId() + "|" + s.competency() + "|" + s.month(),
                        s.totals().toString()));
        origins.findAll()
                .forEach(s -> snapshot.put(
                        s.traineeId() + "|" + s.competency() + "|" + s.month() + "|" + s.origin(),
                        s.totals().toString()));
        return snapshot;
    }
}
