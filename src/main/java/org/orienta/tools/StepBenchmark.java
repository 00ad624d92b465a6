package org.orienta.tools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code java -jar orienta.jar benchmark steps [steps]}: the server time of one trainee step (the choice,
 * its durable commit, its evidence and everything listening to it), measured around the service call
 * over many steps by many trainees on a fresh database, with percentiles printed at the end (target P3:
 * p95 within 20 ms). Run it on a quiet machine; see docs/performance.md.
 */
@CommandBean
class StepBenchmark implements ApplicationCommand {

    private static final String SCENARIO = "rp-01";

    private final PeopleService people;
    private final AttemptService attempts;
    private final UserDetailsService users;

    StepBenchmark(PeopleService people, AttemptService attempts, UserDetailsService users) {
        this.people = people;
        this.attempts = attempts;
        this.users = users;
    }

    @Override
    public int run(List<String> arguments, java.io.PrintStream out) {
        int measured = Arguments.count(arguments, 0, 5000);
        int trainees = 40;
        var names = new ArrayList<String>();
        SystemAuthentication.call(() -> {
            // The benchmark database has no demo organisation: trainees need no department for a step.
            var department =
                    people.departments().stream().findFirst().map(d -> d.id()).orElse(null);
            for (int i = 0; i < trainees; i++) {
                var name = "bench" + i;
                people.create(
                        new PersonDraft(
                                name,
                                "Benchmark Trainee " + i,
                                name + "@bench.invalid",
                                department,
                                null,
                                Set.of(Role.TRAINEE)),
                        "benchmark passphrase " + i);
                names.add(name);
            }
            return null;
        });
        var random = new Random(42);
        int warmUp = Math.max(200, measured / 10);
        long[] times = new long[measured];
        int done = -warmUp;
        long started = System.nanoTime();
        while (done < measured) {
            var trainee = names.get(random.nextInt(names.size()));
            var principal = users.loadUserByUsername(trainee);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            principal, null, principal.getAuthorities()));
            var id = attempts.start(
                    new ItemRef(ItemKind.SCENARIO, SCENARIO),
                    random.nextBoolean() ? AttemptMode.ASSESSED : AttemptMode.PRACTICE,
                    null);
            var play = attempts.scenario(id);
            while (play.run().decision() != null && done < measured) {
                var options = play.run().options();
                var option = options.get(random.nextInt(options.size())).id();
                long t0 = System.nanoTime();
                play = attempts.choose(id, play.nextStep(), option);
                long elapsed = System.nanoTime() - t0;
                if (done >= 0) {
                    times[done] = elapsed;
                }
                done++;
            }
            SecurityContextHolder.clearContext();
        }
        long total = System.nanoTime() - started;
        Arrays.sort(times);
        out.printf(
                "Trainee step (choice + commit + evidence), %d steps by %d trainees after %d warm-up steps%n",
                measured, trainees, warmUp);
        out.printf(
                "  mean %.2f ms   p50 %.2f ms   p95 %.2f ms   p99 %.2f ms   max %.2f ms%n",
                Arrays.stream(times).average().orElse(0) / 1e6,
                pct(times, 50),
                pct(times, 95),
                pct(times, 99),
                times[times.length - 1] / 1e6);
        out.printf(
                "  wall time %s for %d steps (including starting attempts)%n",
                Duration.ofNanos(total).toMillis() + " ms", measured + warmUp);
        out.printf("  target P3: p95 <= 20 ms -> %s%n", pct(times, 95) <= 20 ? "met" : "MISSED");
        return 0;
    }

    private static double pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
