package org.orienta.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditText;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForHr;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyService;
import org.orienta.competency.TargetProfile;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleSummary;
import org.orienta.people.DepartmentId;
import org.orienta.people.DepartmentOption;
import org.orienta.people.JobRoleOption;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PrivacyPolicy;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.attempt.ItemCatalogue;
import org.orienta.progress.proficiency.EvidenceItem;
import org.orienta.progress.proficiency.LevelRule;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's reports. Levels come from the running totals with the profile's own rule, so a person's level in
 * a report is the level they see on My competencies. Groups smaller than the privacy minimum are hidden
 * from readers who may not see individuals; individuals are shown only to those who may.
 */
@Service
@ForHr
public class ReportService {

    /** Months of trends shown when no period is chosen. */
    static final int TREND_MONTHS = 12;
    /** Months before and after an assignment compared in trends. */
    static final int BEFORE_AFTER_MONTHS = 3;

    static final int ATTEMPTS_SHOWN = 100;
    private static final long NO_DEPARTMENT = -1;

    private final ReportQueries queries;
    private final CompetencyService competencies;
    private final ProficiencyService proficiency;
    private final PeopleService people;
    private final CurriculumService curriculum;
    private final ItemCatalogue items;
    private final PrivacyPolicy privacy;
    private final Clock clock;
    private final org.orienta.audit.AuditService audit;
    private final io.micrometer.core.instrument.MeterRegistry registry;

    ReportService(
            ReportQueries queries,
            CompetencyService competencies,
            ProficiencyService proficiency,
            PeopleService people,
            CurriculumService curriculum,
            ItemCatalogue items,
            PrivacyPolicy privacy,
            Clock clock,
            org.orienta.audit.AuditService audit,
            io.micrometer.core.instrument.MeterRegistry registry) {
        this.registry = registry;
        this.audit = audit;
        this.queries = queries;
        this.competencies = competencies;
        this.proficiency = proficiency;
        this.people = people;
        this.curriculum = curriculum;
        this.items = items;
        this.privacy = privacy;
        this.clock = clock;
    }

    /** Keeps a record of a report leaving Orienta: which report, which format, with which filters. */
    public void recordExport(String report, String format, String filters) {
        audit.record(
                org.orienta.audit.AuditAction.REPORT_EXPORTED,
                report,
                org.orienta.audit.AuditOutcome.SUCCESS,
                AuditText.of("audit.text.reportExport", format, filters));
    }

    /** What the filters offer: departments, job roles and published modules. */
    public record Options(
            List<DepartmentOption> departments, List<JobRoleOption> jobRoles, List<ModuleSummary> modules) {}

    @Transactional(readOnly = true)
    public Options options() {
        return new Options(people.departments(), people.jobRoles(), curriculum.publishedModules());
    }

    /** Departments by competencies, with the organisation's total row. */
    @Transactional(readOnly = true)
    public OrgMatrix matrix(ReportFilter filter) {
        return timed("matrix", () -> computeMatrix(filter));
    }

    private OrgMatrix computeMatrix(ReportFilter filter) {
        var columns = columns();
        var members = queries.members(filter);
        var sums = sums(filter, members, columns);
        var rule = rule(filter);
        var targets = queries.targets();
        var names = queries.departmentNames();
        var byDepartment = new HashMap<Long, LevelCell[]>();
        var counts = new HashMap<Long, Integer>();
        var total = empty(columns.size());
        for (var member : members.values()) {
            long department = member.department() == null ? NO_DEPARTMENT : member.department();
            var cells = byDepartment.computeIfAbsent(department, k -> empty(columns.size()));
            counts.merge(department, 1, Integer::sum);
            add(cells, total, sums.get(member.id()), member, columns, rule, targets);
        }
        var rows = new ArrayList<MatrixRow>();
        byDepartment.forEach((department, cells) -> rows.add(row(
                department == NO_DEPARTMENT ? null : new DepartmentId(department),
                department == NO_DEPARTMENT ? "" : names.getOrDefault(department, ""),
                counts.get(department),
                cells)));
        rows.sort(Comparator.comparing((MatrixRow r) -> r.department() == null)
                .thenComparing(MatrixRow::name, String.CASE_INSENSITIVE_ORDER));
        return new OrgMatrix(
                columns, rows, row(null, "", members.size(), total, true), coverage(members.size(), filter));
    }

