package org.orienta.integrity;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;

/**
 * {@code java -jar orienta.jar audit [--strict] <folder>}: the assessment-integrity audit of a content
 * folder without starting the server. Prints each warning as file:line:column, then a table of what
 * naive strategies reach per item. Exits with 0 (warnings are advice), with 1 under {@code --strict}
 * when there is any warning or when the content itself has problems, and with 2 on bad usage.
 */
public final class AuditCommand {

    static final String USAGE = "usage: java -jar orienta.jar audit [--strict] <content folder>";

    private AuditCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean strict = false;
        Path folder = null;
        for (int i = 1; i < args.length; i++) {
            var arg = args[i];
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg + "; " + USAGE);
                return 2;
            } else if (folder != null) {
                err.println("one folder only; " + USAGE);
                return 2;
            } else {
                folder = Path.of(arg);
            }
        }
        if (folder == null) {
            err.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder");
            return 2;
        }
        List<ContentProblem> problems;
        List<ItemAudit> audits;
        try {
            var scan = ContentSource.scan(folder);
            var result = ContentReader.read(ContentTypes.builtIn(), scan.files(), ContentReader.Known.NOTHING);
            problems = Stream.concat(scan.problems().stream(), result.problems().stream())
                    .sorted()
                    .toList();
            audits = IntegrityAudit.audit(scan.files());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect, not the folder's fault; still a plain sentence and a failing status, never a stack trace.
            err.println(folder + ": the folder could not be audited ("
                    + e.getClass().getSimpleName() + "); please report this with the folder attached");
            return 1;
        }
        // Problems of the content itself first, as validate prints them: those items are not audited.
        for (ContentProblem problem : problems) {
            var where = problem.file() + ":" + problem.position() + ": ";
            out.println(folder.resolve(problem.file()) + ":" + problem.position() + ": error: "
                    + problem.describe().substring(where.length()));
        }
        int warnings = 0;
        for (ItemAudit audit : audits) {
            for (AuditWarning warning : audit.warnings()) {
                out.println(
                        folder.resolve(warning.file()) + ":" + warning.position() + ": warning: " + warning.english());
                warnings++;
            }
        }
        out.println();
        out.print(table(audits));
        out.println();
        summary(audits).forEach(out::println);
        out.println(warnings + " warning" + (warnings == 1 ? "" : "s") + " in "
                + audits.stream().filter(a -> !a.warnings().isEmpty()).count() + " of " + audits.size() + " items");
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found in " + folder
                    + "; run validate for details (those items were not audited)");
            return 1;
        }
        return strict && warnings > 0 ? 1 : 0;
    }

    /** The table of role-plays and of quizzes, in plain text with aligned columns. */
    static String table(List<ItemAudit> audits) {
        var text = new StringBuilder();
        var plays = new ArrayList<List<String>>();
        plays.add(List.of(
                "role-play",
                "decisions",
                "3+ options",
                "longest → ending",
                "first → ending",
                "random: WOW / standard / low"));
        var quizzes = new ArrayList<List<String>>();
        quizzes.add(List.of("quiz", "single-choice", "3+ options", "longest right", "first right", "random right"));
        for (ItemAudit audit : audits) {
            if (audit.strategies() == null) {
                continue;
            }
            switch (audit.strategies()) {
                case NaiveStrategies.RolePlay s ->
                    plays.add(List.of(
                            audit.id(),
                            Integer.toString(audit.choices()),
                            IntegrityAudit.percent(audit.threeOptions(), audit.choices()) + " %",
                            word(s.longest()),
                            word(s.first()),
                            share(s.randomShare("wow")) + " / " + share(s.randomShare("standard")) + " / "
                                    + share(s.randomShare("low"))));
                case NaiveStrategies.Quiz s ->
                    quizzes.add(List.of(
                            audit.id(),
                            Integer.toString(s.questions()),
                            IntegrityAudit.percent(audit.threeOptions(), s.questions()) + " %",
                            s.longestRight() + " (" + IntegrityAudit.percent(s.longestRight(), s.questions()) + " %)",
                            s.firstRight() + " (" + IntegrityAudit.percent(s.firstRight(), s.questions()) + " %)",
                            share(s.randomRight())));
            }
        }
        if (plays.size() > 1) {
            text.append(align(plays));
        }
        if (quizzes.size() > 1) {
            if (plays.size() > 1) {
                text.append('\n');
            }
            text.append(align(quizzes));
        }
        return text.toString();
    }

    static List<String> summary(List<ItemAudit> audits) {
        var lines = new ArrayList<String>();
        var plays = audits.stream()
                .map(ItemAudit::strategies)
                .filter(NaiveStrategies.RolePlay.class::isInstance)
                .map(NaiveStrategies.RolePlay.class::cast)
                .toList();
        if (!plays.isEmpty()) {
            lines.add("longest reaches WOW in "
                    + plays.stream().filter(p -> "wow".equals(p.longest())).count() + " of " + plays.size()
                    + " role-plays");
            lines.add("first reaches WOW in "
                    + plays.stream().filter(p -> "wow".equals(p.first())).count() + " of " + plays.size()
                    + " role-plays");
            lines.add("random clicking reaches WOW in "
                    + share(plays.stream()
                            .mapToDouble(p -> p.randomShare("wow"))
                            .average()
                            .orElse(0))
                    + " of runs (mean over role-plays, " + Simulation.RANDOM_RUNS + " runs each)");
        }
        var quizzes = audits.stream()
                .map(ItemAudit::strategies)
                .filter(NaiveStrategies.Quiz.class::isInstance)
                .map(NaiveStrategies.Quiz.class::cast)
                .toList();
        int questions =
                quizzes.stream().mapToInt(NaiveStrategies.Quiz::questions).sum();
        if (questions > 0) {
            int longest = quizzes.stream()
                    .mapToInt(NaiveStrategies.Quiz::longestRight)
                    .sum();
            int first =
                    quizzes.stream().mapToInt(NaiveStrategies.Quiz::firstRight).sum();
            lines.add("longest is right on " + longest + " of " + questions + " single-choice questions ("
                    + IntegrityAudit.percent(longest, questions) + " %), first on " + first + " ("
                    + IntegrityAudit.percent(first, questions) + " %)");
        }
        return lines;
    }

    private static String word(String outcome) {
        return outcome == null ? "no ending" : outcome.equals("wow") ? "WOW" : outcome;
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    private static String align(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        var widths = new int[columns];
        for (var row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        var text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            var line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                var cell = row.get(c);
                line.append(
                        c == 0
                                ? cell + " ".repeat(widths[c] - cell.length())
                                : "  " + " ".repeat(widths[c] - cell.length()) + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                text.append("-".repeat(line.toString().stripTrailing().length()))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
