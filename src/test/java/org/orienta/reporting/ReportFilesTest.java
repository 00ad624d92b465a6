package org.orienta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.SvgCharts;

class ReportFilesTest {

    private static final ReportFiles.Table TABLE = new ReportFiles.Table(
            "Organisation matrix",
            List.of("Department", "People", "CO1 mean level", "CO1 % at target"),
            List.of(
                    Arrays.asList("Retail, \"North\"", 12, 2.6, 58),
                    Arrays.asList("=cmd|' /C calc'!A0", 3, null, null)));

    @Test
    void csv_keeps_the_header_the_numbers_as_shown_and_quotes_what_needs_quoting() {
        var rows = ExportReader.csv(ReportFiles.csv(TABLE));

        assertThat(rows.getFirst()).containsExactly("Department", "People", "CO1 mean level", "CO1 % at target");
        assertThat(rows.get(1)).containsExactly("Retail, \"North\"", "12", "2.6", "58");
        assertThat(rows.get(2).getFirst()).as("a formula is neutralised").startsWith("'=");
        assertThat(rows.get(2)).endsWith("", "");
    }

    @Test
    void a_csv_export_states_what_it_covers_on_its_first_line_above_the_column_headers() {
        var about = "12 people · All departments · All job roles · All time · Evidence: Observed on the job";

        var rows = ExportReader.csv(ReportFiles.csv(TABLE, about));

        assertThat(rows.getFirst()).containsExactly(about);
        assertThat(rows.get(1)).containsExactly("Department", "People", "CO1 mean level", "CO1 % at target");
        assertThat(rows.get(2)).containsExactly("Retail, \"North\"", "12", "2.6", "58");
    }

    @Test
    void xlsx_opens_with_numbers_as_numbers_and_an_about_sheet() {
        var bytes = ReportFiles.xlsx(TABLE, "About", List.of("12 people · All departments", "Levels are advisory."));

        var rows = ExportReader.xlsx(bytes, 0);
        assertThat(rows.getFirst()).containsExactly("Department", "People", "CO1 mean level", "CO1 % at target");
        assertThat(rows.get(1)).containsExactly("Retail, \"North\"", "12", "2.6", "58");
        var about = ExportReader.xlsx(bytes, 1);
        assertThat(about.stream().map(List::getFirst)).contains("Organisation matrix", "Levels are advisory.");
    }

    @Test
    void a_pdf_report_carries_the_title_the_filters_the_chart_the_table_and_the_explanation() {
        var report = new ReportFiles.Report(
                "Department: Retail North",
                List.of("12 people · computed 2 Dec 2026"),
                "Levels against targets",
                List.of("Competency", "Level (1–4)", "Target"),
                List.of(
                        new SvgCharts.Bar("CO1 Customer focus", 2.6, 3.0),
                        new SvgCharts.Bar("CO2 Listening", null, 3.0)),
                List.of(TABLE),
                List.of("Levels are advisory."),
                "Characters shown as � could not be printed.",
                java.util.Locale.ENGLISH);

        var text = ExportReader.pdf(ReportFiles.pdf(report));

        assertThat(text)
                .contains(
                        "Department: Retail North",
                        "12 people",
                        "Levels against targets",
                        "CO1 Customer focus",
                        "2.6",
                        "3.0",
                        "Organisation matrix",
                        "Retail, \"North\"",
                        "58",
                        "Levels are advisory.");
    }

    @Test
    void the_chart_s_target_column_has_a_header_and_the_explanation_never_stands_alone_on_a_last_page() {
        var rows = new java.util.ArrayList<List<@org.jspecify.annotations.Nullable Object>>();
        for (int i = 1; i <= 45; i++) {
            rows.add(List.of("Person " + i, 2.5));
        }
        var report = new ReportFiles.Report(
                "Person: Anna Novak",
                List.of("computed 2 Dec 2026"),
                "Levels against targets",
                List.of("Competency", "Level (1–4)", "Target"),
                List.of(new SvgCharts.Bar("CO1 Customer focus", 2.6, 3.0)),
                List.of(new ReportFiles.Table("Attempts", List.of("Item", "Score"), rows)),
                List.of("Levels are advisory."),
                "Characters shown as � could not be printed.",
                java.util.Locale.ENGLISH);

        var pages = ExportReader.pdfPages(ReportFiles.pdf(report));

        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.getFirst()).contains("Competency", "Level (1–4)", "Target", "Levels are advisory.");
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Person "));
    }

    @Test
    void levels_round_halves_up_to_one_decimal_like_the_screen() {
        assertThat(ReportFiles.level(2.65)).isEqualTo(2.7);
        assertThat(ReportFiles.level(17 / 7.0)).isEqualTo(2.4);
        assertThat(ReportFiles.text(ReportFiles.level(3.0))).isEqualTo("3.0");
        assertThat(ReportFiles.percent(3 / 7.0)).isEqualTo(43);
    }
}
