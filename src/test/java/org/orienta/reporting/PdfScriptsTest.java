package org.orienta.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.orienta.base.SvgCharts;

/**
 * Every script Orienta's people write their names in survives into a PDF report: the text extracted
 * from the file holds every character, and every font used is embedded, not borrowed from the reader's
 * machine.
 */
class PdfScriptsTest {

    record Sample(String language, String title, String person, String department) {}

    static Stream<Sample> languages() {
        return Stream.of(
                new Sample("en", "Person: Anna Novak", "Anna Novak", "Retail North"),
                new Sample("hr", "Osoba: Đurđica Šimić-Žagar", "Đurđica Šimić-Žagar", "Prodaja – Čakovec"),
                new Sample("sv", "Person: Åsa Öberg", "Åsa Öberg", "Kundtjänst Malmö"),
                new Sample("pl", "Osoba: Łucja Żółtowska", "Łucja Żółtowska", "Obsługa klienta – Łódź"),
                new Sample("ru", "Сотрудник: Светлана Ёлкина", "Светлана Ёлкина", "Отдел обслуживания"),
                new Sample("th", "บุคคล: สมศรี ใจดี", "สมศรี ใจดี", "ฝ่ายบริการลูกค้า กรุงเทพฯ"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void a_report_in_each_language_keeps_every_character_and_embeds_its_fonts(Sample sample) {
        var bytes = ReportFiles.pdf(report(sample.title(), sample.person(), sample.department()));

        var text = ExportReader.pdf(bytes);

        for (var expected : List.of(sample.title(), sample.person(), sample.department())) {
            assertThat(normalised(text))
                    .as("text of the %s PDF", sample.language())
                    .contains(normalised(expected));
        }
        assertThat(text).doesNotContain(PdfText.MISSING);
        assertThat(fonts(bytes))
                .isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded())
                        .as("font %s is embedded", font.name())
                        .isTrue());
    }

    @Test
    void a_department_named_in_three_scripts_keeps_all_three() {
        var name = "Zagreb – Москва – กรุงเทพฯ";

        var text = ExportReader.pdf(ReportFiles.pdf(report("Department: " + name, "Ivana", name)));

        assertThat(normalised(text)).contains("Zagreb", "Москва", "กรุงเทพฯ");
    }

    @Test
    void names_in_arabic_hebrew_and_emoji_are_printed_not_dropped() {
        var bytes = ReportFiles.pdf(report("Person: Layla ليلى", "Noa נועה", "Front desk 🙂"));

        var text = ExportReader.pdf(bytes);

        assertThat(text).contains("Layla", "Noa", "Front desk");
        assertThat(text).doesNotContain(PdfText.MISSING);
        // Right-to-left letters may be extracted in visual order; what matters is that they are there.
        assertThat(inEitherDirection(text, "ليلى")).isTrue();
        assertThat(inEitherDirection(text, "נועה")).isTrue();
        assertThat(text).contains("🙂");
        assertThat(fonts(bytes))
                .extracting(Font::name)
                .anySatisfy(n -> assertThat(n).contains("NotoEmoji"));
    }

    @Test
    void a_character_no_font_has_is_shown_as_a_box_and_the_report_says_so() {
        var ancient = new String(Character.toChars(0x1343F)); // an Egyptian hieroglyph
        var note = "Characters shown as � could not be printed.";

        var text = ExportReader.pdf(ReportFiles.pdf(report("Person: Ra " + ancient, "Ra", "Museum")));

        assertThat(text).contains("Person: Ra " + PdfText.MISSING, note);
    }

    @Test
    void a_report_whose_characters_all_print_carries_no_missing_character_note() {
        var text = ExportReader.pdf(ReportFiles.pdf(report("Person: Ana", "Ana", "Retail")));

        assertThat(text).doesNotContain("could not be printed");
    }

    @Test
    void a_croatian_report_writes_levels_with_a_decimal_comma_like_its_screen() {
        var report = report("Osoba: Ana", "Ana", "Prodaja");
        var croatian = new ReportFiles.Report(
                report.title(),
                report.about(),
                report.chartTitle(),
                report.chartHeader(),
                report.bars(),
                report.tables(),
                report.explanation(),
                report.missingCharactersNote(),
                java.util.Locale.of("hr"));

        var text = ExportReader.pdf(ReportFiles.pdf(croatian));

        assertThat(text).contains("2,5", "3,0").doesNotContain("2.5");
    }

    private static ReportFiles.Report report(String title, String person, String department) {
        List<List<@Nullable Object>> rows = List.of(List.of(person, department, 2.5));
        return new ReportFiles.Report(
                title,
                List.of(department),
                "Levels",
                List.of("Competency", "Level", "Target"),
                List.of(new SvgCharts.Bar(department, 2.5, 3.0)),
                List.of(new ReportFiles.Table("People", List.of("Name", "Department", "Level"), rows)),
                List.of("Levels are advisory."),
                "Characters shown as � could not be printed.",
                java.util.Locale.ENGLISH);
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    /** Arabic is printed in its joined forms; NFKC maps them back to the letters typed. */
    private static boolean inEitherDirection(String text, String word) {
        var plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return plain.contains(word)
                || plain.contains(new StringBuilder(word).reverse().toString());
    }

    record Font(String name, boolean embedded) {}

    private static List<Font> fonts(byte[] bytes) {
        var result = new ArrayList<Font>();
        try (var document = Loader.loadPDF(bytes)) {
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    boolean embedded = font.isEmbedded()
                            || (font instanceof PDType0Font type0
                                    && type0.getDescendantFont().isEmbedded());
                    result.add(new Font(font.getName(), embedded));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
