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
