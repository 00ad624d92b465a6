package org.orienta.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DemoMode;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonRow;
import org.orienta.people.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: every demo trainee gets the foundations module and their department's sector path, with
 * due dates relative to today (one already overdue, so the demo shows what overdue looks like).
 */
@Component
@Order(40)
class DemoAssignments implements ApplicationRunner {

    static final String FOUNDATIONS = "foundations";
    private static final Map<String, String> SECTOR_PATHS =
            Map.of("Retail", "path-retail", "Banking", "path-banking", "Contact Centre", "path-contact-centre");

    private final DemoMode demoMode;
    private final PeopleService people;
    private final CurriculumService curriculum;
    private final AssignmentRepository assignments;
    private final Clock clock;

    DemoAssignments(
            DemoMode demoMode,
            PeopleService people,
            CurriculumService curriculum,
            AssignmentRepository assignments,
            Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
        this.curriculum = curriculum;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        SystemAuthentication.call(() -> {
            var ids = new HashMap<String, Long>();
            people.findPeople("").forEach((PersonRow p) -> ids.put(p.username(), p.id().value()));
            var today = LocalDate.now(clock);
            for (var account : demoMode.accounts()) {
                var id = ids.get(account.username());
                var path = SECTOR_PATHS.get(account.department());
                if (id == null || path == null || !account.roles().contains(org.orienta.people.Role.TRAINEE)) {
                    continue;
                }
                var foundationsDue = account.username().equals("ben") ? today.minusDays(3) : today.plusDays(14);
                assign(id, FOUNDATIONS, foundationsDue);
                assign(id, path, today.plusDays(45));
            }
            return List.of();
        });
    }

    private void assign(long traineeId, String moduleKey, LocalDate due) {
        if (curriculum.published(moduleKey).isPresent()
                && !assignments.existsByTraineeIdAndModuleKey(traineeId, moduleKey)) {
            assignments.save(new Assignment(traineeId, moduleKey, due, "demo", clock.instant()));
        }
    }
}
