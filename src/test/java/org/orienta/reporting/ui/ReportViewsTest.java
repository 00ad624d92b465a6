package org.orienta.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.MatrixRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The report pages as ADMIN (who sees individuals here) and HR (aggregates only in the test profile). */
class ReportViewsTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleService people;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    org.orienta.reporting.ReportService reportService;

    long anna;

    @BeforeEach
    void anna_played_tiny_assessed() {
        SignedIn.callAs(users, TestUsers.ADMIN, () -> {
            ProgressFixtures.importTestContent(content);
            return null;
        });
        SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
            return attempts.choose(id, attempts.scenario(id).nextStep(), "warm");
        });
        anna = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.trainees().stream()
                        .filter(t -> t.displayName().startsWith("Anna"))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void the_matrix_lists_departments_with_links_and_exports_and_the_other_tabs_compute_on_demand() {
        UI.getCurrent().navigate("reports");
        var view = find(ReportsView.class).single();

        @SuppressWarnings("unchecked")
        Grid<MatrixRow> grid = find(Grid.class).id("matrix-grid");
        assertThat(test(grid).size()).isGreaterThan(1);
        assertThat(test(grid).getRow(test(grid).size() - 1).total())
                .as("the total comes last")
                .isTrue();
        assertThat(((RouterLink) test(grid).getCellComponent(0, 0)).getHref()).startsWith("reports/departments/");
        assertThat(find(Anchor.class).id("matrix-csv").getHref()).isNotBlank();
        assertThat(find(Anchor.class).id("matrix-xlsx").getHref()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).contains("Levels are advisory");

        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat(find(Grid.class).id("completion-grid")).isNotNull();
        view.tabs.setSelectedIndex(2);
        roundTrip();
        assertThat(find(Grid.class).id("trends-grid")).isNotNull();
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void the_department_chart_describes_its_values_in_words_for_screen_readers() {
        var department = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.trainee(new org.orienta.people.PersonId(anna))
                        .orElseThrow()
                        .department());
        UI.getCurrent().navigate("reports/departments/" + department.value());

        var svg = find(com.vaadin.flow.component.Svg.class)
                .id("department-chart")
                .getElement()
                .getProperty("innerHTML", "");
        var description = svg.substring(svg.indexOf("<desc"), svg.indexOf("</desc>"));
        // Each competency with its value, or a plain "no level yet" where the group is too small to show.
        for (int i = 1; i <= 10; i++) {
            assertThat(description)
                    .containsPattern(
                            "CO" + i + " [^:;]+: (mean level \\d\\.\\d(, mean target \\d\\.\\d)?|no level yet)");
        }
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void a_department_shows_its_people_and_a_person_their_profile_and_the_evidence_behind_a_level() {
        var department = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.trainee(new org.orienta.people.PersonId(anna))
                        .orElseThrow()
                        .department());
        UI.getCurrent().navigate("reports/departments/" + department.value());
        @SuppressWarnings("unchecked")
        Grid<org.orienta.reporting.PersonLevels> grid = find(Grid.class).id("department-people");
        int row = 0;
        while (test(grid).getRow(row).id().value() != anna) {
            row++;
        }
        var link = (RouterLink) test(grid).getCellComponent(row, 0);
        assertThat(link.getText()).startsWith("Anna");
        assertThat(link.getHref()).isEqualTo("reports/people/" + anna);
        assertThat(find(Anchor.class).id("department-pdf").getHref()).isNotBlank();

        UI.getCurrent().navigate("reports/people/" + anna);
        var view = find(PersonReportView.class).single();
        assertThat(view.getPageTitle()).startsWith("Person: Anna");
        var co2 = find(Details.class).id("competency-CO2");
        co2.setOpened(true);
        roundTrip();
        var text = co2.getElement().getTextRecursively();
        assertThat(text)
                .as("the evidence: what Anna said in tiny")
                .contains("A tiny scenario", "They said: “Good morning!”");
        assertThat(find(Grid.class).id("person-attempts")).isNotNull();
        assertThat(find(Anchor.class).all())
                .as("HR cannot open Anna's own attempt page")
                .noneMatch(a -> a.getHref().startsWith("attempt/"));
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void anna_s_practice_runs_appear_neither_on_her_person_page_nor_in_its_csv_xlsx_or_pdf() {
        SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var practice = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.PRACTICE, null);
            attempts.submit(
                    practice,
                    new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(
                            java.util.Map.of("warm", "need", "red", "want", "fast", "need")));
            return attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-mixed"), AttemptMode.PRACTICE, null);
        });

        UI.getCurrent().navigate("reports/people/" + anna);
        var view = find(PersonReportView.class).single();
        @SuppressWarnings("unchecked")
        Grid<org.orienta.reporting.PersonReport.AttemptLine> grid =
                find(Grid.class).id("person-attempts");
        assertThat(test(grid).size()).as("only the assessed run of tiny").isEqualTo(1);
        assertThat(test(grid).getRow(0).kind()).isEqualTo(ItemKind.SCENARIO);

        var report = SignedIn.callAs(
                users, TestUsers.ADMIN, () -> reportService.person(new org.orienta.people.PersonId(anna)));
        var table = view.attemptsTable(report, Integer.MAX_VALUE);
        var csv = org.orienta.reporting.ExportReader.csv(org.orienta.reporting.ReportFiles.csv(table));
        var xlsx = org.orienta.reporting.ExportReader.xlsx(
                org.orienta.reporting.ReportFiles.xlsx(table, "About", java.util.List.of()), 0);
        var pdf = org.orienta.reporting.ExportReader.pdf(
                org.orienta.reporting.ReportFiles.pdf(new org.orienta.reporting.ReportFiles.Report(
                        "Person",
                        java.util.List.of(),
                        "",
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(view.attemptsTable(report, PersonReportView.ATTEMPTS_IN_PDF)),
                        java.util.List.of(),
                        "",
                        java.util.Locale.ENGLISH)));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).getFirst()).isEqualTo("A tiny scenario");
        assertThat(xlsx).hasSize(2);
        assertThat(String.join(" ", csv.get(0)) + pdf).doesNotContain("Needs or wants?", "Every type", "Practice");
        assertThat(pdf).contains("A tiny scenario");
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void hr_without_access_to_individuals_sees_small_groups_hidden_and_no_names() {
        var department = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.trainee(new org.orienta.people.PersonId(anna))
                        .orElseThrow()
                        .department());
        UI.getCurrent().navigate("reports");
        var text = find(ReportsView.class).single().getElement().getTextRecursively();
        assertThat(text).contains("Groups of fewer than 5 people are not shown");

        UI.getCurrent().navigate("reports/departments/" + department.value());
        assertThat(find(DepartmentReportView.class).single().getElement().getTextRecursively())
                .contains("Individual people are not shown to your role");
        assertThat(find(Grid.class).all())
                .noneMatch(g -> "department-people".equals(g.getId().orElse("")));

        UI.getCurrent().navigate("reports/people/" + anna);
        assertThat(find(PersonReportView.class).single().getElement().getTextRecursively())
                .contains("You may not see this report");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void matrix_headers_name_each_competency_and_cells_show_the_target_and_the_verdict_in_words() {
        UI.getCurrent().navigate("reports");

        @SuppressWarnings("unchecked")
        Grid<MatrixRow> grid = find(Grid.class).id("matrix-grid");
        assertThat(grid.getColumns().getFirst().isFrozen()).isTrue();
        var header = grid.getColumns().get(2).getHeaderComponent().getElement();
        var code = header.getChild(0).getTextRecursively();
        var name = header.getChild(1).getTextRecursively();
        assertThat(code).matches("CO\\d+");
        assertThat(name).isNotBlank().isNotEqualTo(code);
        assertThat(header.getAttribute("title")).isEqualTo(code + " " + name);
        // A group of four with a level, mean 2 against a mean target of 3: below, in words and signs.
        var below = ReportParts.cell(
                find(ReportsView.class).single(),
                new org.orienta.reporting.LevelCell(5, 4, 8, 1, 12, false),
                "CO2 Listening",
                "Retail");
        assertThat(below.getElement().getTextRecursively()).contains("2.0", "▼ below 3.0", "25 % · 4");
        assertThat(below.getElement().getAttribute("class")).contains("orienta-gap-below");
        var onTarget = ReportParts.cell(
                find(ReportsView.class).single(),
                new org.orienta.reporting.LevelCell(5, 4, 14, 4, 12, false),
                "CO2 Listening",
                "Retail");
        assertThat(onTarget.getElement().getTextRecursively()).contains("✓ target 3.0");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void trends_start_at_the_first_month_with_evidence_and_keep_the_newest_month_in_view() {
        var report = reportService.trends(org.orienta.reporting.ReportFilter.EVERYONE);
        assertThat(report.months()).containsExactly(java.time.YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC)));

        UI.getCurrent().navigate("reports");
        var view = find(ReportsView.class).single();
        view.tabs.setSelectedIndex(2);
        roundTrip();
        Grid<?> trends = find(Grid.class).id("trends-grid");
        assertThat(trends.getColumns().getLast().isFrozenToEnd()).isTrue();
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void the_evidence_source_is_chosen_in_the_filter_bar_in_the_readers_language_and_kept_in_the_address() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("hr"));
        UI.getCurrent()
                .navigate("reports", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("source", "job")));

        @SuppressWarnings("unchecked")
        ComboBox<EvidenceFilter> source = find(ComboBox.class).id("filter-source");
        assertThat(source.getLabel()).isEqualTo("Izvor dokaza");
        assertThat(source.getPlaceholder()).as("nothing chosen: all evidence").isEqualTo("Svi dokazi");
        assertThat(source.getValue()).as("read from the address").isEqualTo(EvidenceFilter.JOB);
        assertThat(source.getItemLabelGenerator().apply(EvidenceFilter.JOB)).isEqualTo("Opaženo na poslu");
        assertThat(find(ReportsView.class).single().getElement().getTextRecursively())
                .as("the line under the matrix, which its files repeat")
                .contains("Dokazi: Opaženo na poslu");
        assertThat(departmentLink().getHref()).as("a drill-down keeps it").contains("source=job");

        source.setValue(EvidenceFilter.TRAINING);
        roundTrip();

        assertThat(departmentLink().getHref()).contains("source=training").doesNotContain("source=job");
        var view = find(ReportsView.class).single();
        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("completion-source-note")
                        .getText())
                .as("completion says the source does not apply instead of ignoring it")
                .contains("(Obuka)");

        UI.getCurrent()
                .navigate(
                        "reports",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("source", "training")));
        @SuppressWarnings("unchecked")
        ComboBox<EvidenceFilter> again = find(ComboBox.class).id("filter-source");
        assertThat(again.getValue()).as("the address reproduces the view").isEqualTo(EvidenceFilter.TRAINING);
        UI.getCurrent()
                .navigate(
                        "reports",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("source", "no-such-source")));
        @SuppressWarnings("unchecked")
        ComboBox<EvidenceFilter> unknown = find(ComboBox.class).id("filter-source");
        assertThat(unknown.getValue()).as("an unknown source is all evidence").isNull();
    }

    private RouterLink departmentLink() {
        @SuppressWarnings("unchecked")
        Grid<MatrixRow> grid = find(Grid.class).id("matrix-grid");
        return (RouterLink) test(grid).getCellComponent(0, 0);
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void a_persons_page_offers_each_evidence_source_as_a_link_and_its_levels_follow_the_chosen_one() {
        var department = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.trainee(new org.orienta.people.PersonId(anna))
                        .orElseThrow()
                        .department());
        UI.getCurrent()
                .navigate(
                        "reports/departments/" + department.value(),
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("source", "job")));
        @SuppressWarnings("unchecked")
        Grid<org.orienta.reporting.PersonLevels> grid = find(Grid.class).id("department-people");
        int row = 0;
        while (test(grid).getRow(row).id().value() != anna) {
            row++;
        }
        assertThat(((RouterLink) test(grid).getCellComponent(row, 0)).getHref())
                .as("from a department filtered by source, to the person with the same source")
                .isEqualTo("reports/people/" + anna + "?source=job");

        UI.getCurrent()
                .navigate(
                        "reports/people/" + anna,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("source", "job")));

        var chosen = find(RouterLink.class).id("person-source-job");
        assertThat(chosen.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(find(RouterLink.class).id("person-source-all").getHref()).isEqualTo("reports/people/" + anna);
        assertThat(find(RouterLink.class).id("person-source-training").getHref())
                .isEqualTo("reports/people/" + anna + "?source=training");
        assertThat(find(RouterLink.class)
                        .id("person-source-training")
                        .getElement()
                        .getAttribute("aria-current"))
                .isNull();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("person-source-note")
                        .getText())
                .contains("Observed on the job");
        var onTheJob = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> reportService.person(new org.orienta.people.PersonId(anna), EvidenceFilter.JOB));
        var training = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> reportService.person(new org.orienta.people.PersonId(anna), EvidenceFilter.TRAINING));
        assertThat(onTheJob.profile().rows())
                .as("Anna was never observed")
                .allSatisfy(r -> assertThat(r.estimate().count()).isZero());
        assertThat(training.profile().rows())
                .as("her assessed run of tiny is training")
                .anySatisfy(r -> assertThat(r.estimate().count()).isPositive());
    }

    @Test
    void export_file_names_carry_the_name_and_the_date_in_safe_characters() {
        var day = java.time.LocalDate.of(2026, 12, 7);

        assertThat(ReportsView.file("Anna Novák", "pdf", day)).isEqualTo("orienta-anna-novak-2026-12-07.pdf");
        assertThat(ReportsView.file("Retail / Nord: Ålesund", "csv", day))
                .isEqualTo("orienta-retail-nord-alesund-2026-12-07.csv");
        assertThat(ReportsView.file("../..", "pdf", day)).isEqualTo("orienta-report-2026-12-07.pdf");
    }

    @Test
    void a_report_built_before_it_is_shown_states_when_it_was_computed_in_the_reader_s_language() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("hr"));
        var notYetShown = new com.vaadin.flow.component.html.Div();
        var coverage = new org.orienta.reporting.Coverage(
                12, null, null, java.time.Instant.parse("2026-12-07T16:10:00Z"), 5, true);

        var text = ReportParts.coverageText(notYetShown, coverage, "Svi odjeli");

        assertThat(text).contains("pro 2026").doesNotContain("Dec");
    }
}
