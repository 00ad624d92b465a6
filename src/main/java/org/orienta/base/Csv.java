package org.orienta.base;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets read it (RFC 4180, UTF-8 with a byte-order mark so Excel picks the encoding).
 * Cells that a spreadsheet would run as a formula (starting with = + - @ tab or carriage return) get a
 * leading apostrophe: exported names and texts stay text (OWASP CSV injection).
 */
public final class Csv {

    private static final String BOM = "\uFEFF";

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
        var rows = new java.util.ArrayList<Row>();
        var cells = new java.util.ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                if (cells.size() > 1 || !cells.getFirst().isBlank()) {
                    rows.add(new Row(rowLine, cells));
                }
                cells = new java.util.ArrayList<>();
                line++;
                rowLine = line;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException(FieldProblem.of("file", "csv.unterminatedQuote", quoteLine));
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            if (cells.size() > 1 || !cells.getFirst().isBlank()) {
                rows.add(new Row(rowLine, cells));
            }
        }
        return rows;
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        var out = new StringBuilder(BOM);
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        var text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+([.,]\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
