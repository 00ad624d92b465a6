package org.orienta.tools;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.ItemCatalogue;
import org.orienta.progress.proficiency.ProficiencyService;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.ReportFilter;
import org.orienta.reporting.ReportService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -jar orienta.jar benchmark reports [trainees]}: generates an organisation (10,000 trainees
 * in 40 departments, about 1,000,000 steps over two years) and prints each report's time: two warm-up
 * runs, then the median and 95th percentile of twenty (P4: matrix <= 300 ms, a department or a person
 * <= 50 ms on H2). Runs as an administrator, who sees individuals, so nothing is hidden.
 */
@CommandBean
class ReportBenchmark implements ApplicationCommand {

    static final int WARM_UP = 2;
    static final int RUNS = 20;

    private final OrganisationGenerator generator;
    private final ReportService reports;
    private final ProficiencyService proficiency;
    private final ItemCatalogue items;
    private final JdbcClient jdbc;

    ReportBenchmark(
            OrganisationGenerator generator,
            ReportService reports,
            ProficiencyService proficiency,
            ItemCatalogue items,
            DataSource dataSource) {
        this.generator = generator;
        this.reports = reports;
        this.proficiency = proficiency;
        this.items = items;
        // Read-only: which department and person to time, and how many steps the reports read.
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public int run(java.util.List<String> arguments, PrintStream out) {
        int trainees = Arguments.count(arguments, 0, 10_000);
        long generated = generator.generated();
        if (generated == 0) {
            out.printf("Generating %,d trainees in 40 departments, two years of history...%n", trainees);
            var summary = generator.generate(trainees, out);
            out.printf(
                    "Generated %,d trainees, %,d attempts, %,d steps, %,d pieces of evidence, %,d standings, %,d "
                            + "assignments in %,d s%n",
                    summary.trainees(),
                    summary.attempts(),
                    summary.steps(),
                    summary.evidence(),
                    summary.standings(),
                    summary.assignments(),
                    summary.millis() / 1000);
        } else {
            // ORIENTA_DB_URL pointing at a database generated before: measure it as it is.
            out.printf("Using the %,d generated trainees already in the database%n", generated);
        }
        long steps =
                jdbc.sql("select count(*) from attempt_step").query(Long.class).single();
        // A typical department and a person in it with a full history.
        long department = jdbc.sql("select department_id from person where username = ?")
                .param(OrganisationGenerator.USERNAME_PREFIX + "00001")
                .query(Long.class)
                .single();
        long person = jdbc.sql("select id from person where username = ?")
                .param(OrganisationGenerator.USERNAME_PREFIX + "00001")
                .query(Long.class)
                .single();
        var now = YearMonth.now(ZoneOffset.UTC);
        var lastSixMonths = new ReportFilter(null, null, now.minusMonths(5), now, null);
        out.printf("%nReport times on %,d steps (ms; %d warm-up runs, then %d):%n", steps, WARM_UP, RUNS);
        out.printf("%-44s %8s %8s %8s%n", "report", "p50", "p95", "max");
        SystemAuthentication.call(() -> {
            time(out, "organisation matrix (all time)", () -> reports.matrix(ReportFilter.EVERYONE));
            time(out, "organisation matrix (last 6 months)", () -> reports.matrix(lastSixMonths));
            time(
                    out,
                    "organisation matrix (training only)",
                    () -> reports.matrix(ReportFilter.EVERYONE.withSource(EvidenceFilter.TRAINING)));
            time(
                    out,
                    "organisation matrix (observed on the job)",
                    () -> reports.matrix(ReportFilter.EVERYONE.withSource(EvidenceFilter.JOB)));
            time(
                    out,
                    "one department (people by competencies)",
                    () -> reports.department(new DepartmentId(department), ReportFilter.EVERYONE));
            time(out, "one person (profile, assignments, attempts)", () -> reports.person(new PersonId(person)));
            time(out, "  of which: the profile", () -> proficiency.profileOf(new PersonId(person)));
            time(out, "  of which: the item catalogue", items::published);
            time(out, "completion (all assignments)", () -> reports.completion(ReportFilter.EVERYONE));
            time(
                    out,
                    "completion (one department)",
                    () -> reports.completion(ReportFilter.EVERYONE.withDepartment(new DepartmentId(department))));
            time(out, "trends (organisation, 12 months)", () -> reports.trends(ReportFilter.EVERYONE));
            time(
                    out,
                    "trends (one department, 12 months)",
                    () -> reports.trends(ReportFilter.EVERYONE.withDepartment(new DepartmentId(department))));
            return null;
        });
        return 0;
    }

    private static void time(PrintStream out, String name, Supplier<?> report) {
        for (int i = 0; i < WARM_UP; i++) {
            report.get();
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            report.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        var sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(
                Locale.ROOT,
                "%-44s %8.1f %8.1f %8.1f%n",
                name,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
