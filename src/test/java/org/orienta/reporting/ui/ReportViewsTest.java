package org.orienta.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
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
import org.orienta.progress.AttemptMode;
import org.orienta.progress.AttemptService;
import org.orienta.progress.ProgressFixtures;
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
        var view = $(ReportsView.class).single();

        @SuppressWarnings("unchecked")
        Grid<MatrixRow> grid = $(Grid.class).id("matrix-grid");
        assertThat(test(grid).size()).isGreaterThan(1);
        assertThat(test(grid).getRow(test(grid).size() - 1).total())
                .as("the total comes last")
                .isTrue();
        assertThat(((RouterLink) test(grid).getCellComponent(0, 0)).getHref()).startsWith("reports/departments/");
        assertThat($(Anchor.class).id("matrix-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("matrix-xlsx").getHref()).isNotBlank();
        assertThat(view.getElement().getTextRecursively()).contains("Levels are advisory");

        view.tabs.setSelectedIndex(1);
        roundTrip();
        assertThat($(Grid.class).id("completion-grid")).isNotNull();
        view.tabs.setSelectedIndex(2);
        roundTrip();
        assertThat($(Grid.class).id("trends-grid")).isNotNull();
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

        var svg = $(com.vaadin.flow.component.Svg.class)
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
        Grid<org.orienta.reporting.PersonLevels> grid = $(Grid.class).id("department-people");
        int row = 0;
        while (test(grid).getRow(row).id().value() != anna) {
            row++;
        }
        var link = (RouterLink) test(grid).getCellComponent(row, 0);
        assertThat(link.getText()).startsWith("Anna");
        assertThat(link.getHref()).isEqualTo("reports/people/" + anna);
        assertThat($(Anchor.class).id("department-pdf").getHref()).isNotBlank();

        UI.getCurrent().navigate("reports/people/" + anna);
        var view = $(PersonReportView.class).single();
        assertThat(view.getPageTitle()).startsWith("Person: Anna");
        var co2 = $(Details.class).id("competency-CO2");
        co2.setOpened(true);
        roundTrip();
        var text = co2.getElement().getTextRecursively();
        assertThat(text)
                .as("the evidence: what Anna said in tiny")
                .contains("A tiny scenario", "They said: “Good morning!”");
        assertThat($(Grid.class).id("person-attempts")).isNotNull();
        assertThat($(Anchor.class).all())
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
        var view = $(PersonReportView.class).single();
        @SuppressWarnings("unchecked")
        Grid<org.orienta.reporting.PersonReport.AttemptLine> grid =
                $(Grid.class).id("person-attempts");
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
                        java.util.List.of(view.attemptsTable(report, PersonReportView.ATTEMPTS_IN_PDF)),
                        java.util.List.of())));
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
        var text = $(ReportsView.class).single().getElement().getTextRecursively();
        assertThat(text).contains("Groups of fewer than 5 people are not shown");

        UI.getCurrent().navigate("reports/departments/" + department.value());
        assertThat($(DepartmentReportView.class).single().getElement().getTextRecursively())
                .contains("Individual people are not shown to your role");
        assertThat($(Grid.class).all())
                .noneMatch(g -> "department-people".equals(g.getId().orElse("")));

        UI.getCurrent().navigate("reports/people/" + anna);
        assertThat($(PersonReportView.class).single().getElement().getTextRecursively())
                .contains("You may not see this report");
    }
}
