package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;

/** {@code generate-organisation [trainees]}: a realistic organisation in the configured database. */
@CommandBean
class GenerateOrganisationCommand implements ApplicationCommand {

    private final OrganisationGenerator generator;

    GenerateOrganisationCommand(OrganisationGenerator generator) {
        this.generator = generator;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        int trainees = Arguments.count(arguments, 0, 10_000);
        out.printf("Generating %,d trainees in 40 departments with two years of history...%n", trainees);
        var summary = generator.generate(trainees, out);
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
}
