package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void rows_carry_the_line_they_start_on_past_blank_lines_and_quoted_line_breaks() {
        var rows = Csv.read("\uFEFFname,note\r\n\r\n   \nAda,\"two\nlines\"\nBen,\"say \"\"hi\"\"\"\n");

        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 4, 6);
        assertThat(rows.get(1).cells()).containsExactly("Ada", "two\nlines");
        assertThat(rows.get(2).cells()).containsExactly("Ben", "say \"hi\"");
    }

    @Test
    void the_first_line_decides_between_comma_and_semicolon() {
        assertThat(Csv.read("a;b;c\n1;2,3").get(1).cells()).containsExactly("1", "2,3");
        assertThat(Csv.read("a,b\n1;2,3").get(1).cells()).containsExactly("1;2", "3");
    }

    @Test
    void an_unterminated_quote_is_reported_with_the_line_it_opened_on() {
        assertThatThrownBy(() -> Csv.read("a,b\nc,\"open\nmore\n"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.messageKey()).isEqualTo("csv.unterminatedQuote");
                            assertThat(p.arguments()).containsExactly(2);
                        }));
    }

    @Test
    void a_written_file_has_a_byte_order_mark_crlf_lines_and_quotes_only_where_needed() {
        var text = new String(
                Csv.write(List.of("name", "note"), List.of(List.of("Ada", "a, b"), List.of("Ben", "say \"hi\""))),
                StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("\uFEFFname,note\r\nAda,\"a, b\"\r\nBen,\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_a_formula_stay_text_and_numbers_stay_numbers() {
        var text = new String(
                Csv.write(
                        List.of("cell"), List.of(List.of("=1+2"), List.of("@SUM(A1)"), List.of("-3.5"), List.of("+x"))),
                StandardCharsets.UTF_8);

        assertThat(Csv.read(text))
                .extracting(r -> r.cells().getFirst())
                .containsExactly("cell", "'=1+2", "'@SUM(A1)", "-3.5", "'+x");
    }

    @Test
    void what_is_written_reads_back_as_it_was() {
        var cells = List.of("plain", "with, comma", "with \"quote\"", "two\r\nlines", " padded ", "");
        var text = new String(Csv.write(List.of("a", "b", "c", "d", "e", "f"), List.of(cells)), StandardCharsets.UTF_8);

        assertThat(Csv.read(text).get(1).cells()).isEqualTo(cells);
    }
}