    /** One department: its summary row and, for readers who may see individuals, its people. */
    @Transactional(readOnly = true)
    public DepartmentReport department(DepartmentId id, ReportFilter filter) {
        return timed("department", () -> computeDepartment(id, filter));
    }

    private DepartmentReport computeDepartment(DepartmentId id, ReportFilter filter) {
        var scoped = filter.withDepartment(id);
        var name = queries.departmentNames().get(id.value());
        if (name == null) {
            throw new InvalidInputException(FieldProblem.of("department", "reports.department.notFound"));
        }
        var columns = columns();
        var members = queries.members(scoped);
        var sums = sums(scoped, members, columns);
        var rule = rule(scoped);
        var targets = queries.targets();
        var summary = empty(columns.size());
        var lines = new ArrayList<PersonLevels>();
        var roleNames = new HashMap<Long, String>();
        people.jobRoles().forEach(r -> roleNames.put(r.id().value(), r.name()));
        for (var member : members.values()) {
            var levels = add(summary, empty(columns.size()), sums.get(member.id()), member, columns, rule, targets);
            var memberTargets = new ArrayList<Integer>();
            columns.forEach(c -> memberTargets.add(target(targets, member, c.code())));
            lines.add(new PersonLevels(
                    new PersonId(member.id()),
                    member.name(),
                    member.jobRole() == null ? null : roleNames.get(member.jobRole()),
                    levels,
                    memberTargets));
        }
        lines.sort(Comparator.comparing(PersonLevels::name, String.CASE_INSENSITIVE_ORDER));
        var row = row(id, name, members.size(), summary);
        return new DepartmentReport(
                id,
                name,
                columns,
                row,
                privacy.seesIndividuals() ? lines : List.of(),
                coverage(members.size(), scoped));
    }

    /** Who a person is (for a page title before their report is computed). Only for readers who may see individuals. */
    @Transactional(readOnly = true)
    public java.util.Optional<org.orienta.people.TraineeRow> trainee(PersonId id) {
        privacy.requireIndividuals();
        return people.trainee(id);
    }

    /** One person: their profile, assignments and latest attempts. Only for readers who may see individuals. */
    @Transactional(readOnly = true)
    public PersonReport person(PersonId id) {
        return person(id, EvidenceFilter.ALL);
    }

    /**
     * One person with the levels of one evidence source only (the same model over that source's
     * evidence); assignments and attempts are listed whatever the source.
     */
    @Transactional(readOnly = true)
    public PersonReport person(PersonId id, EvidenceFilter source) {
        return timed("person", () -> computePerson(id, source));
    }

