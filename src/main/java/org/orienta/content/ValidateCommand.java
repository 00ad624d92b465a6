package org.orienta.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.orienta.base.Completeness;

/**
 * {@code java -jar orienta.jar validate <folder>}: checks a content folder without starting the server,
 * prints every problem as file:line:column, and exits with 1 when there are any, so trainers can run it
 * in their own CI.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar orienta.jar validate <content folder>");
            return 2;
        }
        var folder = Path.of(args[1]);
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder");
            return 2;
        }
        ContentReader.Result result;
        List<ContentProblem> problems;
        try {
            var scan = ContentSource.scan(folder);
            result = ContentReader.read(ContentTypes.builtIn(), scan.files(), ContentReader.Known.NOTHING);
            problems = Stream.concat(scan.problems().stream(), result.problems().stream())
                    .sorted()
                    .toList();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A defect, not the folder's fault; still a plain sentence and a failing status, never a stack trace.
            err.println(folder + ": the folder could not be checked ("
                    + e.getClass().getSimpleName() + "); please report this with the folder attached");
            return 1;
        }
        problems.forEach(p -> out.println(folder.resolve(p.file()) + ":" + p.position() + ": "
                + Messages.english(p.messageKey(), p.arguments().toArray())));
        var content = result.content();
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found in " + folder);
            return 1;
        }
        out.println(folder + ": valid ("
                + (content.framework() == null
                        ? 0
                        : content.framework().competencies().size())
                + " competencies, " + content.scenarios().size() + " scenarios, "
                + content.exercises().size() + " exercises, "
                + content.quizzes().size() + " quizzes ("
                + content.quizzes().stream().mapToInt(q -> q.questions().size()).sum() + " questions), "
                + content.modules().size() + " modules)");
        // Only for a valid folder: a broken one prints nothing but its problems, line by line.
        printCompleteness(result.completeness(), out);
        return 0;
    }

    /**
     * Per language, how many items are complete ("hr: 12 of 54 items complete (3,120 of 9,870 texts)"),
     * then each incomplete item with the number of texts it still misses, for translators' progress.
     */
    static void printCompleteness(Map<String, Completeness> items, PrintStream out) {
        if (items.isEmpty()) {
            return;
        }
        int texts = items.values().stream().mapToInt(Completeness::texts).sum();
        for (var language : Completeness.languages()) {
            long complete =
                    items.values().stream().filter(c -> c.complete(language)).count();
            int translated = items.values().stream()
                    .mapToInt(c -> c.translated(language))
                    .sum();
            out.println(String.format(
                    Locale.ENGLISH,
                    "%s: %,d of %,d items complete (%,d of %,d texts)",
                    language,
                    complete,
                    items.size(),
                    translated,
                    texts));
            items.forEach((file, c) -> {
                if (!c.complete(language)) {
                    out.println(String.format(
                            Locale.ENGLISH, "  %s: %,d of %,d texts missing", file, c.missing(language), c.texts()));
                }
            });
        }
    }
}
