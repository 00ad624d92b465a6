package org.orienta.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForAnyone;
import org.orienta.base.ForStaff;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Languages;
import org.orienta.base.VisibleText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's structure: departments (optionally nested: a department may sit inside another)
 * and job roles. Administrators add, rename, move and remove them; one still in use is not removed.
 */
@Service
@ForAdmins
public class OrganisationService {

    /** A department with its place in the tree and how many people belong to it directly. */
    public record DepartmentRow(
            DepartmentId id, String name, @Nullable DepartmentId parent, String path, int depth, long people) {}

    public record JobRoleRow(JobRoleId id, String name, long people) {}

    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final PersonRepository people;
    private final AuditService audit;
    private final OrganisationSettingRepository settings;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrganisationService(
            DepartmentRepository departments,
            JobRoleRepository jobRoles,
            PersonRepository people,
            AuditService audit,
            OrganisationSettingRepository settings,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.departments = departments;
        this.jobRoles = jobRoles;
        this.people = people;
        this.audit = audit;
    }

    /**
     * The language people see when they have not chosen their own (and, before sign-in, when the
     * browser asks for none Orienta has). Read before anyone signs in, so open to anyone.
     */
    @ForAnyone
    @Transactional(readOnly = true)
    public Optional<Locale> defaultLanguage() {
        return settings.findById(OrganisationSetting.DEFAULT_LANGUAGE).flatMap(s -> Languages.supported(s.value()));
    }

