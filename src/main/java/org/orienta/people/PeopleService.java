package org.orienta.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForAnyone;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForStaff;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Languages;
import org.orienta.people.security.SessionDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of people: administrators manage it, everyone reads and maintains their own account.
 * Every check happens before anything is written, so a refused change leaves the data as it was.
 */
@Service
@ForSignedIn
public class PeopleService {

    private final SessionDirectory sessions;
    private final NoticeRepository notices;

    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PeopleService(
            PersonRepository people,
            DepartmentRepository departments,
            JobRoleRepository jobRoles,
            PasswordEncoder passwordEncoder,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            SessionDirectory sessions,
            NoticeRepository notices) {
        this.notices = notices;
        this.events = events;
        this.sessions = sessions;
        this.people = people;
        this.departments = departments;
        this.jobRoles = jobRoles;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enabled trainees with their department and job role, for assigning, reviewing and reporting. */
    @ForStaff
    @Transactional(readOnly = true)
    public List<TraineeRow> trainees() {
        return people.search("").stream()
                .filter(p -> p.enabled() && p.roles().contains(Role.TRAINEE))
                .map(PeopleService::traineeRow)
                .toList();
    }

    /** One enabled trainee with their department and job role. */
    @ForStaff
    @Transactional(readOnly = true)
    public java.util.Optional<TraineeRow> trainee(PersonId id) {
        return people.findById(id.value())
                .filter(p -> p.enabled() && p.roles().contains(Role.TRAINEE))
                .map(PeopleService::traineeRow);
    }

    /** The enabled people who report directly to the signed-in person: a manager's team. */
    @ForSignedIn
    @Transactional(readOnly = true)
    public List<TraineeRow> myTeam() {
        return people.team(currentUser.requireId().value()).stream()
                .map(PeopleService::traineeRow)
                .toList();
    }

    /**
     * People by id with their department, for a service that has already checked the caller may see them
     * (the people an observation names, an observer's assigned people); unknown ids are left out.
     */
    @ForSignedIn
    @Transactional(readOnly = true)
    public java.util.Map<PersonId, TraineeRow> rows(java.util.Collection<PersonId> ids) {
        var rows = new java.util.LinkedHashMap<PersonId, TraineeRow>();
        people.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .sorted(java.util.Comparator.comparing(Person::displayName))
                .forEach(p -> rows.put(p.id(), traineeRow(p)));
        return rows;
    }

    /** The enabled people of some departments, for a service that has checked the caller may see them. */
    @ForSignedIn
    @Transactional(readOnly = true)
    public List<TraineeRow> inDepartments(java.util.Collection<DepartmentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.inDepartments(ids.stream().map(DepartmentId::value).toList()).stream()
                .map(PeopleService::traineeRow)
                .toList();
    }

    /** Department names by id, for a service that has checked the caller may see them. */
    @ForSignedIn
    @Transactional(readOnly = true)
    public java.util.Map<DepartmentId, String> departmentNames(java.util.Collection<DepartmentId> ids) {
        var names = new java.util.LinkedHashMap<DepartmentId, String>();
        departments.findAllById(ids.stream().map(DepartmentId::value).toList()).stream()
                .sorted(java.util.Comparator.comparing(Department::name))
                .forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    /** Enabled trainers (and administrators, who may train too), by name: who can facilitate a session. */
    @ForStaff
    @Transactional(readOnly = true)
    public List<PersonOption> trainers() {
        return people.search("").stream()
                .filter(p -> p.enabled()
                        && (p.roles().contains(Role.TRAINER) || p.roles().contains(Role.ADMIN)))
                .map(p -> new PersonOption(p.id(), p.displayName()))
                .sorted(org.orienta.base.Collation.by(PersonOption::displayName, Locale.ROOT))
                .toList();
    }

    private static TraineeRow traineeRow(Person p) {
        return new TraineeRow(
                p.id(),
                p.displayName(),
                p.department() == null ? null : p.department().id(),
                p.department() == null ? null : p.department().name(),
                p.jobRole() == null ? null : p.jobRole().id(),
                p.jobRole() == null ? null : p.jobRole().name());
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public List<PersonRow> findPeople(String filter) {
        return people.search(filter.strip().toLowerCase(Locale.ROOT)).stream()
                .map(PeopleService::row)
                .toList();
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public PersonDetails get(PersonId id) {
        var p = load(id);
        var draft = new PersonDraft(
                p.username(),
                p.displayName(),
                p.email(),
                p.department() == null ? null : p.department().id(),
                p.jobRole() == null ? null : p.jobRole().id(),
                p.roles(),
                p.manager() == null ? null : p.manager().id());
        return new PersonDetails(id, draft, p.enabled(), p.demo(), p.version());
    }

    /**
     * Creates a person who must choose their own password at first sign-in. With no initial password,
     * a random one-time password is generated and returned once.
     */
    @ForAdmins
    @Transactional
    public CreatedPerson create(PersonDraft draft, @Nullable String initialPassword) {
        var problems = check(draft, null);
        boolean generate = initialPassword == null || initialPassword.isEmpty();
        if (!generate) {
            PasswordPolicy.check(initialPassword, draft.username(), draft.email())
                    .ifPresent(key -> problems.add(FieldProblem.of("password", key, PasswordPolicy.MIN_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String password = generate ? oneTimePassword() : initialPassword;
        var person = new Person(
                draft.username(),
                draft.displayName(),
                draft.email(),
                passwordEncoder.encode(password),
                clock.instant());
        apply(person, draft);
        people.saveAndFlush(person);
        audit.record(
                AuditAction.PERSON_CREATED,
                person.username(),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.roles", draft.roles()));
        placed(person);
        return new CreatedPerson(person.id(), generate ? password : null);
    }

    @ForAdmins
    @Transactional
    public void update(PersonId id, PersonDraft draft, long basedOnVersion) {
        var person = load(id);
        if (person.version() != basedOnVersion) {
            throw new ConcurrentEditException("person " + person.username());
        }
        var problems = check(draft, id);
        if (id.equals(currentUser.id().orElse(null)) && !draft.roles().contains(Role.ADMIN)) {
            problems.add(FieldProblem.of("roles", "person.roles.keepOwnAdmin"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var rolesBefore = person.roles();
        person.rename(draft.username(), draft.displayName(), draft.email());
        apply(person, draft);
        people.saveAndFlush(person);
        audit.record(
                AuditAction.PERSON_UPDATED,
                person.username(),
                AuditOutcome.SUCCESS,
                rolesBefore.equals(draft.roles())
                        ? AuditText.of("audit.text.details")
                        : AuditText.of("audit.text.rolesChanged", rolesBefore, draft.roles()));
        placed(person);
    }

    @ForAdmins
    @Transactional
    public void setEnabled(PersonId id, boolean enabled) {
        if (!enabled && id.equals(currentUser.id().orElse(null))) {
            throw new InvalidInputException(FieldProblem.of("enabled", "person.enabled.notSelf"));
        }
        var person = load(id);
        person.setEnabled(enabled);
        people.saveAndFlush(person);
        int ended = enabled ? 0 : sessions.end(person.username(), null);
        audit.record(
                enabled ? AuditAction.PERSON_ENABLED : AuditAction.PERSON_DISABLED,
                person.username(),
                AuditOutcome.SUCCESS,
                ended == 0 ? AuditText.none() : AuditText.of("audit.text.sessionsEnded", ended));
    }

    /**
     * Erases a person's personal data (GDPR art. 17): name, username, e-mail and password are replaced by a
     * pseudonym, they are signed out and can no longer sign in, their notices go, and the modules that
     * hold their free text blank it ({@link PersonErased}). What they did stays, under the pseudonym and in
     * their department, so reports and totals remain consistent. Returns the pseudonym.
     */
    @ForAdmins
    @Transactional
    public String erase(PersonId id) {
        if (id.equals(currentUser.id().orElse(null))) {
            throw new InvalidInputException(FieldProblem.of("person", "person.erase.notSelf"));
        }
        var person = load(id);
        if (person.roles().contains(Role.ADMIN) && people.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new InvalidInputException(FieldProblem.of("person", "person.erase.lastAdmin"));
        }
        var former = person.username();
        sessions.end(former, null);
        var pseudonym = "erased-" + id.value();
        person.pseudonymise(pseudonym, passwordEncoder.encode(oneTimePassword() + oneTimePassword()));
        people.saveAndFlush(person);
        notices.deleteAll(notices.findByPersonId(id.value()));
        events.publishEvent(new PersonErased(id, former, pseudonym));
        // The audit trail keeps who was erased by pseudonym only; earlier entries stay as the law on
        // security logs requires (docs/people.md).
        audit.record(AuditAction.PERSON_ERASED, pseudonym, AuditOutcome.SUCCESS, AuditText.of("audit.text.erased"));
        return pseudonym;
    }

    /**
     * A fresh installation: an administrator exists, but none has chosen a password yet, so the first one
     * still signs in with the one-time password printed at the end of start-up. Says nothing about the
     * password itself; the sign-in page uses it to say where to look.
     */
    @ForAnyone
    @Transactional(readOnly = true)
    public boolean awaitingFirstAdministrator() {
        return people.existsWithRole(Role.ADMIN) && !people.existsWithRoleAndOwnPassword(Role.ADMIN);
    }

    /** Replaces a person's password with a random one-time password, returned once. */
    @ForAdmins
    @Transactional
    public String resetPassword(PersonId id) {
        var person = load(id);
        var password = oneTimePassword();
        person.assignOneTimePassword(passwordEncoder.encode(password));
        people.saveAndFlush(person);
        // A reset usually means the old password is known to someone else: their sessions end too.
        sessions.end(person.username(), null);
        audit.record(
                AuditAction.PASSWORD_RESET,
                person.username(),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.oneTimePassword"));
        return password;
    }

    @ForStaff
    @Transactional(readOnly = true)
    public List<DepartmentOption> departments() {
        return departments.findAllByOrderByName().stream()
                .map(d -> new DepartmentOption(d.id(), d.name()))
                .toList();
    }

    @ForStaff
    @Transactional(readOnly = true)
    public List<JobRoleOption> jobRoles() {
        return jobRoles.findAllByOrderByName().stream()
                .map(j -> new JobRoleOption(j.id(), j.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public MyProfile myProfile() {
        var p = load(currentUser.requireId());
        return new MyProfile(
                p.id(),
                p.username(),
                p.displayName(),
                p.email(),
                p.department() == null ? null : p.department().name(),
                p.jobRole() == null ? null : p.jobRole().name(),
                p.roles(),
                p.mustChangePassword(),
                p.department() == null ? null : p.department().id(),
                p.jobRole() == null ? null : p.jobRole().id(),
                Languages.supported(p.language()).orElse(null));
    }

    /** The signed-in person's own interface language, if they chose one. */
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return currentUser
                .id()
                .flatMap(id -> people.findById(id.value()))
                .flatMap(p -> Languages.supported(p.language()));
    }

    /** @param language one of {@link Languages#SUPPORTED}, or null to follow the organisation's default */
    @Transactional
    public void changeMyLanguage(@Nullable Locale language) {
        if (language != null && Languages.supported(language).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("language", "account.language.unsupported"));
        }
        var person = load(currentUser.requireId());
        person.chooseLanguage(language == null ? null : language.getLanguage());
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser
                .id()
                .flatMap(id -> people.findById(id.value()))
                .map(Person::mustChangePassword)
                .orElse(false);
    }

    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        var person = load(currentUser.requireId());
        if (!passwordEncoder.matches(currentPassword, person.passwordHash())) {
            throw new InvalidInputException(FieldProblem.of("currentPassword", "password.currentWrong"));
        }
        var problem = PasswordPolicy.check(newPassword, person.username(), person.email());
        if (problem.isPresent()) {
            throw new InvalidInputException(FieldProblem.of("newPassword", problem.get(), PasswordPolicy.MIN_LENGTH));
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException(FieldProblem.of("newPassword", "password.sameAsCurrent"));
        }
        person.choosePassword(passwordEncoder.encode(newPassword));
        people.saveAndFlush(person);
        // Whoever else is signed in with the old password is signed out.
        int ended = sessions.end(person.username(), SessionDirectory.currentSessionId());
        audit.record(
                AuditAction.PASSWORD_CHANGED,
                person.username(),
                AuditOutcome.SUCCESS,
                ended == 0 ? AuditText.none() : AuditText.of("audit.text.otherSessionsEnded", ended));
    }

    List<FieldProblem> check(PersonDraft draft, @Nullable PersonId existing) {
        var problems = new ArrayList<FieldProblem>();
        PersonRules.checkUsername(draft.username())
                .ifPresent(key -> problems.add(FieldProblem.of(
                        "username", key, PersonRules.USERNAME_MIN_LENGTH, PersonRules.USERNAME_MAX_LENGTH)));
        PersonRules.checkDisplayName(draft.displayName())
                .ifPresent(
                        key -> problems.add(FieldProblem.of("displayName", key, PersonRules.DISPLAY_NAME_MAX_LENGTH)));
        PersonRules.checkEmail(draft.email()).ifPresent(key -> problems.add(FieldProblem.of("email", key)));
        if (problems.stream().noneMatch(p -> p.field().equals("username"))) {
            var username = PersonRules.normaliseUsername(draft.username());
            boolean taken = existing == null
                    ? people.existsByUsername(username)
                    : people.existsByUsernameAndIdNot(username, existing.value());
            if (taken) {
                problems.add(FieldProblem.of("username", "person.username.taken", username));
            }
        }
        if (problems.stream().noneMatch(p -> p.field().equals("email"))) {
            var email = PersonRules.normaliseEmail(draft.email());
            boolean taken = existing == null
                    ? people.existsByEmail(email)
                    : people.existsByEmailAndIdNot(email, existing.value());
            if (taken) {
                problems.add(FieldProblem.of("email", "person.email.taken", email));
            }
        }
        if (draft.roles().isEmpty()) {
            problems.add(FieldProblem.of("roles", "person.roles.required"));
        }
        if (draft.departmentId() == null && draft.roles().contains(Role.TRAINEE)) {
            problems.add(FieldProblem.of("department", "person.department.requiredForTrainee"));
        }
        if (draft.departmentId() != null
                && !departments.existsById(draft.departmentId().value())) {
            problems.add(FieldProblem.of("department", "person.department.unknown"));
        }
        if (draft.jobRoleId() != null && !jobRoles.existsById(draft.jobRoleId().value())) {
            problems.add(FieldProblem.of("jobRole", "person.jobRole.unknown"));
        }
        if (draft.managerId() != null) {
            managerProblem(draft.managerId(), existing).ifPresent(key -> problems.add(FieldProblem.of("manager", key)));
        }
        return problems;
    }

    /** A manager must exist and must not be the person or someone who (indirectly) reports to them. */
    java.util.Optional<String> managerProblem(PersonId manager, @Nullable PersonId person) {
        var found = people.findById(manager.value());
        if (found.isEmpty()) {
            return java.util.Optional.of("person.manager.unknown");
        }
        int depth = 0;
        for (var up = found.get(); up != null && depth < 1_000; up = up.manager(), depth++) {
            if (up.id().equals(person)) {
                return java.util.Optional.of("person.manager.cycle");
            }
        }
        return java.util.Optional.empty();
    }

    private void apply(Person person, PersonDraft draft) {
        person.placeIn(
                draft.departmentId() == null
                        ? null
                        : departments.getReferenceById(draft.departmentId().value()),
                draft.jobRoleId() == null
                        ? null
                        : jobRoles.getReferenceById(draft.jobRoleId().value()));
        person.grant(draft.roles());
        person.reportTo(
                draft.managerId() == null
                        ? null
                        : people.getReferenceById(draft.managerId().value()));
    }

    private Person load(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("no person with id " + id));
    }

    private void placed(Person person) {
        events.publishEvent(new PersonPlaced(
                person.id(),
                person.department() == null ? null : person.department().id(),
                person.jobRole() == null ? null : person.jobRole().id(),
                person.roles().contains(Role.TRAINEE)));
    }

    private static PersonRow row(Person p) {
        return new PersonRow(
                p.id(),
                p.username(),
                p.displayName(),
                p.email(),
                p.manager() == null ? null : p.manager().displayName(),
                Optional.ofNullable(p.department()).map(Department::name).orElse(null),
                Optional.ofNullable(p.jobRole()).map(JobRole::name).orElse(null),
                p.roles(),
                p.enabled(),
                p.mustChangePassword());
    }

    static String oneTimePassword() {
        // 16 symbols from 31 (about 79 bits), grouped in fours so it can be read out and typed.
        var sb = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return sb.toString();
    }
}
