package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orienta.authoring.TextDiff.Kind;
import org.orienta.authoring.TextDiff.Line;

class TextDiffTest {

    @Test
    void unchanged_lines_are_context_and_changes_are_removed_then_added_with_their_numbers() {
        var diff = TextDiff.of("id: a\ntitle: Old\nminutes: 5\nend", "id: a\ntitle: New\nminutes: 5\nextra\nend");

        assertThat(diff)
                .containsExactly(
                        new Line(Kind.SAME, "id: a", 1, 1),
                        new Line(Kind.REMOVED, "title: Old", 2, 0),
                        new Line(Kind.ADDED, "title: New", 0, 2),
                        new Line(Kind.SAME, "minutes: 5", 3, 3),
                        new Line(Kind.ADDED, "extra", 0, 4),
                        new Line(Kind.SAME, "end", 4, 5));
        assertThat(TextDiff.changed(diff)).isTrue();
    }

    @Test
    void the_same_text_has_no_changes_and_an_empty_text_is_all_added_or_all_removed() {
        assertThat(TextDiff.changed(TextDiff.of("a\nb", "a\nb"))).isFalse();
        assertThat(TextDiff.of("", "a\nb"))
                .containsExactly(new Line(Kind.ADDED, "a", 0, 1), new Line(Kind.ADDED, "b", 0, 2));
        assertThat(TextDiff.of("a", "")).containsExactly(new Line(Kind.REMOVED, "a", 1, 0));
    }

    @Test
    void large_files_are_compared_line_by_line_too() {
        var before = new StringBuilder();
        var after = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            before.append("line ").append(i).append('\n');
            after.append(i == 2_500 ? "changed" : "line " + i).append('\n');
        }

        assertThat(TextDiff.of(before.toString(), after.toString()))
                .filteredOn(l -> l.kind() != Kind.SAME)
                .containsExactly(
                        new Line(Kind.REMOVED, "line 2500", 2501, 0), new Line(Kind.ADDED, "changed", 0, 2501));
    }
}
