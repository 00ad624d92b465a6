package org.orienta;

import java.io.PrintStream;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.ProficiencyService;
import org.springframework.boot.SpringApplication;

/**
 * Maintenance commands on the configured database: {@code java -jar orienta.jar <command>}. They start
 * Orienta without serving anyone (the web layer on a free port) and stop when done. With the default
 * H2 file database, stop the server first: the file is single-process.
 */
final class Commands {

    private Commands() {}

    static boolean handles(String[] args) {
        return args.length > 0
                && (args[0].equals("rebuild-standings")
                        || args[0].equals("generate-organisation")
                        || args[0].equals("generate-trainees"));
    }

    static int run(String[] args, PrintStream out) {
        var application = new SpringApplication(Application.class);
        try (var context = application.run("--server.port=0", "--logging.level.root=WARN")) {
            if (args[0].equals("generate-trainees")) {
                int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
                int added = context.getBean(org.orienta.people.BenchmarkTrainees.class)
                        .add(count);
                out.printf(
                        "Added %,d of %,d benchmark trainees %s to %s (password '%s'; demo accounts, disabled "
                                + "when Orienta starts with demo mode off)%n",
                        added,
                        count,
                        org.orienta.people.BenchmarkTrainees.username(1),
                        org.orienta.people.BenchmarkTrainees.username(count),
                        org.orienta.people.BenchmarkTrainees.PASSWORD);
                return 0;
            }
            if (args[0].equals("generate-organisation")) {
                int trainees = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
                out.printf("Generating %,d trainees in 40 departments with two years of history...%n", trainees);
                var summary = org.orienta.progress.LargeOrganisation.generate(context, trainees, out);
                out.printf(
                        "Added %,d trainees, %,d attempts, %,d steps, %,d pieces of evidence and %,d assignments "
                                + "in %,d s. Generated people cannot sign in; HR and admin see them in Reports.%n",
                        summary.trainees(),
                        summary.attempts(),
                        summary.steps(),
                        summary.evidence(),
                        summary.assignments(),
                        summary.millis() / 1000);
                return 0;
            }
            // Needed after changing the half-life; otherwise it changes nothing (a test proves it equals the running
            // totals).
            long started = System.nanoTime();
            long evidence = SystemAuthentication.call(
                    () -> context.getBean(ProficiencyService.class).rebuild());
            out.printf(
                    "Rebuilt the competency standings from %,d pieces of assessed evidence in %,d ms%n",
                    evidence, (System.nanoTime() - started) / 1_000_000);
        }
        return 0;
    }
}