    private PersonReport computePerson(PersonId id, EvidenceFilter source) {
        privacy.requireIndividuals();
        var trainee = people.trainee(id)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("person", "reports.person.notFound")));
        var profile =
                source == EvidenceFilter.ALL ? proficiency.profileOf(id) : proficiency.profileOf(id, source.origins());
        var catalogue = items.published();
        var attempts = new ArrayList<ReportQueries.AttemptFact>();
        queries.attempts(ReportFilter.EVERYONE, id.value(), attempts::add);
        var modules = modules();
        var today = LocalDate.now(clock);
        var assignments = new ArrayList<PersonReport.AssignmentLine>();
        for (var assignment : queries.assignments(ReportFilter.EVERYONE, id.value())) {
            var module = modules.get(assignment.module());
            if (module == null) {
                continue;
            }
            var state = state(module, catalogue.keySet(), assignment, attempts, today);
            assignments.add(new PersonReport.AssignmentLine(
                    assignment.module(),
                    module.definition().title(),
                    assignment.due(),
                    state.status(),
                    state.completed(),
                    state.items()));
        }
        assignments.sort(Comparator.comparing((PersonReport.AssignmentLine a) -> a.status() == ModuleStatus.COMPLETED)
                .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due()));
        var lines = attempts.stream()
                .limit(ATTEMPTS_SHOWN)
                .map(a -> {
                    var info = catalogue.get(new ItemRef(a.kind(), a.key()));
                    return new PersonReport.AttemptLine(
                            a.id(),
                            a.kind(),
                            info == null ? LocalizedText.english(a.key()) : info.title(),
                            a.status(),
                            a.score(),
                            a.outcome(),
                            a.startedAt(),
                            a.completedAt());
                })
                .toList();
        return new PersonReport(
                trainee, profile, assignments, lines, coverage(1, ReportFilter.EVERYONE.withSource(source)));
    }

    /** The evidence behind one person's level, newest first. */
    @Transactional(readOnly = true)
    public List<EvidenceItem> evidence(PersonId id, CompetencyCode competency) {
        return proficiency.evidenceFor(id, competency);
    }

    /** Assignments by department and module: completed, in progress, not started, overdue; who is overdue. */
    @Transactional(readOnly = true)
    public CompletionReport completion(ReportFilter filter) {
        return timed("completion", () -> computeCompletion(filter));
    }

    private CompletionReport computeCompletion(ReportFilter filter) {
        var members = queries.members(filter);
        var names = queries.departmentNames();
        var modules = modules();
        var catalogue = items.published();
        var today = LocalDate.now(clock);
        var assignments = queries.assignments(filter, null).stream()
                .filter(a -> members.containsKey(a.trainee()) && modules.containsKey(a.module()) && inPeriod(a, filter))
                .toList();
        var assigned = new HashSet<Long>();
        assignments.forEach(a -> assigned.add(a.trainee()));
        var attempts = new HashMap<Long, List<ReportQueries.AttemptFact>>();
        queries.attempts(filter, null, a -> {
            if (assigned.contains(a.trainee())) {
                attempts.computeIfAbsent(a.trainee(), k -> new ArrayList<>()).add(a);
            }
        });
        var counts = new TreeMap<String, int[]>();
        var keys = new HashMap<String, String[]>();
        var overdue = new ArrayList<CompletionReport.Overdue>();
        int[] total = new int[5];
        for (var assignment : assignments) {
            var member = members.get(assignment.trainee());
            var module = modules.get(assignment.module());
            var department = member.department() == null ? "" : names.getOrDefault(member.department(), "");
            var state =
                    state(module, catalogue.keySet(), assignment, attempts.getOrDefault(member.id(), List.of()), today);
            var key = department + "\u0000" + module.definition().title().english() + "\u0000" + assignment.module();
            keys.putIfAbsent(key, new String[] {department, assignment.module()});
            var row = counts.computeIfAbsent(key, k -> new int[5]);
            for (int[] c : new int[][] {row, total}) {
                c[0]++;
                c[1 + state.status().ordinal()]++;
            }
            if (state.status() == ModuleStatus.OVERDUE) {
                overdue.add(new CompletionReport.Overdue(
                        new PersonId(member.id()),
                        member.name(),
                        department,
                        module.definition().title(),
                        assignment.due(),
                        ChronoUnit.DAYS.between(assignment.due(), today),
                        state.completed(),
                        state.items()));
            }
        }
        var rows = new ArrayList<CompletionReport.Row>();
        counts.forEach((key, c) -> {
            var parts = keys.get(key);
            rows.add(completionRow(
                    parts[0], parts[1], modules.get(parts[1]).definition().title(), c));
        });
        overdue.sort(Comparator.comparing(CompletionReport.Overdue::daysOverdue)
                .reversed()
                .thenComparing(CompletionReport.Overdue::name));
        return new CompletionReport(
                rows,
                completionRow("", "", LocalizedText.english(""), total),
                privacy.seesIndividuals() ? overdue : List.of(),
                coverage(members.size(), filter));
    }

    /**
     * Month by month per competency: the mean level the month's assessed evidence showed. With a module:
     * the same mean in the three months before and after each person was assigned it.
     */
    @Transactional(readOnly = true)
    public TrendReport trends(ReportFilter filter) {
        return timed("trends", () -> computeTrends(filter));
    }

    private TrendReport computeTrends(ReportFilter filter) {
        var columns = columns();
        var index = index(columns);
        var members = queries.members(filter);
        var current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        var to = filter.to() == null || filter.to().isAfter(current) ? current : filter.to();
        var from = filter.from() == null ? to.minusMonths(TREND_MONTHS - 1L) : filter.from();
        var months = ReportQueries.months(from, to);
        var monthIndex = new HashMap<String, Integer>();
        months.forEach(m -> monthIndex.put(m, monthIndex.size()));
        long[][] weight = new long[columns.size()][months.size()];
        long[][] level = new long[columns.size()][months.size()];
        // One row per trainee, competency and month: counting rows counts people.
        int[][] who = new int[columns.size()][months.size()];
        // With a module, every month of its assignees is needed for before/after, not just the period's.
        var assignedMonth = new HashMap<Long, YearMonth>();
        if (filter.module() != null) {
            queries.assignments(filter, null)
                    .forEach(a -> assignedMonth.put(
                            a.trainee(), YearMonth.from(a.assignedAt().atOffset(ZoneOffset.UTC))));
        }
        var before = new long[columns.size()][2];
        var after = new long[columns.size()][2];
        @SuppressWarnings("unchecked")
        Set<Long>[][] beforeAfterPeople = new Set[columns.size()][2];
        queries.totals(
                filter,
                filter.module() == null ? from : null,
                filter.module() == null ? to : YearMonth.of(9999, 12),
                t -> {
                    var c = index.get(t.competency());
                    if (c == null
                            || !members.containsKey(t.trainee())
                            || t.period().equals("all")) {
                        return;
                    }
                    var m = monthIndex.get(t.period());
                    if (m != null) {
                        weight[c][m] += t.weightUnits();
                        level[c][m] += t.levelUnits();
                        who[c][m]++;
                    }
                    var assigned = assignedMonth.get(t.trainee());
                    if (assigned != null) {
                        var month = YearMonth.parse(t.period());
                        long distance = ChronoUnit.MONTHS.between(assigned, month);
                        if (distance < 0 && distance >= -BEFORE_AFTER_MONTHS) {
                            before[c][0] += t.weightUnits();
                            before[c][1] += t.levelUnits();
                            set(beforeAfterPeople, c, 0).add(t.trainee());
                        } else if (distance > 0 && distance <= BEFORE_AFTER_MONTHS) {
                            after[c][0] += t.weightUnits();
                            after[c][1] += t.levelUnits();
                            set(beforeAfterPeople, c, 1).add(t.trainee());
                        }
                    }
                });
        // Without a chosen period, months before the first evidence would only push the recent ones
        // off the screen: the trend starts at the first month with data (or shows the current month).
        int first = 0;
        if (filter.from() == null) {
            first = months.size() - 1;
            for (int m = 0; m < months.size(); m++) {
                int month = m;
                if (java.util.stream.IntStream.range(0, columns.size()).anyMatch(c -> who[c][month] > 0)) {
                    first = m;
                    break;
                }
            }
        }
        var series = new ArrayList<TrendReport.Series>();
        for (int c = 0; c < columns.size(); c++) {
            var means = new ArrayList<@Nullable Double>();
            var counts = new ArrayList<Integer>();
            for (int m = first; m < months.size(); m++) {
                int n = who[c][m];
                counts.add(n);
                means.add(n == 0 || !privacy.shows(n) ? null : (double) level[c][m] / weight[c][m]);
            }
            series.add(new TrendReport.Series(columns.get(c), means, counts));
        }
        TrendReport.BeforeAfter beforeAfter = null;
        if (filter.module() != null) {
            var module = modules().get(filter.module());
            var changes = new ArrayList<TrendReport.Change>();
            for (int c = 0; c < columns.size(); c++) {
                var code = new CompetencyCode(columns.get(c).code());
                if (module != null && !module.definition().competencies().contains(code)) {
                    continue;
                }
                int nBefore = beforeAfterPeople[c][0] == null ? 0 : beforeAfterPeople[c][0].size();
                int nAfter = beforeAfterPeople[c][1] == null ? 0 : beforeAfterPeople[c][1].size();
                changes.add(new TrendReport.Change(
                        columns.get(c),
                        nBefore == 0 || !privacy.shows(nBefore) ? null : (double) before[c][1] / before[c][0],
                        nBefore,
                        nAfter == 0 || !privacy.shows(nAfter) ? null : (double) after[c][1] / after[c][0],
                        nAfter));
            }
            beforeAfter = new TrendReport.BeforeAfter(
                    filter.module(),
                    module == null
                            ? LocalizedText.english(filter.module())
                            : module.definition().title(),
                    assignedMonth.size(),
                    changes);
        }
        var shown = months.subList(first, months.size()).stream()
                .map(YearMonth::parse)
                .toList();
        return new TrendReport(
                shown,
                series,
                beforeAfter,
                new Coverage(
                        members.size(),
                        shown.getFirst(),
                        to,
                        clock.instant(),
                        privacy.minimumGroupSize(),
                        privacy.seesIndividuals()));
    }

    /** Report times as {@code orienta.report}, tagged by report (docs/performance.md, P4). */
    private <T> T timed(String report, java.util.function.Supplier<T> work) {
        return io.micrometer.core.instrument.Timer.builder("orienta.report")
                .description("Time to compute an HR report")
                .tag("report", report)
                .publishPercentileHistogram()
                .register(registry)
                .record(work);
    }

    private static Set<Long> set(Set<Long>[][] sets, int a, int b) {
        if (sets[a][b] == null) {
            sets[a][b] = new HashSet<>();
        }
        return sets[a][b];
    }

    // --- shared steps -------------------------------------------------------------------------------

    private List<CompetencyColumn> columns() {
        return competencies.framework().competencies().stream()
                .map(c -> new CompetencyColumn(c.code().value(), c.name()))
                .toList();
    }

    private static Map<String, Integer> index(List<CompetencyColumn> columns) {
        var index = new HashMap<String, Integer>();
        columns.forEach(c -> index.put(c.code(), index.size()));
        return index;
    }

    /** Each member's weight and level totals per competency: {@code [w0, l0, w1, l1, ...]}. */
    private Map<Long, long[]> sums(
            ReportFilter filter, Map<Long, ReportQueries.Member> members, List<CompetencyColumn> columns) {
        var index = index(columns);
        var sums = new HashMap<Long, long[]>();
        queries.totals(filter, filter.from(), filter.to(), t -> {
            var c = index.get(t.competency());
            if (c == null || !members.containsKey(t.trainee())) {
                return;
            }
            var a = sums.computeIfAbsent(t.trainee(), k -> new long[2 * columns.size()]);
            a[2 * c] += t.weightUnits();
            a[2 * c + 1] += t.levelUnits();
        });
        return sums;
    }

    /** Levels as they stood at the end of the period, or now. */
    private LevelRule rule(ReportFilter filter) {
        var now = clock.instant();
        if (filter.to() == null) {
            return proficiency.levelRule(now);
        }
        var end = filter.to().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return proficiency.levelRule(end.isBefore(now) ? end : now);
    }

    private static LevelCell[] empty(int size) {
        var cells = new LevelCell[size];
        java.util.Arrays.fill(cells, LevelCell.EMPTY);
        return cells;
    }

    /** Adds one member to two rows of cells; returns the member's levels. */
    private static List<@Nullable Integer> add(
            LevelCell[] cells,
            LevelCell[] total,
            long @Nullable [] sums,
            ReportQueries.Member member,
            List<CompetencyColumn> columns,
            LevelRule rule,
            Map<Long, Map<String, Integer>> targets) {
        var levels = new ArrayList<@Nullable Integer>();
        for (int c = 0; c < columns.size(); c++) {
            Integer level = sums == null ? null : rule.level(sums[2 * c], sums[2 * c + 1]);
            int target = target(targets, member, columns.get(c).code());
            cells[c] = cells[c].add(level, target);
            total[c] = total[c].add(level, target);
            levels.add(level);
        }
        return levels;
    }

    /** The job role's target; a role without any targets (or no role) uses the default for all. */
    private static int target(Map<Long, Map<String, Integer>> targets, ReportQueries.Member member, String code) {
        var role = member.jobRole() == null ? null : targets.get(member.jobRole());
        return role == null ? TargetProfile.DEFAULT_TARGET : role.getOrDefault(code, TargetProfile.DEFAULT_TARGET);
    }

    private MatrixRow row(@Nullable DepartmentId department, String name, int members, LevelCell[] cells) {
        return row(department, name, members, cells, false);
    }

    private MatrixRow row(
            @Nullable DepartmentId department, String name, int members, LevelCell[] cells, boolean total) {
        boolean rowHidden = !privacy.shows(members);
        var shown = new ArrayList<LevelCell>();
        for (var cell : cells) {
            shown.add(cell.hide(rowHidden || !privacy.shows(cell.withLevel())));
        }
        return new MatrixRow(department, name, members, shown, rowHidden, total);
    }

    private CompletionReport.Row completionRow(String department, String module, LocalizedText title, int[] c) {
        return new CompletionReport.Row(
                department,
                module,
                title,
                c[0],
                c[1 + ModuleStatus.COMPLETED.ordinal()],
                c[1 + ModuleStatus.IN_PROGRESS.ordinal()],
                c[1 + ModuleStatus.NOT_STARTED.ordinal()],
                c[1 + ModuleStatus.OVERDUE.ordinal()],
                !privacy.shows(c[0]));
    }

    private Coverage coverage(int members, ReportFilter filter) {
        return new Coverage(
                members,
                filter.from(),
                filter.to(),
                clock.instant(),
                privacy.minimumGroupSize(),
                privacy.seesIndividuals());
    }

    private Map<String, ModuleSummary> modules() {
        var modules = new HashMap<String, ModuleSummary>();
        curriculum.publishedModules().forEach(m -> modules.put(m.key(), m));
        return modules;
    }

    /** An assignment counts in a period when it is due in it (or, without a due date, was assigned in it). */
    private static boolean inPeriod(ReportQueries.AssignmentFact assignment, ReportFilter filter) {
        if (!filter.hasPeriod()) {
            return true;
        }
        var month = assignment.due() != null
                ? YearMonth.from(assignment.due())
                : YearMonth.from(assignment.assignedAt().atOffset(ZoneOffset.UTC));
        return (filter.from() == null || !month.isBefore(filter.from()))
                && (filter.to() == null || !month.isAfter(filter.to()));
    }

    private record State(ModuleStatus status, int completed, int items) {}

    /**
     * The module's status for one assignment, by the rule My training uses: an item is completed by a
     * finished assessed attempt; for a refresher only attempts since it was last assigned count. The
     * attempts are assessed ones only, so practising never makes a module look started to HR.
     */
    private static State state(
            ModuleSummary module,
            Set<ItemRef> published,
            ReportQueries.AssignmentFact assignment,
            List<ReportQueries.AttemptFact> attempts,
            LocalDate today) {
        var items =
                module.definition().items().stream().filter(published::contains).toList();
        var completed = new HashSet<ItemRef>();
        boolean started = false;
        for (var attempt : attempts) {
            var ref = new ItemRef(attempt.kind(), attempt.key());
            if (!items.contains(ref)
                    || (assignment.refresher() && attempt.lastActivityAt().isBefore(assignment.assignedAt()))) {
                continue;
            }
            started = true;
            if (attempt.status().equals("COMPLETED")) {
                completed.add(ref);
            }
        }
        return new State(
                ModuleStatus.of(items.size(), completed.size(), started, assignment.due(), today),
                completed.size(),
                items.size());
    }
}
