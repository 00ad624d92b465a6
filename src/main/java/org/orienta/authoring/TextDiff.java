package org.orienta.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference of two file texts (longest common subsequence), the form trainers know from
 * reviewing changes in git: unchanged lines for context, removed lines, added lines.
 */
public final class TextDiff {

    /** Beyond this many cells the table would be too big; such files are shown as replaced whole. */
    private static final long MAX_CELLS = 16_000_000;

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** One line of the difference, with its number in the old and the new text (0 where it has none). */
    public record Line(Kind kind, String text, int oldNumber, int newNumber) {}

    private TextDiff() {}

    public static List<Line> of(String before, String after) {
        var a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        var b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        var lines = new ArrayList<Line>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (int i = 0; i < a.length; i++) {
                lines.add(new Line(Kind.REMOVED, a[i], i + 1, 0));
            }
            for (int j = 0; j < b.length; j++) {
                lines.add(new Line(Kind.ADDED, b[j], 0, j + 1));
            }
            return lines;
        }
        var common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i], i + 1, j + 1));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, a[i], i + 1, 0));
                i++;
            } else {
                lines.add(new Line(Kind.ADDED, b[j], 0, j + 1));
                j++;
            }
        }
        return lines;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
