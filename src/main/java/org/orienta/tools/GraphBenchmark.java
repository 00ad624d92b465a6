package org.orienta.tools;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.orienta.authoring.GraphLayout;
import org.orienta.competency.CompetencyCode;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentTypes;
import org.orienta.scenario.ScenarioYaml;

/**
 * What the server does for every change a trainer makes in the role-play editor, on a 60-node
 * scenario: write the draft's text, check it with the importer's rules, and lay the graph out. No
 * database and no web server: this is the part that grows with the scenario's size.
 */
final class GraphBenchmark {

    private GraphBenchmark() {}

    /** {@code benchmark graph [nodes]}: 60 nodes and 5,000 rounds by default. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        run(Arguments.count(Arrays.asList(args).subList(2, args.length), 0, 60), 5_000, out);
        return 0;
    }

    static void run(int nodes, int rounds, PrintStream out) {
        var scenario = LargeScenario.of("rp-large", nodes);
        var known = new ContentReader.Known(Set.of(new CompetencyCode("CO2")), Set.of());
        // Warm up the JIT, so the figures are the steady state a running server shows.
        for (int i = 0; i < 2_000; i++) {
            edit(scenario, known);
        }
        var edit = new long[rounds];
        var layout = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            edit(scenario, known);
            edit[i] = System.nanoTime() - start;
            start = System.nanoTime();
            GraphLayout.of(scenario);
            layout[i] = System.nanoTime() - start;
        }
        var text = ScenarioYaml.write(scenario);
        out.printf(
                "role-play editor, %d nodes, %d arrows, %d kB of YAML, %d rounds%n",
                scenario.nodes().size(), GraphLayout.of(scenario).arrows().size(), text.length() / 1000, rounds);
        out.printf("  layout only        p50 %.3f ms  p95 %.3f ms%n", percentile(layout, 50), percentile(layout, 95));
        out.printf(
                "  whole edit (write + check + layout)  p50 %.3f ms  p95 %.3f ms%n",
                percentile(edit, 50), percentile(edit, 95));
    }

    private static void edit(org.orienta.scenario.ScenarioDefinition scenario, ContentReader.Known known) {
        var text = ScenarioYaml.write(scenario);
        var result = ContentReader.read(
                ContentTypes.builtIn(), List.of(ContentFile.of("scenarios/rp-large.yaml", text)), known);
        if (!result.valid()) {
            throw new IllegalStateException("the benchmark scenario is invalid: " + result.problems());
        }
        GraphLayout.of(result.content().scenarios().getFirst());
    }

    private static double percentile(long[] nanos, int percentile) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1_000_000.0;
    }
}
