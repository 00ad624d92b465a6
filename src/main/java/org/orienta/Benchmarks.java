package org.orienta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.orienta.progress.StepBenchmark;
import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar orienta.jar benchmark <what>}: measurements that print their figures, run against a
 * fresh database in a temporary folder (or {@code ORIENTA_DB_URL}), the web server on a free port.
 */
final class Benchmarks {

    private Benchmarks() {}

    static int run(String[] args) {
        var what = args.length > 1 ? args[1] : "";
        if (what.equals("graph")) {
            // No database or web server: the editor's per-change work grows with the scenario only.
            org.orienta.authoring.GraphBenchmark.run(
                    args.length > 2 ? Integer.parseInt(args[2]) : 60, 5_000, System.out);
            return 0;
        }
        if (!what.equals("steps") && !what.equals("paths") && !what.equals("reports")) {
            System.err.println("usage: java -jar orienta.jar benchmark steps [count] | paths [runs] | graph [nodes] "
                    + "| reports [trainees]");
            return 2;
        }
        String folder;
        try {
            folder = Files.createTempDirectory("orienta-benchmark").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var application = new SpringApplication(Application.class);
        var url = System.getenv().getOrDefault("ORIENTA_DB_URL", "jdbc:h2:file:" + folder + "/orienta;WRITE_DELAY=0");
        if (what.equals("reports") && url.startsWith("jdbc:h2:") && !url.contains("OPTIMIZE_REUSE_RESULTS")) {
            // H2 would answer a repeated query from its result cache; a live system writes between reports.
            url += ";OPTIMIZE_REUSE_RESULTS=FALSE";
        }
        try (var context = application.run(
                "--spring.datasource.url=" + url,
                "--orienta.demo=true",
                "--orienta.demo-history=false",
                "--orienta.admin.password=benchmark operator phrase",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true",
                // The web layer starts too (on a free port): security and Vaadin are wired for it.
                "--server.port=0")) {
            if (what.equals("reports")) {
                org.orienta.reporting.ReportBenchmark.run(
                        context, args.length > 2 ? Integer.parseInt(args[2]) : 10_000, System.out);
            } else if (what.equals("paths")) {
                org.orienta.progress.PathBenchmark.run(
                        context, args.length > 2 ? Integer.parseInt(args[2]) : 1000, System.out);
            } else {
                StepBenchmark.run(context, StepBenchmark.steps(List.of(args)), System.out);
            }
        }
        return 0;
    }
}
