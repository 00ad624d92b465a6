package org.orienta.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark so Excel picks the encoding).
 * Cells that a spreadsheet would run as a formula (starting with = + - @ tab or carriage return) get a
 * leading apostrophe: exported names and texts stay text (OWASP CSV injection). Apache Commons CSV
 * reads and writes; this class adds what it does not know: the delimiter guess, the line each row
 * starts on, the formula guard and a problem a user can read instead of a parser's exception.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

    /** Commons CSV names the line an unterminated quote opened on only in its message. */
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");

    private static final CSVFormat WRITE = CSVFormat.RFC4180
            .builder()
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private Csv() {}

    /** A record of a CSV file and the line it starts on (1-based; a quoted cell may span lines). */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Reads CSV as spreadsheets and HR systems write it: RFC 4180 quoting, an optional byte-order mark,
     * and the delimiter of the first line (a comma, or a semicolon as European Excel writes). Blank lines
     * are skipped. An unterminated quote is reported with the line it opened on.
     */
    public static List<Row> read(String text) {
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        var first = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = first.chars().filter(c -> c == ';').count()
                        > first.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                // Blank lines are dropped below, so each row's position is its own line, not a blank's.
                .setIgnoreEmptyLines(false)
                // As spreadsheets read "ab"cd: ab followed by cd, rather than an error.
                .setTrailingData(true)
                .get();
        var lineStarts = lineStarts(text);
        var rows = new ArrayList<Row>();
        try (var parser = CSVParser.parse(text, format)) {
            for (var record : parser) {
                var cells = record.toList();
                if (cells.size() > 1 || !cells.getFirst().isBlank()) {
                    rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            var matcher = START_LINE.matcher(String.valueOf(e.getMessage()));
            int line = matcher.find() ? Integer.parseInt(matcher.group(1)) : lineStarts.length;
            throw new InvalidInputException(FieldProblem.of("file", "csv.unterminatedQuote", line));
        }
        return rows;
    }

    /** Where each line begins; a line ends at LF, CRLF or a lone CR, as the parser counts them. */
    private static long[] lineStarts(String text) {
        var starts = new long[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineOf(long[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder(BOM);
        try (var printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(header.stream().map(Csv::cell));
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::cell));
            }
        } catch (IOException e) {
            // A StringBuilder does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The formula guard: a cell a spreadsheet would evaluate gets an apostrophe; a plain number does not. */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+([.,]\\d+)?")) {
            return "'" + value;
        }
        return value;
    }
}
