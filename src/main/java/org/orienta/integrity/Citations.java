package org.orienta.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.YamlValue;

/**
 * Finds trainee-facing text that cites the authors' sources: file names, line references, or "the
 * article" and "the text", which the trainee never saw. Walks the file's YAML itself, so every text
 * field is covered, including ones added to the format later; only author metadata is skipped.
 */
final class Citations {

    /** Fields trainees never see: author metadata and the machinery of the graph. */
    private static final Set<String> NOT_SHOWN = Set.of(
            "source",
            "sources",
            "shuffle_reason",
            "id",
            "type",
            "when",
            "next",
            "goto",
            "start",
            "outcome",
            "evidence",
            "effects",
            "state",
            "draw",
            "tags",
            "sectors",
            "accepted");

    static final Pattern CITATION = Pattern.compile(
            "\\b[\\w-]+\\.(?:txt|md|pdf|docx?)\\b" // a file: 003_c9a1f1f879450384.txt
                    + "|~\\s?L\\d+(?:\\s?[-–]\\s?L?\\d+)?" // ~L17
                    + "|(?<![\\w-])L\\d+\\s?[-–]\\s?L?\\d+\\b" // L17-19
                    + "|\\bthe\\s(?:(?:original|source|[A-Z][a-z]+)\\s)?(?:article|source)s?\\b"
                    + "|\\bthe\\s(?:(?:original|source|[A-Z][a-z]+)\\s)?texts?\\b(?!\\s(?:message|box|field|you|she|he|they))",
            Pattern.CASE_INSENSITIVE);

    private Citations() {}

    static List<AuditWarning> find(String file, String text, YamlValue document) {
        var warnings = new ArrayList<AuditWarning>();
        var lines = text.split("\r?\n", -1);
        walk(document, file, lines, warnings);
        return warnings;
    }

    private static void walk(YamlValue value, String file, String[] lines, List<AuditWarning> warnings) {
        switch (value) {
            case YamlValue.Mapping mapping ->
                mapping.entries().forEach((key, entry) -> {
                    if (!NOT_SHOWN.contains(key)) {
                        walk(entry.value(), file, lines, warnings);
                    }
                });
            case YamlValue.Sequence sequence -> sequence.items().forEach(item -> walk(item, file, lines, warnings));
            case YamlValue.Scalar scalar -> {
                if (scalar.value() == null || scalar.type() != YamlValue.ScalarType.STRING) {
                    return;
                }
                var matcher = CITATION.matcher(scalar.value());
                while (matcher.find()) {
                    // Case-insensitive for "The article", but a capitalised word must stay a name ("the Polish
                    // article"), not any word ("the whole article" is not matched by [A-Z][a-z]+ in Java's
                    // case-insensitive mode, so check it here).
                    var cited = matcher.group();
                    if (!plausible(cited)) {
                        continue;
                    }
                    warnings.add(new AuditWarning(
                            file,
                            locate(lines, scalar.position(), scalar.value().length(), cited),
                            AuditRule.SOURCE_CITATION,
                            "integrity.sourceCitation",
                            List.of(cited)));
                }
            }
        }
    }

    /** In "the X article", X must be a capitalised name (Polish), "original" or "source". */
    private static boolean plausible(String cited) {
        var words = cited.strip().split("\\s+");
        if (words.length == 3 && words[0].equalsIgnoreCase("the")) {
            var middle = words[1];
            return middle.equalsIgnoreCase("original")
                    || middle.equalsIgnoreCase("source")
                    || Character.isUpperCase(middle.charAt(0));
        }
        return true;
    }

    /**
     * Where the cited words stand in the file: a folded or quoted text may start lines above them, so look
     * for them from the text's first line on; where a line break splits them, the text's own position.
     */
    static Position locate(String[] lines, Position start, int length, String cited) {
        // A text of n characters spans at most about n / 10 lines, even folded narrowly: no further, so the
        // search does not run into the next text.
        int last = Math.min(lines.length, start.line() + length / 10 + 2);
        for (int line = start.line() - 1; line < last; line++) {
            int from = line == start.line() - 1 ? Math.max(0, start.column() - 1) : 0;
            int at = lines[line].indexOf(cited, from);
            if (at >= 0) {
                return new Position(line + 1, at + 1);
            }
        }
        return start;
    }
}
