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
        return args.length > 0 && args[0].equals("rebuild-standings");
    }

    static int run(String[] args, PrintStream out) {
        var application = new SpringApplication(Application.class);
        try (var context = application.run("--server.port=0", "--logging.level.root=WARN")) {
            // Needed after changing the half-life; otherwise it changes nothing (a test proves it equals the running totals).
            long started = System.nanoTime();
            long evidence = SystemAuthentication.call(() -> context.getBean(ProficiencyService.class).rebuild());
            out.printf("Rebuilt the competency standings from %,d pieces of assessed evidence in %,d ms%n", evidence,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return 0;
    }
}
