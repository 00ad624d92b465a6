package org.orienta.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;
import org.orienta.exercise.FreeTextExercise;
import org.orienta.exercise.RewriteExercise;
import org.orienta.ownwords.LevelSuggestion;
import org.orienta.ownwords.OwnWordsService;
import org.orienta.ownwords.OwnWordsSettings;
import org.orienta.ownwords.RatedAnswer;

/**
 * {@code own-words-eval --reviews [answers.tsv] [content folder]}: review suggestions on a labelled set
 * of answers, each held out in turn and compared with the item's model answer and the other labelled
 * answers to the same item, as if they had been reviewed (docs/decisions/0045). The file has one answer
 * a line: exercise, item (a rewrite's prompt or a reflection's question), the levels
 * ({@code criterion=level}, comma-separated) and the answer, separated by tabs; {@code #} starts a
 * comment. The figures say how often the suggestion was the labelled level, per criterion and overall.
 */
final class ReviewEvaluation {

    static final String DEFAULT_ANSWERS = "docs/eval/review-answers.tsv";

    /** The server's default: three reviewed answers are enough without a model answer. */
    private static final int MINIMUM_REVIEWED = 3;

    private ReviewEvaluation() {}

    record Labelled(int line, String exercise, String item, Map<String, Integer> levels, String answer) {}

    static int evaluate(List<String> args, PrintStream out, PrintStream err) {
        var file = Path.of(args.isEmpty() ? DEFAULT_ANSWERS : args.getFirst());
        var folder = Path.of(args.size() > 1 ? args.get(1) : "content");
        if (!Files.isRegularFile(file)) {
            err.println(file + " is not a file (usage: own-words-eval --reviews [answers.tsv] [content folder])");
            return 2;
        }
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a content folder");
            return 2;
        }
        var exercises = new HashMap<String, FreeTextExercise>();
        ContentReader.read(ContentTypes.builtIn(), ContentSource.scan(folder).files(), ContentReader.Known.NOTHING)
                .content()
                .exercises()
                .forEach(e -> {
                    if (e instanceof FreeTextExercise f) {
                        exercises.put(f.id(), f);
                    }
                });
        var labelled = load(file, exercises, err);
        if (labelled == null) {
            return 2;
        }
        var service = OwnWordsService.standalone(OwnWordsSettings.defaults());
        // Per exercise and criterion: labelled, suggested, agreed, within one level.
        var counts = new TreeMap<String, int[]>();
        var reasons = new TreeMap<LevelSuggestion.Basis, Integer>();
        var confusion = new TreeMap<Integer, Map<Integer, Integer>>();
        for (Labelled answer : labelled) {
            var exercise = exercises.get(answer.exercise());
            if (exercise == null) {
                throw new IllegalStateException("checked on load: " + answer);
            }
            var criteria = exercise.rubric().stream()
                    .map(RewriteExercise.Criterion::id)
                    .toList();
            var rated = new ArrayList<RatedAnswer>();
            exercise.items().stream().filter(i -> i.id().equals(answer.item())).forEach(i -> {
                var model = i.model();
                if (model != null) {
                    var levels = new LinkedHashMap<String, Integer>();
                    criteria.forEach(c -> levels.put(c, exercise.modelLevel()));
                    rated.add(new RatedAnswer(Map.of(i.id(), model.english()), levels, true));
                }
            });
            for (Labelled other : labelled) {
                if (other != answer
                        && other.exercise().equals(answer.exercise())
                        && other.item().equals(answer.item())) {
                    rated.add(new RatedAnswer(Map.of(other.item(), other.answer()), other.levels(), false));
                }
            }
            var suggested =
                    service.suggestLevels(Map.of(answer.item(), answer.answer()), criteria, rated, MINIMUM_REVIEWED);
            for (var entry : answer.levels().entrySet()) {
                var suggestion = suggested.get(entry.getKey());
                var c = counts.computeIfAbsent(answer.exercise() + "/" + entry.getKey(), k -> new int[4]);
                c[0]++;
                if (suggestion == null) {
                    continue;
                }
                reasons.merge(suggestion.basis(), 1, Integer::sum);
                if (suggestion.suggested()) {
                    c[1]++;
                    if (suggestion.level() == entry.getValue()) {
                        c[2]++;
                    }
                    if (Math.abs(suggestion.level() - entry.getValue()) <= 1) {
                        c[3]++;
                    }
                    confusion
                            .computeIfAbsent(entry.getValue(), k -> new TreeMap<>())
                            .merge(suggestion.level(), 1, Integer::sum);
                }
            }
        }
        report(labelled.size(), counts, reasons, confusion, out);
        return 0;
    }

    private static void report(
            int answers,
            Map<String, int[]> counts,
            Map<LevelSuggestion.Basis, Integer> reasons,
            Map<Integer, Map<Integer, Integer>> confusion,
            PrintStream out) {
        var total = new int[4];
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        out.printf(
                "review suggestions: %d labelled answers, each held out and compared with the model answer and the"
                        + " others to the same item%n",
                answers);
        out.printf(
                "  suggested for %d of %d levels; agreed %s, within one level %s%n",
                total[1], total[0], share(total[2], total[1]), share(total[3], total[1]));
        out.println();
        out.println("Per exercise and criterion (suggested / levels, agreed, within one):");
        counts.forEach((key, c) -> out.printf(
                "  %-24s %3d / %3d   agreed %-16s within one %s%n",
                key, c[1], c[0], share(c[2], c[1]), share(c[3], c[1])));
        out.println();
        out.println("Why not suggested (levels): " + reasons);
        out.println("Labelled level -> suggested level: " + confusion);
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f %% (%d)", 100.0 * part / whole, part);
    }

    private static @Nullable List<Labelled> load(Path file, Map<String, FreeTextExercise> exercises, PrintStream err) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return null;
        }
        var answers = new ArrayList<Labelled>();
        boolean ok = true;
        for (int n = 1; n <= lines.size(); n++) {
            var line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\t", 4);
            if (fields.length != 4 || fields[3].isBlank()) {
                err.println(file + ":" + n + ": expected 4 tab-separated fields: exercise, item, levels, answer");
                ok = false;
                continue;
            }
            var exercise = exercises.get(fields[0]);
            if (exercise == null) {
                err.println(file + ":" + n + ": no rewrite or reflection exercise " + fields[0]);
                ok = false;
                continue;
            }
            if (exercise.items().stream().noneMatch(i -> i.id().equals(fields[1]))) {
                err.println(file + ":" + n + ": " + fields[0] + " has no prompt or question " + fields[1]);
                ok = false;
                continue;
            }
            var levels = new LinkedHashMap<String, Integer>();
            for (String pair : fields[2].split(",")) {
                var parts = pair.strip().split("=", 2);
                var known = exercise.rubric().stream().anyMatch(c -> c.id().equals(parts[0]));
                if (parts.length != 2 || !known || !parts[1].matches("[1-4]")) {
                    err.println(file + ":" + n + ": '" + pair + "' is not criterion=level (1-4) of " + fields[0]
                            + "'s rubric");
                    ok = false;
                    continue;
                }
                levels.put(parts[0], Integer.parseInt(parts[1]));
            }
            answers.add(new Labelled(n, fields[0], fields[1], levels, fields[3].strip()));
        }
        if (!ok) {
            return null;
        }
        if (answers.isEmpty()) {
            err.println(file + " holds no answers");
            return null;
        }
        return answers;
    }
}
