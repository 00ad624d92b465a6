package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.proficiency.ProficiencyService;

/**
 * {@code rebuild-standings}: needed after changing the half-life; otherwise it changes nothing (a test
 * proves the rebuilt totals equal the running ones).
 */
@CommandBean
class RebuildStandingsCommand implements ApplicationCommand {

    private final ProficiencyService proficiency;

    RebuildStandingsCommand(ProficiencyService proficiency) {
        this.proficiency = proficiency;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        long started = System.nanoTime();
        long evidence = SystemAuthentication.call(proficiency::rebuild);
        out.printf(
                "Rebuilt the competency standings from %,d pieces of assessed evidence in %,d ms%n",
                evidence, (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
