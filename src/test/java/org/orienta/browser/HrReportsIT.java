package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orienta.TestUsers;
import org.orienta.reporting.ExportReader;

/**
 * The demo HR user in the production jar (demo history on): the organisation matrix, a department, a
 * person and the evidence behind a level; the CSV, Excel and PDF files hold the numbers on the screen.
 */
class HrReportsIT {

    @TempDir
    Path dataDir;

    @Test
    void hr_drills_from_the_matrix_to_the_evidence_and_the_exports_hold_the_numbers_on_screen() {
        try (var orienta = new OrientaProcess(dataDir, Map.of("ORIENTA_ADMIN_PASSWORD", "journey operator phrase"));
                var browser = start(orienta)) {
            browser.signIn(TestUsers.HR, TestUsers.DEMO_PASSWORD);
            browser.waitForPath("reports");
            // Computed in the background: the matrix replaces the progress bar when ready.
            browser.find("#matrix-grid");
            var cell = browser.find(".orienta-level-cell[title^='CO2 '][title*=', Retail:'] .orienta-level-value");
            var shown = cell.getText();
            assertThat(shown).as("Retail's CO2 mean level").matches("\\d\\.\\d");
            // The header names the competency; the cell says where the level stands against the target.
            assertThat(browser.text("#matrix-header-CO2")).contains("CO2", "Respectful");
            assertThat(browser.find(".orienta-level-cell[title^='CO2 '][title*=', Retail:'] .orienta-level-target")
                            .getText())
                    .matches("(✓ target|≈ target|▼ below) \\d\\.\\d");
            browser.record("matrix");

            var csv = ExportReader.csv(browser.download("#matrix-csv"));
            // The first line says what the file covers (filters, evidence source); the column headers follow.
            assertThat(csv.getFirst().getFirst()).contains("All departments", "All evidence");
            var header = csv.get(1);
            var retail = csv.stream()
                    .filter(r -> r.getFirst().equals("Retail"))
                    .findFirst()
                    .orElseThrow();
            assertThat(retail.get(header.indexOf("CO2 mean level"))).isEqualTo(shown);
            var xlsx = ExportReader.xlsx(browser.download("#matrix-xlsx"), 0);
            var xlsxRetail = xlsx.stream()
                    .filter(r -> r.getFirst().equals("Retail"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Double.parseDouble(xlsxRetail.get(xlsx.getFirst().indexOf("CO2 mean level"))))
                    .isEqualTo(Double.parseDouble(shown));

            browser.click(browser.all("a[id^=department-]").stream()
                    .filter(a -> a.getText().equals("Retail"))
                    .findFirst()
                    .orElseThrow());
            browser.find("#department-people");
            browser.waitForText("#department-content", "Anna Kowalski");
            browser.record("department");
            var pdf = ExportReader.pdf(browser.download("#department-pdf"));
            assertThat(pdf)
                    .contains(
                            "Department: Retail",
                            "Levels are advisory",
                            "Anna Kowalski",
                            "CO2 Respectful communication");
            var departmentCsv = ExportReader.csv(browser.download("#department-csv"));
            assertThat(departmentCsv.stream().map(List::getFirst)).contains("Anna Kowalski");

            browser.click("a[id^=person-]:not([id=person-department])[href*='reports/people/']");
            browser.find("#profile-chart");
            assertThat(browser.text("#person-where")).contains("Retail");
            browser.click("#competency-CO2 vaadin-details-summary");
            var evidence = browser.find("#competency-CO2 .orienta-evidence-item");
            // A role-play choice reads "They said …", a quiz answer "They answered …": either is what the person did.
            assertThat(evidence.getText()).containsAnyOf("They said", "They answered");
            browser.record("evidence");
            var personPdf = ExportReader.pdf(browser.download("#person-pdf"));
            assertThat(personPdf).contains("Person:", "Levels by competency", "Levels are advisory");
        }
    }

    private static Browser start(OrientaProcess orienta) {
        orienta.start();
        return new Browser(orienta.baseUrl(), "HrReportsIT/drill-down", 1400, 1000);
    }
}
