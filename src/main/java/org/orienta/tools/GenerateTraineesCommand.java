package org.orienta.tools;

import java.io.PrintStream;
import java.util.List;
import org.orienta.people.BenchmarkTrainees;

/** {@code generate-trainees [count]}: the load benchmark's trainees, through people's own fixture. */
@CommandBean
class GenerateTraineesCommand implements ApplicationCommand {

    private final BenchmarkTrainees trainees;

    GenerateTraineesCommand(BenchmarkTrainees trainees) {
        this.trainees = trainees;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        int count = Arguments.count(arguments, 0, 1_000);
        int added = trainees.add(count);
        out.printf(
                "Added %,d of %,d benchmark trainees %s to %s (password '%s'; demo accounts, disabled "
                        + "when Orienta starts with demo mode off)%n",
                added,
                count,
                BenchmarkTrainees.username(1),
                BenchmarkTrainees.username(count),
                BenchmarkTrainees.PASSWORD);
        return 0;
    }
}
