package org.orienta.authoring;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference of two file texts, the form trainers know from reviewing changes in git:
 * unchanged lines for context, removed lines, added lines. java-diff-utils finds the changes (Myers'
 * algorithm, which needs no table of every pair of lines, so large files need no special case); this
 * class numbers the lines for the history dialog.
 */
public final class TextDiff {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the difference, with its number in the old and the new text (0 where it has none). */
    public record Line(Kind kind, String text, int oldNumber, int newNumber) {}

    private TextDiff() {}

    public static List<Line> of(String before, String after) {
        var a = before.isEmpty() ? List.<String>of() : List.of(before.split("\n", -1));
        var b = after.isEmpty() ? List.<String>of() : List.of(after.split("\n", -1));
        var lines = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        for (var delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                lines.add(new Line(Kind.SAME, a.get(i), i + 1, j + 1));
            }
            if (delta.getType() != DeltaType.INSERT) {
                for (var text : delta.getSource().getLines()) {
                    lines.add(new Line(Kind.REMOVED, text, ++i, 0));
                }
            }
            if (delta.getType() != DeltaType.DELETE) {
                for (var text : delta.getTarget().getLines()) {
                    lines.add(new Line(Kind.ADDED, text, 0, ++j));
                }
            }
        }
        for (; i < a.size(); i++, j++) {
            lines.add(new Line(Kind.SAME, a.get(i), i + 1, j + 1));
        }
        return lines;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
