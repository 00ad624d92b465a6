package org.orienta.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;
import org.orienta.ownwords.OwnWordsService;
import org.orienta.ownwords.OwnWordsSettings;
import org.orienta.ownwords.ReplyMatch;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.Decision;

/**
 * {@code own-words-eval <replies.tsv> [content folder]} and {@code benchmark own-words [replies.tsv]
 * [content folder]}: a labelled set of typed replies matched with the bundled model and the default
 * thresholds, no database and no server. The file has one reply a line: scenario, decision, expected
 * option ({@code -} for a reply no option covers), a kind (paraphrase, typo, short, long, rude,
 * off-topic …) and the reply, separated by tabs; {@code #} starts a comment.
 */
final class OwnWordsEvaluation {

    static final String DEFAULT_REPLIES = "docs/eval/own-words-replies.tsv";

    private OwnWordsEvaluation() {}

    /**
     * Only the figures on the screen: outside the server no logging is configured, and the tokenizer
     * library reports at start that it found no GPU (Orienta uses the CPU on purpose).
     */
    private static void quiet() {
        if (org.slf4j.LoggerFactory.getLogger("ai.djl") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.ERROR);
        }
    }

    /** One labelled reply; {@code expected} is null for a reply no option covers. */
    record Labelled(
            int line,
            String scenario,
            String decision,
            @Nullable String expected,
            String kind,
            String reply) {}

    /** {@code own-words-eval [--calibrate | --reviews] [replies.tsv | answers.tsv] [content folder]} */
    static int evaluate(String[] args, PrintStream out, PrintStream err) {
        quiet();
        var rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        if (rest.remove("--calibrate")) {
            return calibrate(rest, out, err);
        }
        if (rest.remove("--reviews")) {
            return ReviewEvaluation.evaluate(rest, out, err);
        }
        var input = load(rest, err);
        if (input == null) {
            return 2;
        }
        var service = OwnWordsService.standalone(OwnWordsSettings.defaults());
        var matches = new ArrayList<ReplyMatch>();
        for (Labelled labelled : input.replies()) {
            matches.add(service.match(input.decision(labelled).options(), labelled.reply(), Locale.ENGLISH));
        }
        report(input.replies(), matches, service.threshold(), service.floor(), out);
        return 0;
    }

    /**
     * The thresholds' calibration, on the examples alone (the labelled set stays unseen): every example
     * of an own-words decision held out in turn and matched against the rest, as covered replies, and the
     * examples of the other role-plays' decisions matched against this decision, as replies no option
     * covers. Prints the figures for a grid of thresholds and floors.
     */
    static int calibrate(List<String> args, PrintStream out, PrintStream err) {
        var folder = Path.of(args.size() > 1 ? args.get(1) : "content");
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a content folder");
            return 2;
        }
        var scenarios = ContentReader.read(
                        ContentTypes.builtIn(), ContentSource.scan(folder).files(), ContentReader.Known.NOTHING)
                .content()
                .scenarios();
        var service = OwnWordsService.standalone(OwnWordsSettings.defaults());
        var labelled = new ArrayList<Labelled>();
        var matches = new ArrayList<ReplyMatch>();
        for (ScenarioDefinition scenario : scenarios) {
            var others = scenarios.stream()
                    .filter(o -> !o.id().equals(scenario.id()))
                    .flatMap(o -> o.decisions().stream())
                    .flatMap(d -> d.options().stream())
                    .flatMap(o -> o.examples().stream())
                    .toList();
            for (Decision decision : scenario.decisions()) {
                if (scenario.replyAt(decision) != org.orienta.scenario.ReplyMode.OWN_WORDS) {
                    continue;
                }
                for (var option : decision.options()) {
                    for (String example : option.examples()) {
                        var heldOut = decision.options().stream()
                                .map(o -> o.id().equals(option.id())
                                        ? o.withExamples(o.examples().stream()
                                                .filter(e -> !e.equals(example))
                                                .toList())
                                        : o)
                                .toList();
                        labelled.add(new Labelled(0, scenario.id(), decision.id(), option.id(), "held-out", example));
                        matches.add(service.match(heldOut, example, Locale.ENGLISH));
                    }
                }
                // A fixed, spread-out sample of other role-plays' examples: replies that are about something else.
                for (int i = 0; i < others.size(); i += Math.max(1, others.size() / 8)) {
                    labelled.add(new Labelled(0, scenario.id(), decision.id(), null, "other-role-play", others.get(i)));
                    matches.add(service.match(decision.options(), others.get(i), Locale.ENGLISH));
                }
            }
        }
        if (labelled.isEmpty()) {
            err.println(folder + " has no own-words decisions to calibrate on");
            return 2;
        }
        out.println("Calibration on the examples (held out one at a time) and on other role-plays' examples:");
        report(labelled, matches, service.threshold(), service.floor(), out);
        return 0;
    }

    /** {@code benchmark own-words [replies.tsv] [content folder]} */
    static int benchmark(String[] args, PrintStream out, PrintStream err) {
        quiet();
        var input = load(Arrays.asList(args).subList(2, args.length), err);
        if (input == null) {
            return 2;
        }
        var runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long rssBefore = residentKilobytes();
        var service = OwnWordsService.standalone(OwnWordsSettings.defaults());
        long start = System.nanoTime();
        var first = input.replies().getFirst();
        service.match(input.decision(first).options(), first.reply(), Locale.ENGLISH);
        long load = System.nanoTime() - start;
        // Warm-up: every option's references embedded once, and the JIT settled.
        for (int round = 0; round < 3; round++) {
            for (Labelled labelled : input.replies()) {
                service.match(input.decision(labelled).options(), labelled.reply(), Locale.ENGLISH);
            }
        }
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        long rssAfter = residentKilobytes();
        int rounds = 5;
        var nanos = new long[input.replies().size() * rounds];
        var cpu = new long[nanos.length];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (Labelled labelled : input.replies()) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                service.match(input.decision(labelled).options(), labelled.reply(), Locale.ENGLISH);
                nanos[i] = System.nanoTime() - t;
                cpu[i++] = threads.getCurrentThreadCpuTime() - c;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        out.printf(
                "own-words matching, %d replies x %d rounds after warm-up, %d processor(s) visible%n",
                input.replies().size(), rounds, runtime.availableProcessors());
        out.printf("  first reply (loads the model)  %.0f ms%n", load / 1e6);
        out.printf(
                "  per reply  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n",
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
        out.printf(
                "  CPU time per reply (what the machine's other load does not inflate)  p50 %.2f ms  p95 %.2f ms%n",
                cpu[cpu.length / 2] / 1e6, cpu[cpu.length * 95 / 100] / 1e6);
        out.printf(
                "  model memory: resident +%d MB (ONNX Runtime and the model, outside the heap), heap +%d MB%n",
                Math.max(0, rssAfter - rssBefore) / 1024, Math.max(0, heapAfter - heapBefore) / (1024 * 1024));
        return 0;
    }

    private record Input(List<Labelled> replies, Map<String, Decision> decisions) {

        Decision decision(Labelled labelled) {
            var decision = decisions.get(labelled.scenario() + "/" + labelled.decision());
            if (decision == null) {
                throw new IllegalStateException("checked on load: " + labelled);
            }
            return decision;
        }
    }

    private static @Nullable Input load(List<String> args, PrintStream err) {
        var file = Path.of(args.isEmpty() ? DEFAULT_REPLIES : args.getFirst());
        var folder = Path.of(args.size() > 1 ? args.get(1) : "content");
        if (!Files.isRegularFile(file)) {
            err.println(file + " is not a file (usage: own-words-eval [replies.tsv] [content folder])");
            return null;
        }
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a content folder");
            return null;
        }
        var result = ContentReader.read(
                ContentTypes.builtIn(), ContentSource.scan(folder).files(), ContentReader.Known.NOTHING);
        var decisions = new HashMap<String, Decision>();
        for (ScenarioDefinition scenario : result.content().scenarios()) {
            scenario.decisions().forEach(d -> decisions.put(scenario.id() + "/" + d.id(), d));
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return null;
        }
        var replies = new ArrayList<Labelled>();
        boolean ok = true;
        for (int n = 1; n <= lines.size(); n++) {
            var line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\t", 5);
            if (fields.length != 5 || fields[4].isBlank()) {
                err.println(file + ":" + n
                        + ": expected 5 tab-separated fields: scenario, decision, option or -, kind, reply");
                ok = false;
                continue;
            }
            var decision = decisions.get(fields[0] + "/" + fields[1]);
            if (decision == null) {
                err.println(file + ":" + n + ": no decision " + fields[1] + " in a scenario " + fields[0] + " of "
                        + folder);
                ok = false;
                continue;
            }
            var expected = fields[2].equals("-") ? null : fields[2];
            if (expected != null && decision.option(expected).isEmpty()) {
                err.println(file + ":" + n + ": " + fields[1] + " has no option " + expected);
                ok = false;
                continue;
            }
            replies.add(new Labelled(n, fields[0], fields[1], expected, fields[3], fields[4].strip()));
        }
        if (!ok) {
            return null;
        }
        if (replies.isEmpty()) {
            err.println(file + " holds no replies");
            return null;
        }
        return new Input(replies, decisions);
    }

    static void report(
            List<Labelled> replies, List<ReplyMatch> matches, double threshold, double floor, PrintStream out) {
        out.printf(
                "own-words evaluation: %d replies (%d that an option covers, %d that none does); threshold %.2f, floor %.2f%n",
                replies.size(),
                replies.stream().filter(r -> r.expected() != null).count(),
                replies.stream().filter(r -> r.expected() == null).count(),
                threshold,
                floor);
        var figures = figures(replies, matches, threshold, floor);
        out.printf(
                "  top-1 accuracy on accepted replies  %5.1f %%  (%d of %d)   target >= 85 %%%n",
                figures.accuracy(), figures.correct(), figures.accepted());
        out.printf(
                "  abstained on covered replies        %5.1f %%  (%d of %d)   target <= 15 %%%n",
                figures.abstention(), figures.abstained(), figures.covered());
        out.printf(
                "  abstained on off-topic replies      %5.1f %%  (%d of %d)   target >= 90 %%%n",
                figures.offTopicAbstention(), figures.offTopicAbstained(), figures.offTopic());
        out.println();
        out.println("By kind of reply (accepted and right / accepted / replies):");
        var kinds = new TreeMap<String, int[]>();
        for (int i = 0; i < replies.size(); i++) {
            var counts = kinds.computeIfAbsent(replies.get(i).kind(), k -> new int[3]);
            var verdict = verdict(matches.get(i), threshold, floor);
            counts[2]++;
            if (verdict != null) {
                counts[1]++;
                if (verdict.equals(replies.get(i).expected())) {
                    counts[0]++;
                }
            }
        }
        kinds.forEach((kind, c) -> out.printf("  %-12s %3d / %3d / %3d%n", kind, c[0], c[1], c[2]));
        out.println();
        out.println(
                "Confusion per decision (rows: expected, '-' = no option covers it; columns: matched, '?' = abstained):");
        var byDecision = new LinkedHashMap<String, List<Integer>>();
        for (int i = 0; i < replies.size(); i++) {
            byDecision
                    .computeIfAbsent(
                            replies.get(i).scenario() + "/" + replies.get(i).decision(), k -> new ArrayList<>())
                    .add(i);
        }
        byDecision.forEach((decision, indexes) -> {
            var rows = new TreeMap<String, Map<String, Integer>>();
            int right = 0;
            for (int i : indexes) {
                var expected = replies.get(i).expected();
                var verdict = verdict(matches.get(i), threshold, floor);
                rows.computeIfAbsent(expected == null ? "-" : expected, k -> new TreeMap<>())
                        .merge(verdict == null ? "?" : verdict, 1, Integer::sum);
                if (verdict == null ? expected == null : verdict.equals(expected)) {
                    right++;
                }
            }
            out.printf("  %s  (%d of %d as labelled)%n", decision, right, indexes.size());
            rows.forEach((expected, row) -> out.printf("    %-20s -> %s%n", expected, row));
        });
        out.println();
        out.println("Accepted and wrong (line: decision, expected -> matched: reply):");
        for (int i = 0; i < replies.size(); i++) {
            var labelled = replies.get(i);
            var verdict = verdict(matches.get(i), threshold, floor);
            if (verdict != null && !verdict.equals(labelled.expected())) {
                out.printf(
                        "  %d: %s/%s, %s -> %s: %s%n",
                        labelled.line(),
                        labelled.scenario(),
                        labelled.decision(),
                        labelled.expected() == null ? "-" : labelled.expected(),
                        verdict,
                        labelled.reply());
            }
        }
        out.println();
        out.println("Other thresholds (threshold/floor: accuracy, abstained, off-topic abstained):");
        for (double t : new double[] {0.4, 0.5, 0.6, 0.7}) {
            var line = new StringBuilder("  ");
            for (double f : new double[] {0.35, 0.40, 0.42, 0.45, 0.50}) {
                var x = figures(replies, matches, t, f);
                line.append(String.format(
                        Locale.ROOT,
                        "%.2f/%.2f: %4.1f %4.1f %5.1f   ",
                        t,
                        f,
                        x.accuracy(),
                        x.abstention(),
                        x.offTopicAbstention()));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    record Figures(int correct, int accepted, int abstained, int covered, int offTopicAbstained, int offTopic) {

        double accuracy() {
            return accepted == 0 ? 0 : 100.0 * correct / accepted;
        }

        double abstention() {
            return covered == 0 ? 0 : 100.0 * abstained / covered;
        }

        double offTopicAbstention() {
            return offTopic == 0 ? 0 : 100.0 * offTopicAbstained / offTopic;
        }
    }

    /**
     * The headline figures at these thresholds. Accuracy counts every accepted reply, an accepted
     * off-topic one as wrong; abstention counts the replies an option covers.
     */
    static Figures figures(List<Labelled> replies, List<ReplyMatch> matches, double threshold, double floor) {
        int correct = 0;
        int accepted = 0;
        int abstained = 0;
        int covered = 0;
        int offAbstained = 0;
        int off = 0;
        for (int i = 0; i < replies.size(); i++) {
            var expected = replies.get(i).expected();
            var verdict = verdict(matches.get(i), threshold, floor);
            if (verdict != null) {
                accepted++;
                if (verdict.equals(expected)) {
                    correct++;
                }
            }
            if (expected == null) {
                off++;
                if (verdict == null) {
                    offAbstained++;
                }
            } else {
                covered++;
                if (verdict == null) {
                    abstained++;
                }
            }
        }
        return new Figures(correct, accepted, abstained, covered, offAbstained, off);
    }

    /** The option a match goes to at these thresholds, or null when it abstains. */
    static @Nullable String verdict(ReplyMatch match, double threshold, double floor) {
        if (match.ranked().isEmpty()) {
            return null;
        }
        var top = match.ranked().getFirst();
        return top.similarity() < floor || top.confidence() < threshold ? null : top.optionId();
    }

    /** The process's resident memory in kB, from /proc (0 where there is none). */
    private static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
