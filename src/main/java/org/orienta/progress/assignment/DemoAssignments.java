package org.orienta.progress.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DemoMode;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PersonRow;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: every demo trainee gets the foundations module and their department's sector path, with
 * due dates relative to today (one already overdue, so the demo shows what overdue looks like). The
 * demo assigns as a trainer would, to chosen people through {@link AssignmentService}, so its
 * assignments appear in the trainer's Assignments with their people; assignments recorded without
 * one by earlier versions are adopted on start.
 */
@Component
@Order(40)
class DemoAssignments implements org.orienta.base.StartupStep {

    static final String FOUNDATIONS = "foundations";
    static final String CREATED_BY = "demo";
    private static final Map<String, String> SECTOR_PATHS =
            Map.of("Retail", "path-retail", "Banking", "path-banking", "Contact Centre", "path-contact-centre");

    private final DemoMode demoMode;
    private final PeopleService people;
    private final CurriculumService curriculum;
    private final AssignmentService service;
    private final AssignmentRuleRepository rules;
    private final Clock clock;

    DemoAssignments(
            DemoMode demoMode,
            PeopleService people,
            CurriculumService curriculum,
            AssignmentService service,
            AssignmentRuleRepository rules,
            Clock clock) {
        this.demoMode = demoMode;
        this.people = people;
        this.curriculum = curriculum;
        this.service = service;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        SystemAuthentication.call(() -> {
            service.adoptUnlisted();
            if (demoMode.enabled()) {
                assignDemo(FOUNDATIONS, SECTOR_PATHS);
            }
            return List.of();
        });
    }

    /** Assigns the foundations module and each department's path to the demo trainees, once. */
    void assignDemo(String foundations, Map<String, String> sectorPaths) {
        if (rules.findAll().stream().anyMatch(r -> r.createdBy().equals(CREATED_BY))) {
            return;
        }
        var ids = new HashMap<String, PersonId>();
        people.findPeople("").forEach((PersonRow p) -> ids.put(p.username(), p.id()));
        var today = LocalDate.now(clock);
        var onTime = new ArrayList<PersonId>();
        var overdue = new ArrayList<PersonId>();
        var paths = new LinkedHashMap<String, List<PersonId>>();
        for (var account : demoMode.accounts()) {
            var id = ids.get(account.username());
            var path = sectorPaths.get(account.department());
            if (id == null || path == null || !account.roles().contains(Role.TRAINEE)) {
                continue;
            }
            (account.username().equals("ben") ? overdue : onTime).add(id);
            paths.computeIfAbsent(path, k -> new ArrayList<>()).add(id);
        }
        assign(foundations, onTime, today.plusDays(14));
        assign(foundations, overdue, today.minusDays(3));
        paths.forEach((path, chosen) -> assign(path, chosen, today.plusDays(45)));
    }

    private void assign(String moduleKey, List<PersonId> chosen, LocalDate due) {
        if (!chosen.isEmpty() && curriculum.published(moduleKey).isPresent()) {
            service.create(moduleKey, AssignmentTarget.PEOPLE, chosen, null, null, due, null, CREATED_BY);
        }
    }
}
