package org.orienta.people;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainees for the load benchmark ({@code generate-trainees}): {@code load-00001} and on, all with one
 * published password. Only in demo mode, whose accounts are public knowledge anyway, and marked as demo
 * accounts, so that starting Orienta with demo mode off disables them like the others.
 */
@Component
public class BenchmarkTrainees {

    /** Printed in the docs and used by the Gatling simulation, so it protects nothing. */
    public static final String PASSWORD = "orienta-load-benchmark";

    static final String DEPARTMENT = "Load benchmark";

    private final DemoMode demoMode;
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    BenchmarkTrainees(
            DemoMode demoMode,
            PersonRepository people,
            DepartmentRepository departments,
            JobRoleRepository jobRoles,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
        this.departments = departments;
        this.jobRoles = jobRoles;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static String username(int number) {
        return String.format("load-%05d", number);
    }

    /** Adds the first {@code count} benchmark trainees that do not exist yet; returns how many it added. */
    @Transactional
    public int add(int count) {
        if (!demoMode.enabled()) {
            throw new IllegalStateException("Benchmark trainees share a published password, so Orienta adds them "
                    + "only in demo mode (ORIENTA_DEMO=true)");
        }
        var problem = PasswordPolicy.check(PASSWORD, username(count), "");
        if (problem.isPresent()) {
            throw new IllegalStateException("The benchmark password breaks the password rules: " + problem.get());
        }
        var department =
                departments.findByName(DEPARTMENT).orElseGet(() -> departments.save(new Department(DEPARTMENT, null)));
        var jobRole = jobRoles.findByName(DemoMode.SALES_ASSOCIATE)
                .orElseGet(() -> jobRoles.save(new JobRole(DemoMode.SALES_ASSOCIATE)));
        // One hash for all: bcrypt takes tens of milliseconds, and every account has the same password.
        var hash = passwordEncoder.encode(PASSWORD);
        int added = 0;
        for (int number = 1; number <= count; number++) {
            var username = username(number);
            if (people.findByUsername(username).isPresent()) {
                continue;
            }
            var person =
                    new Person(username, "Load trainee " + number, username + "@example.com", hash, clock.instant());
            person.choosePassword(hash);
            person.placeIn(department, jobRole);
            person.grant(Set.of(Role.TRAINEE));
            person.markAsDemo();
            people.save(person);
            added++;
        }
        return added;
    }
}