    /** @param language one of {@link Languages#SUPPORTED}, or null to go back to each browser's language */
    @Transactional
    public void changeDefaultLanguage(@Nullable Locale language) {
        if (language == null) {
            settings.deleteById(OrganisationSetting.DEFAULT_LANGUAGE);
            audit.record(
                    AuditAction.ORGANISATION_CHANGED,
                    AuditText.of("audit.text.defaultLanguage"),
                    AuditOutcome.SUCCESS,
                    AuditText.of("audit.text.none"));
            return;
        }
        var tag = Languages.supported(language)
                .orElseThrow(
                        () -> new InvalidInputException(FieldProblem.of("language", "account.language.unsupported")))
                .getLanguage();
        settings.findById(OrganisationSetting.DEFAULT_LANGUAGE)
                .ifPresentOrElse(
                        s -> s.change(tag),
                        () -> settings.save(new OrganisationSetting(OrganisationSetting.DEFAULT_LANGUAGE, tag)));
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.defaultLanguage"),
                AuditOutcome.SUCCESS,
                AuditText.literal(tag));
    }

    /**
     * The languages besides English every item must be complete in before it is published (a draft or an
     * imported zip); empty when publishing needs English only. Read by trainers' publishing and imports.
     */
    @ForStaff
    @Transactional(readOnly = true)
    public List<Locale> requiredLanguages() {
        return settings.findById(OrganisationSetting.REQUIRED_LANGUAGES)
                .map(s -> java.util.Arrays.stream(s.value().split(","))
                        .map(Languages::supported)
                        .flatMap(Optional::stream)
                        .filter(l -> !l.equals(Languages.ENGLISH))
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    /** @param languages supported languages besides English; none to publish items complete in English only */
    @Transactional
    public void changeRequiredLanguages(java.util.Collection<Locale> languages) {
        var tags = new ArrayList<String>();
        for (var supported : Languages.SUPPORTED) {
            if (!supported.equals(Languages.ENGLISH)
                    && languages.stream().anyMatch(l -> l.getLanguage().equals(supported.getLanguage()))) {
                tags.add(supported.getLanguage());
            }
        }
        for (var language : languages) {
            if (Languages.supported(language).isEmpty()) {
                throw new InvalidInputException(FieldProblem.of("languages", "account.language.unsupported"));
            }
        }
        var value = String.join(",", tags);
        if (tags.isEmpty()) {
            settings.deleteById(OrganisationSetting.REQUIRED_LANGUAGES);
        } else {
            settings.findById(OrganisationSetting.REQUIRED_LANGUAGES)
                    .ifPresentOrElse(
                            s -> s.change(value),
                            () -> settings.save(
                                    new OrganisationSetting(OrganisationSetting.REQUIRED_LANGUAGES, value)));
        }
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.requiredLanguages"),
                AuditOutcome.SUCCESS,
                tags.isEmpty() ? AuditText.of("audit.text.none") : AuditText.literal(value));
    }

    /** Every department in tree order: each followed by the departments inside it, by name. */
    @Transactional(readOnly = true)
    public List<DepartmentRow> departments() {
        var all = departments.findAllByOrderByName();
        var children = new HashMap<@Nullable Long, List<Department>>();
        all.forEach(d -> children.computeIfAbsent(
                        d.parent() == null ? null : d.parent().id().value(), k -> new ArrayList<>())
                .add(d));
        var counts = counts(people.countByDepartment());
        var rows = new ArrayList<DepartmentRow>();
        walk(children, null, "", 0, counts, rows);
        return rows;
    }

    private static void walk(
            HashMap<@Nullable Long, List<Department>> children,
            @Nullable Long parent,
            String path,
            int depth,
            HashMap<Long, Long> counts,
            List<DepartmentRow> rows) {
        var here = new ArrayList<>(children.getOrDefault(parent, List.of()));
        here.sort(Comparator.comparing(Department::name, String.CASE_INSENSITIVE_ORDER));
        for (var department : here) {
            var full = path.isEmpty() ? department.name() : path + " \u203a " + department.name();
            long id = department.id().value();
            rows.add(new DepartmentRow(
                    department.id(),
                    department.name(),
                    parent == null ? null : new DepartmentId(parent),
                    full,
                    depth,
                    counts.getOrDefault(id, 0L)));
            walk(children, id, full, depth + 1, counts, rows);
        }
    }

    @Transactional
    public DepartmentId createDepartment(String name, @Nullable DepartmentId parent) {
        var clean = checkName(name, departments.findByName(name.strip()).isPresent(), "department");
        var saved = departments.saveAndFlush(new Department(clean, parent == null ? null : load(parent)));
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.department", clean),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.created"));
        return saved.id();
    }

    /** Renames a department and/or moves it inside another (or to the top); never inside itself. */
    @Transactional
    public void updateDepartment(DepartmentId id, String name, @Nullable DepartmentId parent) {
        var department = load(id);
        var clean = checkName(
                name,
                departments
                        .findByName(name.strip())
                        .filter(d -> !d.id().equals(id))
                        .isPresent(),
                "department");
        Department newParent = parent == null ? null : load(parent);
        for (var up = newParent; up != null; up = up.parent()) {
            if (up.id().equals(id)) {
                throw new InvalidInputException(FieldProblem.of("parent", "organisation.department.cycle"));
            }
        }
        department.change(clean, newParent);
        departments.saveAndFlush(department);
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.department", clean),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.renamedOrMoved"));
    }

    /** Removes an empty department: no people and no departments inside it. */
    @Transactional
    public void deleteDepartment(DepartmentId id) {
        var department = load(id);
        var row = departments().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        if (row.people() > 0) {
            throw new InvalidInputException(
                    FieldProblem.of("department", "organisation.department.hasPeople", row.people()));
        }
        if (departments.findAll().stream()
                .anyMatch(d -> d.parent() != null && d.parent().id().equals(id))) {
            throw new InvalidInputException(FieldProblem.of("department", "organisation.department.hasChildren"));
        }
        departments.delete(department);
        departments.flush();
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.department", department.name()),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.removed"));
    }

    @Transactional(readOnly = true)
    public List<JobRoleRow> jobRoles() {
        var counts = counts(people.countByJobRole());
        return jobRoles.findAllByOrderByName().stream()
                .map(j -> new JobRoleRow(j.id(), j.name(), counts.getOrDefault(j.id().value(), 0L)))
                .toList();
    }

    @Transactional
    public JobRoleId createJobRole(String name) {
        var clean = checkName(name, jobRoles.findByName(name.strip()).isPresent(), "jobRole");
        var saved = jobRoles.saveAndFlush(new JobRole(clean));
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.jobRole", clean),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.created"));
        return saved.id();
    }

    @Transactional
    public void renameJobRole(JobRoleId id, String name) {
        var role = jobRoles.findById(id.value())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("jobRole", "organisation.gone")));
        var clean = checkName(
                name,
                jobRoles.findByName(name.strip())
                        .filter(j -> !j.id().equals(id))
                        .isPresent(),
                "jobRole");
        role.rename(clean);
        jobRoles.saveAndFlush(role);
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.jobRole", clean),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.renamed"));
    }

    /** Removes a job role nobody has; its target levels go with it. */
    @Transactional
    public void deleteJobRole(JobRoleId id) {
        var role = jobRoles.findById(id.value())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("jobRole", "organisation.gone")));
        long holders = jobRoles().stream()
                .filter(r -> r.id().equals(id))
                .mapToLong(JobRoleRow::people)
                .sum();
        if (holders > 0) {
            throw new InvalidInputException(FieldProblem.of("jobRole", "organisation.jobRole.hasPeople", holders));
        }
        // Its target levels (competency module) go in the same transaction.
        events.publishEvent(new JobRoleRemoved(id));
        jobRoles.delete(role);
        jobRoles.flush();
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.jobRole", role.name()),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.removed"));
    }

    private static HashMap<Long, Long> counts(List<Object[]> rows) {
        var counts = new HashMap<Long, Long>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    private Department load(DepartmentId id) {
        return departments
                .findById(id.value())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("department", "organisation.gone")));
    }

    private static String checkName(String name, boolean taken, String field) {
        var clean = name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of(field, "organisation.name.required"));
        }
        if (clean.length() > Department.NAME_MAX_LENGTH) {
            throw new InvalidInputException(
                    FieldProblem.of(field, "organisation.name.length", Department.NAME_MAX_LENGTH));
        }
        var invisible = VisibleText.invisible(clean);
        if (invisible.isPresent()) {
            throw new InvalidInputException(
                    FieldProblem.of(field, "organisation.name.invisible", VisibleText.describe(invisible.getAsInt())));
        }
        if (taken) {
            throw new InvalidInputException(FieldProblem.of(field, "organisation.name.taken", clean));
        }
        return clean;
    }
}
