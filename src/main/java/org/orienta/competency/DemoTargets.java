package org.orienta.competency;

import java.util.Map;
import org.orienta.people.DemoMode;
import org.orienta.people.PeopleService;
import org.orienta.people.SystemAuthentication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: target profiles for the demo job roles (only for roles without any), so profiles show
 * gaps that make sense for each job. HR changes them on the target profiles page.
 */
@Component
@Order(35)
class DemoTargets implements org.orienta.base.StartupStep {

    /** CO1..CO10 per job role: a customer-facing role needs more listening, a team lead more of everything. */
    private static final Map<String, int[]> TARGETS = Map.of(
            "Sales associate", new int[] {3, 3, 2, 3, 3, 3, 2, 2, 2, 3},
            "Front-desk advisor", new int[] {3, 3, 3, 3, 2, 2, 2, 2, 3, 3},
            "Contact-centre agent", new int[] {3, 3, 3, 3, 2, 2, 3, 3, 2, 3},
            "Team lead", new int[] {3, 3, 4, 3, 3, 3, 4, 4, 3, 4});

    private final DemoMode demoMode;
    private final PeopleService people;
    private final CompetencyService competencies;

    DemoTargets(DemoMode demoMode, PeopleService people, CompetencyService competencies) {
        this.demoMode = demoMode;
        this.people = people;
        this.competencies = competencies;
    }

    @Override
    public void run() {
        if (!demoMode.enabled()) {
            return;
        }
        SystemAuthentication.call(() -> {
            if (competencies.framework().competencies().isEmpty()) {
                return null;
            }
            for (var role : people.jobRoles()) {
                var levels = TARGETS.get(role.name());
                if (levels == null || competencies.hasTargets(role.id())) {
                    continue;
                }
                for (int i = 0; i < levels.length; i++) {
                    var code = new CompetencyCode("CO" + (i + 1));
                    if (competencies.framework().competency(code).isPresent()) {
                        competencies.setTarget(role.id(), code, levels[i]);
                    }
                }
            }
            return null;
        });
    }
}
