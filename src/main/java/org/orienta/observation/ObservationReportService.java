package org.orienta.observation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.orienta.base.ForHr;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.checklist.ChecklistService;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.CompetencyService;
import org.orienta.people.DepartmentId;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PrivacyPolicy;
import org.orienta.people.TraineeRow;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.orienta.progress.proficiency.EvidenceSource.Piece;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR sees of observations: training beside the job per department and competency, and mystery
 * shopping per branch and month. Means are pooled the way the proficiency model weighs evidence, so a
 * department's figure is the mean of every piece of its people's decayed evidence (ADR 0039).
 */
@Service
@ForHr
public class ObservationReportService {

    private final ObservationRepository observations;
    private final ChecklistService checklists;
    private final PeopleService people;
    private final CompetencyService competencies;
    private final EvidenceRecorder recorder;
    private final PrivacyPolicy privacy;
    private final Clock clock;

    ObservationReportService(
            ObservationRepository observations,
            ChecklistService checklists,
            PeopleService people,
            CompetencyService competencies,
            EvidenceRecorder recorder,
            PrivacyPolicy privacy,
            Clock clock) {
        this.observations = observations;
        this.checklists = checklists;
        this.people = people;
        this.competencies = competencies;
        this.recorder = recorder;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** Per department and competency, where anyone has training or observed evidence. */
    @Transactional(readOnly = true)
    public List<TrainingVsJobRow> trainingVsJob(ObservedSource source) {
        var now = clock.instant();
        var trainees = people.trainees();
        var byPerson = new HashMap<PersonId, List<Sourced>>();
        var definitions = new HashMap<String, ChecklistDefinition>();
        for (var observation : observations.counted()) {
            var checklist = definitions.computeIfAbsent(
                    observation.checklistKey() + "@" + observation.checklistVersion(),
                    k -> checklists.version(observation.checklistKey(), observation.checklistVersion()));
            for (var piece : ObservationEvidence.pieces(observation, checklist)) {
                byPerson.computeIfAbsent(piece.person(), p -> new ArrayList<>())
                        .add(new Sourced(
                                piece, observation.source(), observation.id().value()));
            }
        }
        var cells = new TreeMap<String, Map<String, Cell>>();
        for (TraineeRow trainee : trainees) {
            var departmentName = trainee.departmentName();
            if (departmentName == null) {
                continue;
            }
            var mine = byPerson.getOrDefault(trainee.id(), List.of());
            var all = mine.stream().map(Sourced::piece).toList();
            var department = cells.computeIfAbsent(departmentName, d -> new TreeMap<>());
            recorder.trainingEstimates(trainee.id(), all, now).forEach((code, estimate) -> {
                if (estimate.count() > 0 && estimate.effectiveEvidence() > 0) {
                    var cell = department.computeIfAbsent(code, c -> new Cell());
                    cell.trainingWeighted += estimate.mean() * estimate.effectiveEvidence();
                    cell.trainingWeight += estimate.effectiveEvidence();
                    cell.trainingPeople.add(trainee.id());
                }
            });
            for (var sourced : mine) {
                if (source.includes(sourced.source())) {
                    var cell = department.computeIfAbsent(
                            sourced.piece().claim().competency().value(), c -> new Cell());
                    cell.observed.add(sourced.piece());
                    cell.observedPeople.add(trainee.id());
                    cell.observations.add(sourced.observation());
                }
            }
        }
        var framework = competencies.framework();
        var rows = new ArrayList<TrainingVsJobRow>();
        cells.forEach((department, byCompetency) -> byCompetency.forEach((code, cell) -> {
            if (cell.observed.isEmpty()) {
                return;
            }
            var competency = new CompetencyCode(code);
            var name = framework
                    .competency(competency)
                    .map(CompetencyDefinition::name)
                    .orElse(LocalizedText.english(code));
            var observedEstimate = recorder.estimateOf(cell.observed, now);
            Double training = cell.trainingWeight > 0 && privacy.shows(cell.trainingPeople.size())
                    ? cell.trainingWeighted / cell.trainingWeight
                    : null;
            Double observed = observedEstimate.effectiveEvidence() > 0 && privacy.shows(cell.observedPeople.size())
                    ? observedEstimate.mean()
                    : null;
            rows.add(new TrainingVsJobRow(
                    department,
                    competency,
                    name,
                    training,
                    cell.trainingPeople.size(),
                    observed,
                    cell.observedPeople.size(),
                    cell.observations.size()));
        }));
        rows.sort(Comparator.comparing(TrainingVsJobRow::department)
                .thenComparing(r -> r.competency().number()));
        return rows;
    }

    /** Mystery-shopping visits per branch and month since a day, newest month first. */
    @Transactional(readOnly = true)
    public List<MysteryShoppingRow> mysteryShopping(LocalDate from) {
        var visits = new ArrayList<Observation>();
        var branches = new ArrayList<DepartmentId>();
        for (var o : observations.since(from)) {
            var branch = o.department();
            if (!o.voided() && o.source() == ObservationSource.MYSTERY_SHOPPING && branch != null) {
                visits.add(o);
                branches.add(branch);
            }
        }
        var names = people.departmentNames(branches);
        var groups = new HashMap<BranchMonth, int[]>();
        for (int i = 0; i < visits.size(); i++) {
            var visit = visits.get(i);
            var key = new BranchMonth(names.getOrDefault(branches.get(i), "?"), YearMonth.from(visit.observedOn()));
            var totals = groups.computeIfAbsent(key, k -> new int[3]);
            totals[0]++;
            for (var answer : visit.answers()) {
                if (answer.answer() != ChecklistAnswer.NOT_OBSERVED) {
                    totals[1]++;
                    totals[2] += answer.answer() == ChecklistAnswer.DONE
                            ? 2
                            : answer.answer() == ChecklistAnswer.PARTLY ? 1 : 0;
                }
            }
        }
        var rows = new ArrayList<MysteryShoppingRow>();
        groups.forEach((key, t) -> rows.add(
                new MysteryShoppingRow(key.branch(), key.month(), t[0], t[1], t[1] == 0 ? 0 : t[2] / (2.0 * t[1]))));
        rows.sort(Comparator.comparing(MysteryShoppingRow::month).reversed().thenComparing(MysteryShoppingRow::branch));
        return rows;
    }

    private record BranchMonth(String branch, YearMonth month) {}

    private record Sourced(Piece piece, ObservationSource source, long observation) {}

    /** One department and competency as it is being summed. */
    private static final class Cell {
        double trainingWeighted;
        double trainingWeight;
        final Set<PersonId> trainingPeople = new HashSet<>();
        final List<Piece> observed = new ArrayList<>();
        final Set<PersonId> observedPeople = new HashSet<>();
        final Set<Long> observations = new HashSet<>();
    }
}
