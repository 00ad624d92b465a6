package org.orienta.tools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.analytics.AnalyticsService;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code java -jar orienta.jar benchmark paths [runs]}: path analytics of RP-01 over many finished
 * assessed runs (1,000 by default, random choices by 20 trainees), timed as a trainer opens it: the
 * report is computed from the database each time. Target (issue 7): under 1 s.
 */
@CommandBean
class PathBenchmark implements ApplicationCommand {

    private final PeopleService people;
    private final AttemptService attempts;
    private final AnalyticsService analytics;
    private final UserDetailsService users;

    PathBenchmark(PeopleService people, AttemptService attempts, AnalyticsService analytics, UserDetailsService users) {
        this.people = people;
        this.attempts = attempts;
        this.analytics = analytics;
        this.users = users;
    }

    @Override
    public int run(java.util.List<String> arguments, java.io.PrintStream out) {
        int runs = Arguments.count(arguments, 0, 1000);
        var names = new ArrayList<String>();
        SystemAuthentication.call(() -> {
            var department =
                    people.departments().stream().findFirst().map(d -> d.id()).orElse(null);
            for (int i = 0; i < 20; i++) {
                var name = "paths" + i;
                people.create(
                        new PersonDraft(
                                name,
                                "Path Trainee " + i,
                                name + "@bench.invalid",
                                department,
                                null,
                                Set.of(Role.TRAINEE)),
                        "benchmark passphrase " + i);
                names.add(name);
            }
            return null;
        });
        var random = new Random(7);
        long generating = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            signIn(users, names.get(random.nextInt(names.size())));
            var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "rp-01"), AttemptMode.ASSESSED, null);
            var play = attempts.scenario(id);
            while (play.run().decision() != null) {
                var options = play.run().options();
                play = attempts.choose(
                        id,
                        play.nextStep(),
                        options.get(random.nextInt(options.size())).id());
            }
        }
        generating = System.nanoTime() - generating;
        signIn(users, "trainer");
        for (int i = 0; i < 5; i++) {
            analytics.paths("rp-01", AnalyticsService.Filter.ALL);
        }
        long[] times = new long[20];
        AnalyticsService.PathReport report = null;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            report = analytics.paths("rp-01", AnalyticsService.Filter.ALL);
            times[i] = System.nanoTime() - t0;
        }
        SecurityContextHolder.clearContext();
        Arrays.sort(times);
        out.printf(
                "Path analytics of rp-01 over %d finished assessed runs (%d endings counted), generated in %d s%n",
                report.runs(),
                report.endings().values().stream().mapToLong(Long::longValue).sum(),
                Duration.ofNanos(generating).toSeconds());
        out.printf(
                "  report: p50 %.1f ms   max %.1f ms over %d openings%n",
                times[times.length / 2] / 1e6, times[times.length - 1] / 1e6, times.length);
        out.printf("  target: under 1 s -> %s%n", times[times.length - 1] < 1_000_000_000L ? "met" : "MISSED");
        return 0;
    }

    private static void signIn(UserDetailsService users, String username) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
