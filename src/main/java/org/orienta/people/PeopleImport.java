package org.orienta.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.Csv;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAdmins;
import org.orienta.base.InvalidInputException;
import org.orienta.base.VisibleText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of people from the CSV an HR system exports (docs/people.md lists the columns). First a
 * preview: every row with what will happen to it (new, update, unchanged) and every problem with its
 * line and column; then the import, all or nothing. A row updates the person with its username, or
 * else its e-mail, instead of adding them twice. New people get one-time passwords, shown once.
 */
@Service
@ForAdmins
public class PeopleImport {

    /** The columns, as their header names; only the first three are required. */
    public static final List<String> COLUMNS =
            List.of("username", "name", "email", "department", "job_role", "roles", "manager");

    static final Set<String> REQUIRED = Set.of("username", "name", "email");
    static final int MAX_ROWS = 10_000;
    static final int MAX_BYTES = 5_000_000;

    public enum Action {
        NEW,
        UPDATE,
        UNCHANGED
    }

    /**
     * One data row as read, what importing it does, each column it changes, and its problems ("line 7,
     * email: ...").
     */
    public record Row(
            int line,
            String username,
            String name,
            String email,
            @Nullable String department,
            @Nullable String jobRole,
            Set<Role> roles,
            @Nullable String manager,
            Action action,
            List<Change> changes,
            List<Problem> problems) {

        public Row {
            roles = Set.copyOf(roles);
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A column whose value an update changes, by its header name, with the value before and after (empty
     * for none). Roles are written as their names in capitals, separated by commas ("TRAINEE, TRAINER").
     */
    public record Change(String column, String before, String after) {}

    /** What is wrong, where: the line in the file, the column's header name, a message key and arguments. */
    public record Problem(int line, String column, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** The whole file: rows, problems that concern no single row (a missing column), new departments and roles. */
    public record Preview(
            List<Row> rows, List<Problem> fileProblems, Set<String> newDepartments, Set<String> newJobRoles) {

        public Preview {
            rows = List.copyOf(rows);
            fileProblems = List.copyOf(fileProblems);
            newDepartments = Set.copyOf(newDepartments);
            newJobRoles = Set.copyOf(newJobRoles);
        }

        public List<Problem> problems() {
            var all = new ArrayList<>(fileProblems);
            rows.forEach(r -> all.addAll(r.problems()));
            return all;
        }

        public long count(Action action) {
            return rows.stream().filter(r -> r.action() == action).count();
        }
    }

    /** A person added by the import and the one-time password they sign in with (shown once). */
    public record NewPerson(String username, String name, String email, String oneTimePassword) {}

    public record Result(int added, int updated, int unchanged, List<NewPerson> newPeople) {

        public Result {
            newPeople = List.copyOf(newPeople);
        }
    }

    private final PeopleService people;
    private final PersonRepository persons;
    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final AuditService audit;

    PeopleImport(
            PeopleService people,
            PersonRepository persons,
            DepartmentRepository departments,
            JobRoleRepository jobRoles,
            AuditService audit) {
        this.people = people;
        this.persons = persons;
        this.departments = departments;
        this.jobRoles = jobRoles;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Preview preview(byte[] file) {
        return read(file);
    }

    /**
     * Imports the file: everything, or (with any problem) nothing. Missing departments and job roles are
     * created; people are added or updated as the preview said.
     */
    @Transactional
    public Result importPeople(byte[] file) {
        var preview = read(file);
        var problems = preview.problems();
        if (!problems.isEmpty() || preview.rows().isEmpty()) {
            audit.record(
                    AuditAction.PEOPLE_IMPORTED,
                    "csv",
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.problems", problems.size()));
            throw new InvalidInputException(
                    problems.isEmpty()
                            ? List.of(FieldProblem.of("file", "import.people.empty"))
                            : problems.stream()
                                    .map(p -> FieldProblem.of(
                                            "line " + p.line() + ", " + p.column(),
                                            p.messageKey(),
                                            p.arguments().toArray()))
                                    .toList());
        }
        var newPeople = new ArrayList<NewPerson>();
        int updated = 0;
        for (var row : preview.rows()) {
            var current = match(row.username(), row.email());
            var keptManager = current.map(Person::manager).map(Person::id).orElse(null);
            var draft = new PersonDraft(
                    row.username(),
                    row.name(),
                    row.email(),
                    department(row.department()),
                    jobRole(row.jobRole()),
                    row.roles(),
                    keptManager);
            switch (row.action()) {
                case NEW -> {
                    var created = people.create(draft, null);
                    newPeople.add(new NewPerson(
                            PersonRules.normaliseUsername(row.username()),
                            row.name(),
                            PersonRules.normaliseEmail(row.email()),
                            java.util.Objects.requireNonNull(created.oneTimePassword())));
                }
                case UPDATE -> {
                    var existing = match(row.username(), row.email()).orElseThrow();
                    people.update(existing.id(), draft, existing.version());
                    updated++;
                }
                case UNCHANGED -> {
                    // Nothing to write.
                }
            }
        }
        // Managers last: a manager may be a person this same file adds.
        for (var row : preview.rows()) {
            if (row.manager() == null) {
                continue;
            }
            var person = persons.findByUsername(PersonRules.normaliseUsername(row.username()))
                    .orElseThrow();
            if (row.manager().isEmpty()) {
                person.reportTo(null);
                continue;
            }
            var manager = persons.findByUsername(row.manager()).orElseThrow();
            var problem = people.managerProblem(manager.id(), person.id());
            if (problem.isPresent()) {
                throw new InvalidInputException(FieldProblem.of("line " + row.line() + ", manager", problem.get()));
            }
            person.reportTo(manager);
        }
        persons.flush();
        var result = new Result(newPeople.size(), updated, (int) preview.count(Action.UNCHANGED), newPeople);
        audit.record(
                AuditAction.PEOPLE_IMPORTED,
                "csv",
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.peopleImported", result.added(), result.updated(), result.unchanged()));
        return result;
    }

    private Preview read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException(FieldProblem.of("file", "import.people.tooLarge", MAX_BYTES / 1_000_000));
        }
        var records = Csv.read(new String(file, StandardCharsets.UTF_8));
        var fileProblems = new ArrayList<Problem>();
        if (records.isEmpty()) {
            fileProblems.add(new Problem(1, "", "import.people.empty", List.of()));
            return new Preview(List.of(), fileProblems, Set.of(), Set.of());
        }
        var header = records.getFirst();
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < header.cells().size(); i++) {
            var name = header.cells()
                    .get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace(' ', '_')
                    .replace('-', '_');
            if (!COLUMNS.contains(name)) {
                fileProblems.add(new Problem(
                        header.line(),
                        header.cells().get(i),
                        "import.people.unknownColumn",
                        List.of(String.join(", ", COLUMNS))));
            } else if (columns.putIfAbsent(name, i) != null) {
                fileProblems.add(new Problem(header.line(), name, "import.people.duplicateColumn", List.of()));
            }
        }
        for (var required : REQUIRED) {
            if (!columns.containsKey(required)) {
                fileProblems.add(new Problem(header.line(), required, "import.people.missingColumn", List.of()));
            }
        }
        if (!fileProblems.isEmpty()) {
            return new Preview(List.of(), fileProblems, Set.of(), Set.of());
        }
        if (records.size() - 1 > MAX_ROWS) {
            fileProblems.add(
                    new Problem(records.get(MAX_ROWS + 1).line(), "", "import.people.tooManyRows", List.of(MAX_ROWS)));
            return new Preview(List.of(), fileProblems, Set.of(), Set.of());
        }
        var rows = new ArrayList<Row>();
        var newDepartments = new LinkedHashSet<String>();
        var newJobRoles = new LinkedHashSet<String>();
        var usernames = new HashMap<String, Integer>();
        var emails = new HashMap<String, Integer>();
        var inFile = new java.util.HashSet<String>();
        for (var record : records.subList(1, records.size())) {
            inFile.add(PersonRules.normaliseUsername(cell(record, columns, "username")));
        }
        for (var record : records.subList(1, records.size())) {
            rows.add(row(
                    record, columns, header.cells().size(), usernames, emails, newDepartments, newJobRoles, inFile));
        }
        return new Preview(rows, fileProblems, newDepartments, newJobRoles);
    }

    private Row row(
            Csv.Row record,
            Map<String, Integer> columns,
            int width,
            Map<String, Integer> usernames,
            Map<String, Integer> emails,
            Set<String> newDepartments,
            Set<String> newJobRoles,
            Set<String> inFile) {
        int line = record.line();
        var problems = new ArrayList<Problem>();
        if (record.cells().size() != width) {
            problems.add(new Problem(
                    line, "", "import.people.cellCount", List.of(record.cells().size(), width)));
        }
        var username = cell(record, columns, "username");
        var name = cell(record, columns, "name");
        var email = cell(record, columns, "email");
        var departmentName = blankToNull(cell(record, columns, "department"));
        var jobRoleName = blankToNull(cell(record, columns, "job_role"));
        var roles = roles(cell(record, columns, "roles"), line, problems);
        // No manager column: managers stay as they are; an empty cell: no manager.
        var manager =
                columns.containsKey("manager") ? PersonRules.normaliseUsername(cell(record, columns, "manager")) : null;
        if (manager != null && !manager.isEmpty()) {
            if (manager.equals(PersonRules.normaliseUsername(username))) {
                problems.add(new Problem(line, "manager", "person.manager.cycle", List.of()));
            } else if (!inFile.contains(manager)
                    && persons.findByUsername(manager).isEmpty()) {
                problems.add(new Problem(line, "manager", "import.people.unknownManager", List.of(manager)));
            }
        }
        var existing =
                username.isEmpty() && email.isEmpty() ? java.util.Optional.<Person>empty() : match(username, email);
        for (var cell : new String[][] {{"department", departmentName}, {"job_role", jobRoleName}}) {
            var invisible = cell[1] == null ? java.util.OptionalInt.empty() : VisibleText.invisible(cell[1]);
            if (invisible.isPresent()) {
                problems.add(new Problem(
                        line, cell[0], "import.people.invisible", List.of(VisibleText.describe(invisible.getAsInt()))));
            }
        }
        DepartmentId department = null;
        if (departmentName != null) {
            var found = departments.findByName(departmentName);
            if (found.isPresent()) {
                department = found.get().id();
            } else if (departmentName.length() > 100) {
                problems.add(new Problem(line, "department", "import.people.tooLong", List.of(100)));
            } else {
                newDepartments.add(departmentName);
            }
        }
        JobRoleId jobRole = null;
        if (jobRoleName != null) {
            var found = jobRoles.findByName(jobRoleName);
            if (found.isPresent()) {
                jobRole = found.get().id();
            } else if (jobRoleName.length() > 100) {
                problems.add(new Problem(line, "job_role", "import.people.tooLong", List.of(100)));
            } else {
                newJobRoles.add(jobRoleName);
            }
        }
        var draft = new PersonDraft(username, name, email, department, jobRole, roles);
        for (var problem : people.check(draft, existing.map(Person::id).orElse(null))) {
            // A department that the import will create is not missing.
            if (problem.field().equals("department") && departmentName != null) {
                continue;
            }
            // An unknown role was already named; "choose at least one role" would only repeat it.
            if (problem.field().equals("roles")
                    && problems.stream().anyMatch(p -> p.column().equals("roles"))) {
                continue;
            }
            problems.add(new Problem(line, column(problem.field()), problem.messageKey(), problem.arguments()));
        }
        if (!username.isEmpty()) {
            var earlier = usernames.putIfAbsent(PersonRules.normaliseUsername(username), line);
            if (earlier != null) {
                problems.add(new Problem(line, "username", "import.people.repeated", List.of(earlier)));
            }
        }
        if (!email.isEmpty()) {
            var earlier = emails.putIfAbsent(PersonRules.normaliseEmail(email), line);
            if (earlier != null) {
                problems.add(new Problem(line, "email", "import.people.repeated", List.of(earlier)));
            }
        }
        var changes = existing.isEmpty()
                ? List.<Change>of()
                : changes(existing.get(), draft, departmentName, jobRoleName, manager);
        Action action = existing.isEmpty() ? Action.NEW : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
        return new Row(
                line, username, name, email, departmentName, jobRoleName, roles, manager, action, changes, problems);
    }

    private static Set<Role> roles(String text, int line, List<Problem> problems) {
        if (text.isBlank()) {
            return Set.of(Role.TRAINEE);
        }
        var roles = new LinkedHashSet<Role>();
        for (var part : text.split("[;|/ ]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(line, "roles", "import.people.unknownRole", List.of(part.strip())));
            }
        }
        return roles;
    }

    /** The person a row updates: the one with its username, or else the one with its e-mail. */
    private java.util.Optional<Person> match(String username, String email) {
        var byUsername = persons.findByUsername(PersonRules.normaliseUsername(username));
        return byUsername.isPresent() ? byUsername : persons.findByEmail(PersonRules.normaliseEmail(email));
    }

    /** What an update changes, column by column; a missing manager column leaves the manager as it is. */
    private static List<Change> changes(
            Person person,
            PersonDraft draft,
            @Nullable String department,
            @Nullable String jobRole,
            @Nullable String manager) {
        var changes = new ArrayList<Change>();
        change(changes, "username", person.username(), PersonRules.normaliseUsername(draft.username()));
        change(changes, "name", person.displayName(), draft.displayName().strip());
        change(changes, "email", person.email(), PersonRules.normaliseEmail(draft.email()));
        change(
                changes,
                "department",
                person.department() == null ? "" : person.department().name(),
                department == null ? "" : department);
        change(
                changes,
                "job_role",
                person.jobRole() == null ? "" : person.jobRole().name(),
                jobRole == null ? "" : jobRole);
        change(changes, "roles", roleNames(person.roles()), roleNames(draft.roles()));
        if (manager != null) {
            change(
                    changes,
                    "manager",
                    person.manager() == null ? "" : person.manager().username(),
                    manager);
        }
        return changes;
    }

    private static void change(List<Change> changes, String column, String before, String after) {
        if (!before.equals(after)) {
            changes.add(new Change(column, before, after));
        }
    }

    private static String roleNames(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(Role::name).toList());
    }

    private @Nullable DepartmentId department(@Nullable String name) {
        if (name == null) {
            return null;
        }
        return departments
                .findByName(name)
                .orElseGet(() -> departments.saveAndFlush(new Department(name, null)))
                .id();
    }

    private @Nullable JobRoleId jobRole(@Nullable String name) {
        if (name == null) {
            return null;
        }
        return jobRoles.findByName(name)
                .orElseGet(() -> jobRoles.saveAndFlush(new JobRole(name)))
                .id();
    }

    private static String cell(Csv.Row record, Map<String, Integer> columns, String name) {
        var index = columns.get(name);
        return index == null || index >= record.cells().size()
                ? ""
                : record.cells().get(index).strip();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** The CSV column a service field comes from. */
    private static String column(String field) {
        return switch (field) {
            case "displayName" -> "name";
            case "jobRole" -> "job_role";
            default -> field;
        };
    }
}
