package org.orienta.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.people.DepartmentId;
import org.orienta.people.JobRoleId;
import org.orienta.people.PersonId;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Report figures against a small organisation worked out by hand (the comments show the sums). The
 * test profile lets only ADMIN see individuals, so HR sees aggregates with small groups hidden.
 */
@IntegrationTest
class ReportServiceTest {

    @Autowired
    ReportService reports;

    @Autowired
    ProficiencyService proficiency;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    long alpha;
    long beta;
    long roleT;
    long[] a = new long[6];
    long[] b = new long[3];
    ReportFixture fixture;

    @BeforeEach
    void organisation() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
        fixture = new ReportFixture(dataSource, proficiency.levelRule(clock.instant()));
        alpha = fixture.department("Alpha");
        beta = fixture.department("Beta");
        roleT = fixture.jobRole("Role T");
        long roleU = fixture.jobRole("Role U");
        // Role T: CO1 target 3, CO2 target 2, the rest the default 3. Role U has no targets: 3 everywhere.
        fixture.target(roleT, "CO1", 3);
        fixture.target(roleT, "CO2", 2);
        for (int i = 0; i < 6; i++) {
            a[i] = fixture.trainee("a" + (i + 1), alpha, i < 3 ? roleT : roleU);
        }
        for (int i = 0; i < 3; i++) {
            b[i] = fixture.trainee("b" + (i + 1), beta, roleU);
        }
        // CO1 in Alpha: 4, 3, 2, 3, too little evidence, nothing.
        fixture.level(a[0], "CO1", 4);
        fixture.level(a[1], "CO1", 3);
        fixture.level(a[2], "CO1", 2);
        fixture.level(a[3], "CO1", 3);
        fixture.tooLittle(a[4], "CO1", 4);
        // CO2 in Alpha: 2, 1, 2, 2, 3, nothing.
        fixture.level(a[0], "CO2", 2);
        fixture.level(a[1], "CO2", 1);
        fixture.level(a[2], "CO2", 2);
        fixture.level(a[3], "CO2", 2);
        fixture.level(a[4], "CO2", 3);
        // CO1 in Beta: 2, 2, 1.
        fixture.level(b[0], "CO1", 2);
        fixture.level(b[1], "CO1", 2);
        fixture.level(b[2], "CO1", 1);
    }

    private MatrixRow row(OrgMatrix matrix, long department) {
        return matrix.rows().stream()
                .filter(r -> r.department() != null && r.department().value() == department)
                .findFirst()
                .orElseThrow();
    }

    private static int column(OrgMatrix matrix, String code) {
        return matrix.competencies().stream()
                .map(CompetencyColumn::code)
                .toList()
                .indexOf(code);
    }

    @Test
    void the_matrix_gives_each_department_its_mean_level_share_at_target_and_head_count() {
        var matrix = reports.matrix(ReportFilter.EVERYONE);
        var alphaRow = row(matrix, alpha);
        var co1 = alphaRow.cells().get(column(matrix, "CO1"));
        var co2 = alphaRow.cells().get(column(matrix, "CO2"));

        assertThat(alphaRow.people()).isEqualTo(6);
        // CO1: (4 + 3 + 2 + 3) / 4 = 3.0; targets all 3: a1, a2, a4 reach it = 3 of 4.
        assertThat(co1.withLevel()).isEqualTo(4);
        assertThat(co1.meanLevel()).isEqualTo(3.0);
        assertThat(co1.shareAtTarget()).isEqualTo(0.75);
        assertThat(co1.gap()).isEqualTo(0.0);
        // CO2: (2 + 1 + 2 + 2 + 3) / 5 = 2.0; targets 2, 2, 2, 3, 3 (mean 2.4): a1, a3, a5 reach theirs.
        assertThat(co2.withLevel()).isEqualTo(5);
        assertThat(co2.meanLevel()).isEqualTo(2.0);
        assertThat(co2.shareAtTarget()).isEqualTo(0.6);
        assertThat(co2.gap()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        // Beta CO1: (2 + 2 + 1) / 3 = 1.67, shown as 1.7; nobody at target.
        var betaCo1 = row(matrix, beta).cells().get(column(matrix, "CO1"));
        assertThat(ReportFiles.level(betaCo1.meanLevel())).isEqualTo(1.7);
        assertThat(betaCo1.shareAtTarget()).isEqualTo(0.0);
        // The whole organisation (the demo trainees have no evidence here): (12 + 5) / 7 = 2.43, 3 of 7 at target.
        var total = matrix.total().cells().get(column(matrix, "CO1"));
        assertThat(matrix.total().total()).isTrue();
        assertThat(total.withLevel()).isEqualTo(7);
        assertThat(ReportFiles.level(total.meanLevel())).isEqualTo(2.4);
        assertThat(ReportFiles.percent(total.shareAtTarget())).isEqualTo(43);
        assertThat(matrix.coverage().individualsShown()).isTrue();
    }

    @Test
    void a_job_role_filter_keeps_only_its_people() {
        var matrix = reports.matrix(new ReportFilter(null, new JobRoleId(roleT), null, null, null));

        assertThat(matrix.rows()).extracting(MatrixRow::name).containsExactly("Alpha");
        var co1 = row(matrix, alpha).cells().get(column(matrix, "CO1"));
        // a1, a2, a3: (4 + 3 + 2) / 3 = 3.0.
        assertThat(co1.withLevel()).isEqualTo(3);
        assertThat(co1.meanLevel()).isEqualTo(3.0);
        assertThat(matrix.coverage().people()).isEqualTo(3);
    }

    @Test
    void a_period_counts_only_the_evidence_of_its_months() {
        var month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(2);
        var rule = proficiency.levelRule(clock.instant());
        long plenty = (long) Math.ceil(rule.minimumUnits() * 10);
        fixture.month(a[0], "CO3", month, plenty, 4);
        fixture.month(a[1], "CO3", month, plenty, 2.4);
        fixture.month(a[2], "CO3", month.minusMonths(3), plenty, 1);

        var matrix = reports.matrix(new ReportFilter(new DepartmentId(alpha), null, month, month, null));
        var co3 = row(matrix, alpha).cells().get(column(matrix, "CO3"));

        // Only a1 (4) and a2 (2.4 rounds to 2) count; a3's evidence is before the period.
        assertThat(co3.withLevel()).isEqualTo(2);
        assertThat(co3.meanLevel()).isEqualTo(3.0);
    }

    @Test
    void a_department_lists_its_people_with_their_levels_and_targets() {
        var report = reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE);
        int co1 = report.competencies().stream()
                .map(CompetencyColumn::code)
                .toList()
                .indexOf("CO1");
        int co2 = report.competencies().stream()
                .map(CompetencyColumn::code)
                .toList()
                .indexOf("CO2");

        assertThat(report.people()).hasSize(6);
        var first = report.people().stream()
                .filter(p -> p.id().value() == a[0])
                .findFirst()
                .orElseThrow();
        assertThat(first.levels().get(co1)).isEqualTo(4);
        assertThat(first.targets().get(co2)).isEqualTo(2);
        var fifth = report.people().stream()
                .filter(p -> p.id().value() == a[4])
                .findFirst()
                .orElseThrow();
        assertThat(fifth.levels().get(co1))
                .as("too little evidence shows no level")
                .isNull();
        assertThat(report.summary().cells().get(co1).meanLevel()).isEqualTo(3.0);
    }

    @Test
    void a_persons_report_shows_the_same_levels_as_their_own_profile() {
        var report = reports.person(new PersonId(a[0]));

        var co1 = report.profile().rows().stream()
                .filter(r -> r.competency().code().value().equals("CO1"))
                .findFirst()
                .orElseThrow();
        assertThat(co1.estimate().level()).isEqualTo(4);
        assertThat(co1.target()).isEqualTo(3);
        assertThat(report.person().departmentName()).isEqualTo("Alpha");
    }

    private static @org.jspecify.annotations.Nullable Integer level(PersonReport report, String code) {
        return report.profile().rows().stream()
                .filter(r -> r.competency().code().value().equals(code))
                .findFirst()
                .orElseThrow()
                .estimate()
                .level();
    }

    private LevelCell alphaCo1(EvidenceFilter source) {
        var matrix = reports.matrix(ReportFilter.EVERYONE.withSource(source));
        return row(matrix, alpha).cells().get(column(matrix, "CO1"));
    }

    @Test
    void each_evidence_source_counts_only_its_own_evidence_in_the_matrix_a_department_and_a_person() {
        // a1 shows CO1 at 4 in training (from the set-up) and at 2 observed by a manager, as much behind each.
        fixture.observed(a[0], "CO1", "JOB", 2);

        // All: a1 (4w + 2w) / 2w = 3, with a2 3, a3 2, a4 3: 11 / 4.
        assertThat(alphaCo1(EvidenceFilter.ALL).meanLevel()).isEqualTo(2.75);
        assertThat(alphaCo1(EvidenceFilter.ALL).withLevel()).isEqualTo(4);
        // Training: all minus the observed, a1 back at 4: (4 + 3 + 2 + 3) / 4.
        assertThat(alphaCo1(EvidenceFilter.TRAINING).meanLevel()).isEqualTo(3.0);
        assertThat(alphaCo1(EvidenceFilter.TRAINING).withLevel()).isEqualTo(4);
        // On the job (managers and mystery shoppers together) and managers alone: only a1, at 2.
        for (var job : new EvidenceFilter[] {EvidenceFilter.JOB, EvidenceFilter.MANAGERS}) {
            assertThat(alphaCo1(job).withLevel()).as(job.name()).isEqualTo(1);
            assertThat(alphaCo1(job).meanLevel()).as(job.name()).isEqualTo(2.0);
        }
        for (var none : new EvidenceFilter[] {EvidenceFilter.SESSIONS, EvidenceFilter.MYSTERY_SHOPPERS}) {
            assertThat(alphaCo1(none).withLevel()).as(none.name()).isZero();
            assertThat(alphaCo1(none).meanLevel()).as(none.name()).isNull();
            assertThat(alphaCo1(none).people())
                    .as("the people in scope stay the same")
                    .isEqualTo(6);
        }

        var onTheJob =
                reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE.withSource(EvidenceFilter.JOB));
        var training =
                reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE.withSource(EvidenceFilter.TRAINING));
        int co1 = onTheJob.competencies().stream()
                .map(CompetencyColumn::code)
                .toList()
                .indexOf("CO1");
        assertThat(onTheJob.people())
                .filteredOn(p -> p.id().value() == a[0])
                .singleElement()
                .satisfies(p -> assertThat(p.levels().get(co1)).isEqualTo(2));
        assertThat(onTheJob.people())
                .filteredOn(p -> p.id().value() == a[1])
                .singleElement()
                .satisfies(p -> assertThat(p.levels().get(co1)).isNull());
        assertThat(training.people())
                .filteredOn(p -> p.id().value() == a[0])
                .singleElement()
                .satisfies(p -> assertThat(p.levels().get(co1)).isEqualTo(4));

        var person = new PersonId(a[0]);
        assertThat(level(reports.person(person), "CO1")).isEqualTo(3);
        assertThat(level(reports.person(person, EvidenceFilter.TRAINING), "CO1"))
                .isEqualTo(4);
        assertThat(level(reports.person(person, EvidenceFilter.JOB), "CO1")).isEqualTo(2);
        assertThat(level(reports.person(person, EvidenceFilter.MANAGERS), "CO1"))
                .isEqualTo(2);
        assertThat(level(reports.person(person, EvidenceFilter.SESSIONS), "CO1"))
                .isNull();
        assertThat(level(reports.person(person, EvidenceFilter.JOB), "CO2"))
                .as("CO2 has training evidence only")
                .isNull();
        assertThat(level(reports.person(person, EvidenceFilter.TRAINING), "CO2"))
                .isEqualTo(2);
    }

    @Test
    void trends_with_a_source_pool_only_that_sources_evidence_of_each_month() {
        var now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        // This month a1 showed CO1 at 4 in training and at 2 on the job, 1 000 units each; a2 was only
        // observed on the job, at 2.
        fixture.month(a[0], "CO1", now, 1_000, 4);
        fixture.observedMonth(a[0], "CO1", now, "JOB", 1_000, 2);
        fixture.observedMonth(a[1], "CO1", now, "JOB", 1_000, 2);

        // All: (4 000 + 2 000 + 2 000) / 3 000, from 2 people.
        var all = co1Trend(reports.trends(ReportFilter.EVERYONE));
        assertThat(all.means().getLast()).isCloseTo(8 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.people().getLast()).isEqualTo(2);
        // Training: a2's month holds nothing once the observed is taken off, so a2 is not counted.
        var training = co1Trend(reports.trends(ReportFilter.EVERYONE.withSource(EvidenceFilter.TRAINING)));
        assertThat(training.means().getLast()).isEqualTo(4.0);
        assertThat(training.people().getLast()).isEqualTo(1);
        for (var job : new EvidenceFilter[] {EvidenceFilter.JOB, EvidenceFilter.MANAGERS}) {
            var observed = co1Trend(reports.trends(ReportFilter.EVERYONE.withSource(job)));
            assertThat(observed.means().getLast()).as(job.name()).isEqualTo(2.0);
            assertThat(observed.people().getLast()).as(job.name()).isEqualTo(2);
        }
        var sessions = co1Trend(reports.trends(ReportFilter.EVERYONE.withSource(EvidenceFilter.SESSIONS)));
        assertThat(sessions.means().getLast()).isNull();
        assertThat(sessions.people().getLast())
                .as("no one has evidence from sessions")
                .isZero();
    }

    private static TrendReport.Series co1Trend(TrendReport report) {
        return report.series().stream()
                .filter(s -> s.competency().code().equals("CO1"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_source_filter_never_shows_a_group_smaller_than_the_minimum() {
        // Five people of Alpha have a CO2 level from training; one of them was also observed on the job.
        var now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        fixture.observed(a[0], "CO2", "JOB", 3);
        fixture.month(a[0], "CO2", now, 1_000, 2);
        fixture.observedMonth(a[0], "CO2", now, "JOB", 1_000, 3);
        SignedIn.as(users, TestUsers.HR);

        var all = reports.matrix(ReportFilter.EVERYONE);
        var training = reports.matrix(ReportFilter.EVERYONE.withSource(EvidenceFilter.TRAINING));
        var job = reports.matrix(ReportFilter.EVERYONE.withSource(EvidenceFilter.JOB));

        int co2 = column(all, "CO2");
        assertThat(row(all, alpha).cells().get(co2).hidden())
                .as("5 people with a level")
                .isFalse();
        assertThat(row(training, alpha).cells().get(co2).hidden())
                .as("the same 5 from training")
                .isFalse();
        assertThat(row(training, alpha).cells().get(co2).meanLevel()).isEqualTo(2.0);
        var observed = row(job, alpha);
        assertThat(observed.hidden()).as("Alpha still has 6 people").isFalse();
        assertThat(observed.cells().get(co2).hidden())
                .as("1 person observed < 5")
                .isTrue();
        assertThat(observed.cells().get(co2).meanLevel()).isNull();
        assertThat(job.total().cells().get(co2).meanLevel())
                .as("nor does the organisation's total give the one person away")
                .isNull();
        assertThat(reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE.withSource(EvidenceFilter.JOB))
                        .summary()
                        .cells()
                        .get(co2)
                        .meanLevel())
                .isNull();
        var trend = reports.trends(ReportFilter.EVERYONE.withSource(EvidenceFilter.JOB)).series().stream()
                .filter(s -> s.competency().code().equals("CO2"))
                .findFirst()
                .orElseThrow();
        assertThat(trend.means()).allSatisfy(m -> assertThat(m).isNull());
        assertThatThrownBy(() -> reports.person(new PersonId(a[0]), EvidenceFilter.JOB))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proficiency.profileOf(
                        new PersonId(a[0]), java.util.EnumSet.of(org.orienta.progress.proficiency.EvidenceOrigin.JOB)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void completion_counts_each_status_by_department_and_module_and_names_who_is_overdue() {
        var today = LocalDate.now(clock);
        var assigned = clock.instant().minus(60, ChronoUnit.DAYS);
        // a1 completed every item of "basics"; a2 is past due without a start; a3 started; a4 not started.
        fixture.assign(a[0], "basics", today.minusDays(5), assigned);
        for (var item : new String[][] {
            {"SCENARIO", "tiny"}, {"EXERCISE", "sx-classify"}, {"EXERCISE", "sx-calculate"}, {"QUIZ", "quiz-mixed"}
        }) {
            fixture.attempt(a[0], item[0], item[1], true, "COMPLETED");
        }
        fixture.assign(a[1], "basics", today.minusDays(5), assigned);
        fixture.assign(a[2], "basics", today.plusDays(10), assigned);
        fixture.attempt(a[2], "SCENARIO", "tiny", true, "IN_PROGRESS");
        fixture.assign(a[3], "basics", today.plusDays(10), assigned);
        fixture.assign(a[4], "basics", today.plusDays(10), assigned);

        var report = reports.completion(ReportFilter.EVERYONE.withDepartment(new DepartmentId(alpha)));

        assertThat(report.rows()).hasSize(1);
        var row = report.rows().getFirst();
        assertThat(row.department()).isEqualTo("Alpha");
        assertThat(row.assigned()).isEqualTo(5);
        assertThat(row.completed()).isEqualTo(1);
        assertThat(row.overdue()).isEqualTo(1);
        assertThat(row.inProgress()).isEqualTo(1);
        assertThat(row.notStarted()).isEqualTo(2);
        assertThat(report.overdue()).singleElement().satisfies(o -> {
            assertThat(o.person().value()).isEqualTo(a[1]);
            assertThat(o.daysOverdue()).isEqualTo(5);
            assertThat(o.items()).isEqualTo(4);
        });
        var person = reports.person(new PersonId(a[0]));
        assertThat(person.assignments())
                .singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(ModuleStatus.COMPLETED));
    }

    @Test
    void practice_runs_never_start_or_complete_a_module_in_the_completion_report() {
        var today = LocalDate.now(clock);
        var assigned = clock.instant().minus(60, ChronoUnit.DAYS);
        // a1 practised every item of "basics" to the end, a2 practised one item halfway: both still not started.
        fixture.assign(a[0], "basics", today.plusDays(10), assigned);
        fixture.assign(a[1], "basics", today.plusDays(10), assigned);
        for (var item : BASICS) {
            fixture.attempt(a[0], item[0], item[1], false, "COMPLETED");
        }
        fixture.attempt(a[1], "SCENARIO", "tiny", false, "IN_PROGRESS");

        var report = reports.completion(ReportFilter.EVERYONE.withDepartment(new DepartmentId(alpha)));

        var row = report.rows().getFirst();
        assertThat(row.assigned()).isEqualTo(2);
        assertThat(row.completed()).isZero();
        assertThat(row.inProgress()).isZero();
        assertThat(row.notStarted()).isEqualTo(2);
        assertThat(reports.person(new PersonId(a[0])).assignments())
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.status()).isEqualTo(ModuleStatus.NOT_STARTED);
                    assertThat(x.completed()).isZero();
                });
    }

    @Test
    void a_persons_report_lists_only_assessed_attempts_never_practice() {
        fixture.attempt(a[0], "SCENARIO", "tiny", true, "COMPLETED");
        for (var item : BASICS) {
            fixture.attempt(a[0], item[0], item[1], false, "COMPLETED");
        }
        fixture.attempt(a[0], "QUIZ", "quiz-mixed", false, "IN_PROGRESS");

        var report = reports.person(new PersonId(a[0]));

        assertThat(report.attempts())
                .as("one assessed run; five practice runs stay the trainee's own")
                .singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(org.orienta.base.ItemKind.SCENARIO));
    }

    private static final String[][] BASICS = {
        {"SCENARIO", "tiny"}, {"EXERCISE", "sx-classify"}, {"EXERCISE", "sx-calculate"}, {"QUIZ", "quiz-mixed"}
    };

    @Test
    void trends_pool_each_months_evidence_and_compare_before_and_after_an_assignment() {
        var now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        var assignedMonth = now.minusMonths(4);
        for (int i = 0; i < 6; i++) {
            fixture.assign(
                    a[i],
                    "basics",
                    LocalDate.now(clock),
                    assignedMonth.atDay(10).atStartOfDay().toInstant(ZoneOffset.UTC));
            // Before: level 2 evidence two months earlier; after: level 3 evidence two months later (CO2).
            fixture.month(a[i], "CO2", assignedMonth.minusMonths(2), 1_000, 2);
            // a1 also has twice that weight at level 4 in the later month: 3 000 units at a mean of 11/3.
            fixture.month(a[i], "CO2", assignedMonth.plusMonths(2), i == 0 ? 3_000 : 1_000, i == 0 ? 11 / 3.0 : 3);
        }

        var report = reports.trends(new ReportFilter(new DepartmentId(alpha), null, null, null, "basics"));
        var co2 = report.series().stream()
                .filter(s -> s.competency().code().equals("CO2"))
                .findFirst()
                .orElseThrow();
        int later = report.months().indexOf(assignedMonth.plusMonths(2));

        // 6 000 units at 3 and 2 000 at 4, pooled by weight: (18 000 + 8 000) / 8 000 = 3.25, from 6 people.
        assertThat(co2.people().get(later)).isEqualTo(6);
        assertThat(co2.means().get(later)).isEqualTo(3.25);
        assertThat(report.beforeAfter()).isNotNull();
        var change = report.beforeAfter().changes().stream()
                .filter(c -> c.competency().code().equals("CO2"))
                .findFirst()
                .orElseThrow();
        assertThat(change.before()).isEqualTo(2.0);
        assertThat(change.after()).isEqualTo(3.25);
        assertThat(change.peopleBefore()).isEqualTo(6);
        assertThat(report.beforeAfter().changes())
                .as("only the module's competencies")
                .hasSize(1);
    }

    @Test
    void hr_sees_groups_smaller_than_the_minimum_hidden_and_no_individuals() {
        SignedIn.as(users, TestUsers.HR);

        var matrix = reports.matrix(ReportFilter.EVERYONE);

        var betaRow = row(matrix, beta);
        assertThat(betaRow.hidden()).as("3 people < 5").isTrue();
        assertThat(betaRow.cells()).allSatisfy(c -> assertThat(c.meanLevel()).isNull());
        var alphaCo1 = row(matrix, alpha).cells().get(column(matrix, "CO1"));
        assertThat(alphaCo1.hidden()).as("only 4 people with a level < 5").isTrue();
        var alphaCo2 = row(matrix, alpha).cells().get(column(matrix, "CO2"));
        assertThat(alphaCo2.hidden()).as("5 people with a level").isFalse();
        assertThat(alphaCo2.meanLevel()).isEqualTo(2.0);
        assertThat(matrix.coverage().individualsShown()).isFalse();
        assertThat(reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE)
                        .people())
                .isEmpty();
        assertThatThrownBy(() -> reports.person(new PersonId(a[0]))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proficiency.profileOf(new PersonId(a[0]))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_hr_and_admin_may_read_reports() {
        for (var who : new String[] {TestUsers.TRAINEE, TestUsers.TRAINER}) {
            SignedIn.as(users, who);
            assertThatThrownBy(() -> reports.matrix(ReportFilter.EVERYONE))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.completion(ReportFilter.EVERYONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.trends(ReportFilter.EVERYONE)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.department(new DepartmentId(alpha), ReportFilter.EVERYONE))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.person(new PersonId(a[0]))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> proficiency.profileOf(new PersonId(a[0])))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(users, TestUsers.HR);
        assertThat(reports.matrix(ReportFilter.EVERYONE).rows()).isNotEmpty();
    }

    @Autowired
    org.orienta.audit.AuditService audit;

    @Test
    void an_export_is_kept_in_the_audit_trail_with_its_format_and_filters() {
        SignedIn.as(users, TestUsers.HR);
        reports.recordExport("Organisation matrix", "xlsx", "All departments · Role T");
        Committed.asIfCommitted();

        SignedIn.as(users, TestUsers.ADMIN);
        var entries = audit.search(new org.orienta.audit.AuditFilter(
                java.time.Instant.EPOCH,
                java.time.Instant.parse("2999-01-01T00:00:00Z"),
                java.util.Set.of(org.orienta.audit.AuditAction.REPORT_EXPORTED),
                TestUsers.HR,
                ""));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.target()).isEqualTo("Organisation matrix");
            assertThat(e.detail()).isEqualTo("xlsx; All departments · Role T");
        });
    }

    @Test
    void a_reversed_period_is_refused_with_the_field_named() {
        var now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        assertThatThrownBy(() -> new ReportFilter(null, null, now, now.minusMonths(1), null))
                .isInstanceOf(org.orienta.base.InvalidInputException.class)
                .satisfies(e -> assertThat(((org.orienta.base.InvalidInputException) e)
                                .problems()
                                .getFirst()
                                .field())
                        .isEqualTo("to"));
    }
}
