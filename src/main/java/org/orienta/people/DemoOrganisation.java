package org.orienta.people;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the demo organisation when demo mode is on (only what is missing, so restarts change nothing),
 * and disables the demo accounts when Orienta starts with demo mode off.
 */
@Component
@Order(20)
class DemoOrganisation implements org.orienta.base.StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final DemoMode demoMode;
    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoOrganisation(
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

    @Override
    @Transactional
    public void run() {
        if (!demoMode.enabled()) {
            var active = people.findByDemoTrueAndEnabledTrue();
            active.forEach(p -> p.setEnabled(false));
            if (!active.isEmpty()) {
                log.warn("Demo mode is off: disabled {} demo accounts", active.size());
            }
            return;
        }
        Stream.of(DemoMode.RETAIL, DemoMode.BANKING, DemoMode.CONTACT_CENTRE).forEach(this::department);
        Stream.of(
                        DemoMode.SALES_ASSOCIATE,
                        DemoMode.FRONT_DESK_ADVISOR,
                        DemoMode.CONTACT_CENTRE_AGENT,
                        DemoMode.TEAM_LEAD,
                        DemoMode.TRAINER,
                        DemoMode.HR_PARTNER)
                .forEach(this::jobRole);
        String hash = null;
        int added = 0;
        for (var account : DemoMode.allAccounts()) {
            var existing = people.findByUsername(account.username());
            if (existing.isPresent()) {
                if (existing.get().demo()) {
                    existing.get().setEnabled(true);
                }
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(DemoMode.PASSWORD);
            }
            var person = new Person(
                    account.username(), account.displayName(), email(account.displayName()), hash, clock.instant());
            person.choosePassword(hash);
            person.placeIn(department(account.department()), jobRole(account.jobRole()));
            person.grant(account.roles());
            person.markAsDemo();
            people.save(person);
            added++;
        }
        if (added > 0) {
            log.info(
                    "Demo mode: added {} demo accounts (password '{}'); set ORIENTA_DEMO=false to turn it off",
                    added,
                    DemoMode.PASSWORD);
        }
    }

    private Department department(String name) {
        return departments.findByName(name).orElseGet(() -> departments.save(new Department(name, null)));
    }

    private JobRole jobRole(String name) {
        return jobRoles.findByName(name).orElseGet(() -> jobRoles.save(new JobRole(name)));
    }

    private static String email(String displayName) {
        var local = java.text.Normalizer.normalize(displayName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace(' ', '.');
        return local + "@example.com";
    }
}
