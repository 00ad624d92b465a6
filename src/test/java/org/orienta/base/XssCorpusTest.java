package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every payload of the corpus through every way author- and trainee-written text reaches a page or a
 * file: Markdown (feedback, debriefs, explanations, instructions, descriptions), SVG charts (competency
 * and item names, descriptions), and CSV exports (formula injection). Plain text fields are shown by
 * Vaadin components as text; XssIT proves in a browser that nothing runs.
 */
class XssCorpusTest {

    @Test
    void the_corpus_has_at_least_a_hundred_payloads() {
        assertThat(XssCorpus.payloads()).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
    }

    @Test
    void markdown_renders_every_payload_inert() {
        for (var payload : XssCorpus.payloads()) {
            XssCorpus.assertInert(SafeHtml.fromMarkdown(payload), false, payload);
            XssCorpus.assertInert(
                    SafeHtml.fromMarkdown("Some **text** " + payload + "\n\n- item " + payload), false, payload);
        }
    }

    @Test
    void svg_charts_render_every_payload_as_text() {
        for (var payload : XssCorpus.payloads()) {
            var bars = List.of(new SvgCharts.Bar(payload, 2.0, 3.0), new SvgCharts.Bar("CO2 " + payload, null, 3.0));
            XssCorpus.assertInert(
                    SvgCharts.levelBars("chart", payload, payload, bars, 4, List.of(payload, "2", "3", "4"), payload),
                    true,
                    payload);
            var values = new ArrayList<Double>(List.of(1.0, 2.5));
            XssCorpus.assertInert(SvgCharts.sparkline(payload, values, 4), true, payload);
        }
    }

    @Test
    void csv_exports_never_start_a_cell_with_a_formula() {
        for (var payload : XssCorpus.payloads()) {
            var csv = new String(Csv.write(List.of("name"), List.of(List.of(payload))), StandardCharsets.UTF_8);
            var cell = Csv.read(csv).get(1).cells().getFirst();
            assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+([.,]\\d+)?"))
                    .as("cell %s", cell)
                    .isTrue();
            assertThat(cell).isIn(payload, "'" + payload);
        }
    }
}
