package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

/**
 * The global stylesheet is appended to by several features at once; a merge once dropped a closing brace,
 * which made every later rule a nested rule of the one left open and silently unstyled those pages.
 */
class StylesheetTest {

    @Test
    void every_rule_of_the_global_stylesheet_is_closed_and_only_at_rules_hold_other_rules() throws Exception {
        var css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        var open = new ArrayDeque<String>();
        int line = 1;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                var selector = css.substring(start, i).strip();
                if (!open.isEmpty()) {
                    assertThat(open.peek())
                            .as("'%s' opens inside '%s' (line %d): a brace left open?", selector, open.peek(), line)
                            .startsWith("@");
                }
                open.push(selector);
                start = i + 1;
            } else if (c == '}') {
                assertThat(open)
                        .as("a closing brace without its opening one, line %d", line)
                        .isNotEmpty();
                open.pop();
                start = i + 1;
            } else if (c == ';') {
                start = i + 1;
            }
        }
        assertThat(open).as("rules left open at the end").isEmpty();
    }
}
