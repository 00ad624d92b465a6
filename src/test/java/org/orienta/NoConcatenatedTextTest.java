package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: no text a person reads is built by gluing translated pieces together with {@code +}. Word
 * order, separators and spacing differ between languages ("{0} · {1}", "{0} : {1}" in French, a Thai
 * sentence has no spaces); a message key with arguments lets each language decide. This scans the
 * source, since a concatenation looks right in English and only reads wrong in the other five.
 */
class NoConcatenatedTextTest {

    private static final Path MAIN = Path.of("src/main/java/org/orienta");

    /** A translated text followed or preceded by {@code +}; and the middle dot glued in by hand. */
    private static final List<Pattern> GLUE = List.of(
            Pattern.compile("\\+\\s*(?:[\\w.()]+\\.)?getTranslation\\("),
            Pattern.compile("(?<![\\w.])\"\\s*·\\s*\"\\s*\\+|\\+\\s*\"\\s*·\\s*\""),
            Pattern.compile(
                    "(?<![\\w.])\"[ ]?[A-Za-z][a-z]+(?: [a-z]+)*\"\\s*\\+\\s*(?:[\\w.()]+\\.)?getTranslation\\("));

    @Test
    void no_view_glues_translated_text_together_with_plus() throws IOException {
        var offences = new ArrayList<String>();
        try (var files = Files.walk(MAIN)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                offences.addAll(find(file, source));
                offences.addAll(findTranslationFollowedByPlus(file, source));
            }
        }

        assertThat(offences).as("use a message key with arguments instead").isEmpty();
    }

    @Test
    void the_scan_finds_the_glue_it_is_meant_to_find() {
        var samples = List.of(
                "var a = getTranslation(\"x\") + \" · \" + n;",
                "var b = who + \" · \" + getTranslation(\"assignments.every\", 3);",
                "var c = owner.getTranslation(\"x\")\n        + getTranslation(\"y\");");
        for (var sample : samples) {
            var found = new ArrayList<String>();
            found.addAll(find(Path.of("Sample.java"), sample));
            found.addAll(findTranslationFollowedByPlus(Path.of("Sample.java"), sample));
            assertThat(found).as(sample).isNotEmpty();
        }
        assertThat(findTranslationFollowedByPlus(
                        Path.of("Ok.java"), "getTranslation(\"item.kind.\" + kind.name(), minutes)"))
                .isEmpty();
    }

    private static List<String> find(Path file, String source) {
        var found = new ArrayList<String>();
        for (var pattern : GLUE) {
            var matcher = pattern.matcher(source);
            while (matcher.find()) {
                found.add(where(file, source, matcher.start()));
            }
        }
        return found;
    }

    /** getTranslation(...) whose closing parenthesis is followed by +, arguments built with + allowed. */
    private static List<String> findTranslationFollowedByPlus(Path file, String source) {
        var found = new ArrayList<String>();
        int from = 0;
        while ((from = source.indexOf("getTranslation(", from)) >= 0) {
            int depth = 0;
            int i = from + "getTranslation".length();
            boolean inString = false;
            for (; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '"' && source.charAt(i - 1) != '\\') {
                    inString = !inString;
                } else if (!inString && c == '(') {
                    depth++;
                } else if (!inString && c == ')' && --depth == 0) {
                    break;
                }
            }
            int next = i + 1;
            while (next < source.length() && Character.isWhitespace(source.charAt(next))) {
                next++;
            }
            if (next < source.length() && source.charAt(next) == '+') {
                found.add(where(file, source, from));
            }
            from = i;
        }
        return found;
    }

    private static String where(Path file, String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return file + ":" + line;
    }
}
