package org.orienta.progress.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAnyone;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DepartmentId;
import org.orienta.people.JobRoleId;
import org.orienta.people.NoticeService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PersonPlaced;
import org.orienta.people.TraineeRow;
import org.orienta.progress.Actor;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.ItemCatalogue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers assign modules to named people, to a department or to a job role, with a due date. A
 * department or role assignment stands: people who join later receive it too. Trainers follow each
 * assignment person by person and send reminders, which reach the trainee's home page.
 */
@org.springframework.modulith.NamedInterface("assignment")
@Service
@ForTrainers
public class AssignmentService {

    /** One assignment as the trainer's list shows it, with how its people stand. */
    public record RuleRow(
            long id,
            String moduleKey,
            String moduleTitle,
            AssignmentTarget target,
            @Nullable String targetName,
            @Nullable LocalDate due,
            @Nullable Integer recurrenceMonths,
            String createdBy,
            Map<ModuleStatus, Integer> counts) {

        public RuleRow {
            counts = Map.copyOf(counts);
        }

        public int people() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One person of an assignment and where they stand in its module. */
    public record PersonStatus(
            PersonId person,
            String name,
            @Nullable String department,
            ModuleStatus status,
            int itemsCompleted,
            int items) {}

    private final AssignmentRuleRepository rules;
    private final AssignmentRepository assignments;
    private final AttemptRepository attempts;
    private final ItemCatalogue items;
    private final CurriculumService curriculum;
    private final PeopleService people;
    private final NoticeService notices;
    private final AuditService audit;
    private final Clock clock;

    AssignmentService(
            AssignmentRuleRepository rules,
            AssignmentRepository assignments,
            AttemptRepository attempts,
            ItemCatalogue items,
            CurriculumService curriculum,
            PeopleService people,
            NoticeService notices,
            AuditService audit,
            Clock clock) {
        this.rules = rules;
        this.assignments = assignments;
        this.attempts = attempts;
        this.items = items;
        this.curriculum = curriculum;
        this.people = people;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Assigns a module. {@code people} for {@link AssignmentTarget#PEOPLE}, {@code department} or
     * {@code jobRole} for the others. A person who already has the module assigned gets the new due
     * date. Returns the assignment's id.
     */
    @Transactional
    public long assign(
            String moduleKey,
            AssignmentTarget target,
            Collection<PersonId> chosen,
            @Nullable DepartmentId department,
            @Nullable JobRoleId jobRole,
            @Nullable LocalDate due) {
        return assign(moduleKey, target, chosen, department, jobRole, due, null);
    }

    /**
     * As {@link #assign(String, AssignmentTarget, Collection, DepartmentId, JobRoleId, LocalDate)}, repeating:
     * {@code recurrenceMonths} after each completion the module is due again (a refresher).
     */
    @Transactional
    public long assign(
            String moduleKey,
            AssignmentTarget target,
            Collection<PersonId> chosen,
            @Nullable DepartmentId department,
            @Nullable JobRoleId jobRole,
            @Nullable LocalDate due,
            @Nullable Integer recurrenceMonths) {
        var problems = new ArrayList<FieldProblem>();
        if (curriculum.published(moduleKey).isEmpty()) {
            problems.add(FieldProblem.of("module", "assign.noModule"));
        }
        if (target == AssignmentTarget.PEOPLE && chosen.isEmpty()) {
            problems.add(FieldProblem.of("people", "assign.noPeople"));
        }
        if (target == AssignmentTarget.DEPARTMENT && department == null) {
            problems.add(FieldProblem.of("department", "assign.noDepartment"));
        }
        if (target == AssignmentTarget.JOB_ROLE && jobRole == null) {
            problems.add(FieldProblem.of("jobRole", "assign.noJobRole"));
        }
        if (due != null && due.isBefore(LocalDate.now(clock))) {
            problems.add(FieldProblem.of("due", "assign.dueInPast"));
        }
        if (recurrenceMonths != null && (recurrenceMonths < 1 || recurrenceMonths > 60)) {
            problems.add(FieldProblem.of("recurrence", "assign.recurrenceRange", 1, 60));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = create(moduleKey, target, chosen, department, jobRole, due, recurrenceMonths, Actor.username());
        audit.record(
                AuditAction.ASSIGNMENT_CREATED,
                auditTarget(moduleKey, id),
                AuditOutcome.SUCCESS,
                recurrenceMonths == null
                        ? AuditText.of(
                                "audit.text.assigned",
                                "audit.text.assignTo." + target.name(),
                                assignments.findByRuleId(id).size(),
                                dueText(due))
                        : AuditText.of(
                                "audit.text.assignedEvery",
                                "audit.text.assignTo." + target.name(),
                                assignments.findByRuleId(id).size(),
                                dueText(due),
                                recurrenceMonths));
        return id;
    }

    /**
     * Changes an assignment's due date, for the assignment and for each of its people; an empty date
     * means no due date.
     */
    @Transactional
    public void changeDue(long ruleId, @Nullable LocalDate due) {
        var rule = rule(ruleId);
        if (due != null && due.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException(FieldProblem.of("due", "assign.dueInPast"));
        }
        var before = rule.dueDate();
        rule.due(due);
        var members = assignments.findByRuleId(ruleId);
        members.forEach(a -> a.reassign(due, ruleId, a.assignedBy(), a.assignedAt()));
        audit.record(
                AuditAction.ASSIGNMENT_CHANGED,
                auditTarget(rule.moduleKey(), ruleId),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.dueChanged", dueText(before), dueText(due), members.size()));
    }

    /**
     * Removes an assignment: its people no longer have the module assigned. What they did stays: their
     * attempts and evidence belong to them, not to the assignment.
     */
    @Transactional
    public void remove(long ruleId) {
        var rule = rule(ruleId);
        var members = assignments.findByRuleId(ruleId);
        assignments.deleteAll(members);
        rules.delete(rule);
        audit.record(
                AuditAction.ASSIGNMENT_REMOVED,
                auditTarget(rule.moduleKey(), ruleId),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.people", members.size()));
    }

    /** The department a department rule names; the caller has checked it is there. */
    private static DepartmentId departmentOf(AssignmentTarget target, @Nullable DepartmentId department) {
        return Objects.requireNonNull(department, () -> "a rule for a " + target + " names it");
    }

    private static JobRoleId jobRoleOf(AssignmentTarget target, @Nullable JobRoleId jobRole) {
        return Objects.requireNonNull(jobRole, () -> "a rule for a " + target + " names it");
    }

    private static AuditText auditTarget(String moduleKey, long ruleId) {
        return AuditText.of("audit.text.assignment", moduleKey, ruleId);
    }

    /** An ISO date, or the word for none (shown in the reader's language). */
    private static String dueText(@Nullable LocalDate due) {
        return due == null ? "audit.text.none" : due.toString();
    }

    /**
     * Records an assignment already checked: the one way assignments come into being, so that each
     * appears in the trainer's list with its people. Demo data comes through here too, with a due date
     * in the past where it shows what overdue looks like.
     */
    long create(
            String moduleKey,
            AssignmentTarget target,
            Collection<PersonId> chosen,
            @Nullable DepartmentId department,
            @Nullable JobRoleId jobRole,
            @Nullable LocalDate due,
            @Nullable Integer recurrenceMonths,
            String createdBy) {
        var rule = rules.saveAndFlush(new AssignmentRule(
                moduleKey,
                target,
                target == AssignmentTarget.DEPARTMENT
                        ? departmentOf(target, department).value()
                        : null,
                target == AssignmentTarget.JOB_ROLE ? jobRoleOf(target, jobRole).value() : null,
                due,
                recurrenceMonths,
                createdBy,
                clock.instant()));
        var members = switch (target) {
            case PEOPLE ->
                people.trainees().stream().filter(t -> chosen.contains(t.id())).toList();
            case DEPARTMENT ->
                people.trainees().stream()
                        .filter(t -> departmentOf(target, department).equals(t.department()))
                        .toList();
            case JOB_ROLE ->
                people.trainees().stream()
                        .filter(t -> jobRoleOf(target, jobRole).equals(t.jobRole()))
                        .toList();
        };
        members.forEach(t -> give(rule, t.id().value(), due));
        return rule.id();
    }

    /** Every assignment, newest first, with how many of its people stand where. */
    @Transactional(readOnly = true)
    public List<RuleRow> assignments() {
        var departments = new HashMap<Long, String>();
        people.departments().forEach(d -> departments.put(d.id().value(), d.name()));
        var roles = new HashMap<Long, String>();
        people.jobRoles().forEach(j -> roles.put(j.id().value(), j.name()));
        var names = names();
        var rows = new ArrayList<RuleRow>();
        for (AssignmentRule rule : rules.findAllByOrderByCreatedAtDesc()) {
            var counts = new EnumMap<ModuleStatus, Integer>(ModuleStatus.class);
            for (PersonStatus status : statuses(rule, names)) {
                counts.merge(status.status(), 1, Integer::sum);
            }
            var title = curriculum
                    .published(rule.moduleKey())
                    .map(m -> m.definition().title().english())
                    .orElse(rule.moduleKey());
            var targetName = switch (rule.target()) {
                case PEOPLE -> null;
                case DEPARTMENT -> departments.get(rule.departmentId());
                case JOB_ROLE -> roles.get(rule.jobRoleId());
            };
            rows.add(new RuleRow(
                    rule.id(),
                    rule.moduleKey(),
                    title,
                    rule.target(),
                    targetName,
                    rule.dueDate(),
                    rule.recurrenceMonths(),
                    rule.createdBy(),
                    counts));
        }
        return rows;
    }

    /** The people of one assignment and where each stands: not started, in progress, completed, overdue. */
    @Transactional(readOnly = true)
    public List<PersonStatus> people(long ruleId) {
        return statuses(rule(ruleId), names());
    }

    /** Sends a reminder to one person of an assignment; it appears on their home page. */
    @Transactional
    public void remind(long ruleId, PersonId person) {
        var rule = rule(ruleId);
        var title = curriculum
                .published(rule.moduleKey())
                .map(m -> m.definition().title().english())
                .orElse(rule.moduleKey());
        var link = "my-training/" + rule.moduleKey();
        if (rule.dueDate() == null) {
            notices.post(person, "notice.reminder", List.of(title), link, Actor.displayName());
        } else {
            // An ISO date: the reader sees it in their own date format.
            notices.post(
                    person, "notice.reminderDue", List.of(title, rule.dueDate().toString()), link, Actor.displayName());
        }
        audit.record(
                AuditAction.REMINDER_SENT,
                auditTarget(rule.moduleKey(), ruleId),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.person", person.value()));
    }

    /** Reminds everyone of an assignment who has not completed it; returns how many were reminded. */
    @Transactional
    public int remindAllOpen(long ruleId) {
        int count = 0;
        for (PersonStatus status : people(ruleId)) {
            if (status.status() != ModuleStatus.COMPLETED) {
                remind(ruleId, status.person());
                count++;
            }
        }
        return count;
    }

    /** Someone joined a department or job role (or became a trainee): they receive its standing assignments. */
    @EventListener
    @Transactional
    @ForAnyone
    public void onPersonPlaced(PersonPlaced placed) {
        if (!placed.trainee()) {
            return;
        }
        var standing = new ArrayList<AssignmentRule>();
        if (placed.department() != null) {
            standing.addAll(rules.findByTargetAndDepartmentId(
                    AssignmentTarget.DEPARTMENT, placed.department().value()));
        }
        if (placed.jobRole() != null) {
            standing.addAll(rules.findByTargetAndJobRoleId(
                    AssignmentTarget.JOB_ROLE, placed.jobRole().value()));
        }
        var today = LocalDate.now(clock);
        for (AssignmentRule rule : standing) {
            if (assignments
                    .findByTraineeIdAndModuleKey(placed.person().value(), rule.moduleKey())
                    .isPresent()) {
                continue;
            }
            // A newcomer never starts overdue: a past due date becomes four weeks from joining.
            var due = rule.dueDate() == null || !rule.dueDate().isBefore(today) ? rule.dueDate() : today.plusWeeks(4);
            give(rule, placed.person().value(), due);
        }
    }

    /**
     * Assignments recorded without an assignment (older demo data did this) would be invisible to
     * trainers; each module's such assignments become one assignment to the chosen people, keeping each
     * person's due date. Returns how many were adopted.
     */
    @Transactional
    public int adoptUnlisted() {
        var orphans = assignments.findByRuleIdIsNull();
        var byModule = new java.util.LinkedHashMap<String, List<Assignment>>();
        orphans.forEach(a ->
                byModule.computeIfAbsent(a.moduleKey(), k -> new ArrayList<>()).add(a));
        byModule.forEach((moduleKey, group) -> {
            var dues = group.stream().map(Assignment::dueDate).distinct().toList();
            var first = group.getFirst();
            var rule = rules.saveAndFlush(new AssignmentRule(
                    moduleKey,
                    AssignmentTarget.PEOPLE,
                    null,
                    null,
                    dues.size() == 1 ? dues.getFirst() : null,
                    null,
                    first.assignedBy(),
                    first.assignedAt()));
            group.forEach(a -> a.rule(rule.id()));
        });
        return orphans.size();
    }

    private void give(AssignmentRule rule, long traineeId, @Nullable LocalDate due) {
        var existing = assignments.findByTraineeIdAndModuleKey(traineeId, rule.moduleKey());
        if (existing.isPresent()) {
            existing.get().reassign(due, rule.id(), rule.createdBy(), clock.instant());
        } else {
            var assignment = new Assignment(traineeId, rule.moduleKey(), due, rule.createdBy(), clock.instant());
            assignment.rule(rule.id());
            assignments.save(assignment);
        }
    }

    private List<PersonStatus> statuses(AssignmentRule rule, Map<Long, TraineeRow> names) {
        var module = curriculum.published(rule.moduleKey()).orElse(null);
        if (module == null) {
            return List.of();
        }
        var catalogue = items.published();
        var today = LocalDate.now(clock);
        var result = new ArrayList<PersonStatus>();
        for (Assignment assignment : assignments.findByRuleId(rule.id())) {
            var person = names.get(assignment.traineeId());
            if (person == null) {
                continue;
            }
            // Only assessed runs: a trainee practising is not "in progress" to their trainer.
            var assessed = attempts.findByTraineeIdOrderByLastActivityAtDesc(assignment.traineeId()).stream()
                    .filter(a -> a.mode() == AttemptMode.ASSESSED)
                    .toList();
            var progress = ModuleStanding.of(cycle(assessed, assignment, rule), catalogue)
                    .module(rule.moduleKey(), module.definition(), assignment.dueDate(), today);
            int done = (int) progress.items().stream()
                    .filter(i -> i.status() == ItemStatus.COMPLETED)
                    .count();
            result.add(new PersonStatus(
                    person.id(),
                    person.displayName(),
                    person.departmentName(),
                    progress.status(),
                    done,
                    progress.items().size()));
        }
        result.sort(java.util.Comparator.comparing(PersonStatus::name));
        return result;
    }

    /** For a refresher, only what was done in the current cycle counts: since the module was last due again. */
    static List<Attempt> cycle(List<Attempt> all, Assignment assignment, @Nullable AssignmentRule rule) {
        var recurrence = rule == null ? null : rule.recurrenceMonths();
        return all.stream()
                .filter(a -> ModuleStanding.counts(a.lastActivityAt(), assignment.assignedAt(), recurrence))
                .toList();
    }

    private Map<Long, TraineeRow> names() {
        var names = new HashMap<Long, TraineeRow>();
        people.trainees().forEach(t -> names.put(t.id().value(), t));
        return names;
    }

    private AssignmentRule rule(long id) {
        return rules.findById(id)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("assignment", "assign.notFound")));
    }
}
