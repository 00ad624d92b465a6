package org.orienta.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.orienta.base.Csv;
import org.orienta.base.SvgCharts;

/**
 * Report files: CSV and XLSX of a table, and a PDF report with its chart. The screen builds the
 * (translated) content; this class only writes formats, so a file always holds the numbers on screen.
 */
public final class ReportFiles {

    private ReportFiles() {}

    /** A table as shown: numbers stay numbers in XLSX; null is an empty cell. */
    public record Table(String title, List<String> header, List<List<@Nullable Object>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /**
     * A PDF report: a title, lines stating the date, filters and coverage, a chart, tables, and the
     * explanation of levels.
     */
    public record Report(
            String title,
            List<String> about,
            String chartTitle,
            List<String> chartHeader,
            List<SvgCharts.Bar> bars,
            List<Table> tables,
            List<String> explanation,
            String missingCharactersNote,
            Locale locale) {

        /**
         * @param chartHeader the chart's three column headers: what, level, target
         * @param missingCharactersNote printed at the end when a character could not be shown (as �)
         * @param locale the reader's language, for decimal commas and points as on the screen
         */
        public Report {
            about = List.copyOf(about);
            chartHeader = List.copyOf(chartHeader);
            bars = List.copyOf(bars);
            tables = List.copyOf(tables);
            explanation = List.copyOf(explanation);
        }
    }

    public static byte[] csv(Table table) {
        var rows = new ArrayList<List<String>>();
        table.rows().forEach(row -> rows.add(row.stream().map(ReportFiles::text).toList()));
        return Csv.write(table.header(), rows);
    }

    /**
     * A table under one line that says what it covers (the report's filters, among them the evidence
     * source), so a file passed on still says which evidence its levels count. The column headers follow
     * on the second line.
     */
    public static byte[] csv(Table table, String about) {
        var rows = new ArrayList<List<String>>();
        rows.add(table.header());
        table.rows().forEach(row -> rows.add(row.stream().map(ReportFiles::text).toList()));
        return Csv.write(List.of(about), rows);
    }

    /** An XLSX workbook: the table on its first sheet, what it covers on an "About" sheet. */
    public static byte[] xlsx(Table table, String aboutTitle, List<String> about) {
        var out = new ByteArrayOutputStream();
        try (var workbook = new Workbook(out, "Orienta", "1.0")) {
            var sheet = workbook.newWorksheet(sheetName(table.title()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                var row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    var value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            var info = workbook.newWorksheet(sheetName(aboutTitle));
            info.value(0, 0, table.title());
            info.style(0, 0).bold().set();
            for (int i = 0; i < about.size(); i++) {
                info.value(i + 1, 0, about.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] pdf(Report report) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        var text = new PdfText();
        var title = new Style(text, 16, true, Color.BLACK);
        var heading = new Style(text, 12, true, Color.BLACK);
        var body = new Style(text, 9, false, Color.BLACK);
        var note = new Style(text, 8, false, new Color(0x55, 0x55, 0x55));
        document.add(line(report.title(), title));
        report.about().forEach(line -> document.add(line(line, body)));
        // What the levels mean comes first: at the end it could be left alone on a last page.
        report.explanation().forEach(line -> document.add(line(line, note)));
        document.add(line(" ", body));
        if (!report.bars().isEmpty()) {
            document.add(line(report.chartTitle(), heading));
            document.add(chart(report.chartHeader(), report.bars(), body, report.locale()));
        }
        for (var table : report.tables()) {
            document.add(line(table.title(), heading));
            document.add(table(table, body, report.locale()));
        }
        if (text.hadMissing()) {
            document.add(line(report.missingCharactersNote(), note));
        }
        document.close();
        return out.toByteArray();
    }

    /** How a piece of text is set; the phrase picks a font per script. */
    private record Style(PdfText text, float size, boolean bold, Color color) {

        Phrase phrase(String value) {
            return text.phrase(value, size, bold, color);
        }

        Style emphasised() {
            return new Style(text, size, true, color);
        }
    }

    /**
     * One line of running text, set as a borderless full-width cell: cells run the bidirectional
     * algorithm, so Arabic and Hebrew in a name read right to left, joined, among left-to-right text.
     */
    private static PdfPTable line(String value, Style style) {
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        var cell = cell(value, style);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(style.size() > 10 ? 4 : 1);
        table.addCell(cell);
        return table;
    }

    private static PdfPCell cell(String value, Style style) {
        var cell = new PdfPCell(style.phrase(value));
        cell.setBorder(0);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    /**
     * A level chart drawn as a table: one row per bar, the bar a filled cell whose width is the level,
     * the target named beside it. Tables keep the PDF searchable and need no image library.
     */
    private static PdfPTable chart(List<String> header, List<SvgCharts.Bar> bars, Style font, Locale locale) {
        var table = new PdfPTable(new float[] {30, 50, 20});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        if (header.size() == 3) {
            var bold = font.emphasised();
            header.forEach(h -> {
                var cell = cell(h, bold);
                cell.setBorderWidthBottom(0.5f);
                cell.setBorder(PdfPCell.BOTTOM);
                table.addCell(cell);
            });
            table.setHeaderRows(1);
        }
        for (var bar : bars) {
            table.addCell(cell(bar.label(), font));
            var track = new PdfPTable(100);
            track.setWidthPercentage(100);
            int filled = bar.value() == null ? 0 : (int) Math.round(bar.value() / 4.0 * 100);
            if (filled > 0) {
                var fill =
                        new PdfPCell(new Style(font.text(), 8, false, Color.WHITE).phrase(text(bar.value(), locale)));
                fill.setColspan(filled);
                boolean below = bar.target() != null && bar.value() + 1e-9 < bar.target();
                fill.setBackgroundColor(below ? new Color(0xB4, 0x5F, 0x06) : new Color(0x1A, 0x6B, 0x3C));
                fill.setBorder(0);
                track.addCell(fill);
            }
            if (filled < 100) {
                var rest = new PdfPCell(font.phrase(filled == 0 ? "–" : ""));
                rest.setColspan(100 - filled);
                rest.setBorder(0);
                track.addCell(rest);
            }
            var holder = new PdfPCell(track);
            holder.setBorder(0);
            holder.setPadding(2);
            table.addCell(holder);
            table.addCell(cell(text(bar.target(), locale), font));
        }
        return table;
    }

    private static PdfPTable table(Table data, Style font, Locale locale) {
        var table = new PdfPTable(Math.max(1, data.header().size()));
        if (data.header().size() > 2) {
            // Names and labels come first and need room; figures are short.
            var widths = new float[data.header().size()];
            java.util.Arrays.fill(widths, 1);
            widths[0] = 3.5f;
            widths[1] = 2.5f;
            table.setWidths(widths);
        }
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        var bold = font.emphasised();
        data.header().forEach(h -> {
            var cell = new PdfPCell(bold.phrase(h));
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            table.addCell(cell);
        });
        for (var row : data.rows()) {
            for (var value : row) {
                var cell = new PdfPCell(font.phrase(text(value, locale)));
                cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** A level as reports show it: one decimal, halves up; screen and files show this same number. */
    public static @Nullable Double level(@Nullable Double mean) {
        return mean == null
                ? null
                : java.math.BigDecimal.valueOf(mean)
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
    }

    /** A share as a whole percentage. */
    public static @Nullable Integer percent(@Nullable Double share) {
        return share == null ? null : (int) Math.round(share * 100);
    }

    /**
     * Numbers for a machine (CSV): levels (doubles) with one decimal and a point, whatever the reader's
     * language, so that a spreadsheet or script reads them as numbers; counts plain.
     */
    public static String text(@Nullable Object value) {
        return text(value, Locale.ROOT);
    }

    /** Numbers as the screen shows them in the reader's language: levels with one decimal ("2,6" in hr). */
    public static String text(@Nullable Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(locale, "%.1f", d);
        }
        return value.toString();
    }

    private static String sheetName(String title) {
        // Excel: at most 31 characters, none of []:*?/\
        var name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Sheet" : name.length() > 31 ? name.substring(0, 31) : name;
    }
}
