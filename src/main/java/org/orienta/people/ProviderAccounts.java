package org.orienta.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.InvalidInputException;
import org.orienta.people.security.SessionDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps people in step with the company's identity provider at each sign-in through it: finds the person
 * (by the provider's subject, at the first sign-in by e-mail or else username, never creating a second
 * account), creates them just in time when there is none, and applies the roles, department, job role
 * and manager the provider says. Changes go through {@link PeopleService} as the CSV import's do, so
 * standing assignments reach a person who joins a department the same way; what changed is audited.
 * Spring Security calls this as the OpenID Connect user service, once the ID token has been validated.
 */
@Component
public class ProviderAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error codes of refused sign-ins, which the sign-in page puts into words. */
    public static final String DISABLED = "orienta_disabled";

    public static final String MISSING_CLAIM = "orienta_missing_claim";
    public static final String NOT_ALLOWED = "orienta_not_allowed";
    public static final String NO_DEPARTMENT = "orienta_no_department";

    private final OAuth2UserService<OidcUserRequest, OidcUser> tokens = new OidcUserService();
    private final CompanySignInSettings settings;
    private final PersonRepository persons;
    private final DepartmentRepository departments;
    private final JobRoleRepository jobRoles;
    private final PeopleService people;
    private final AuditService audit;
    private final SessionDirectory sessions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProviderAccounts(
            CompanySignInSettings settings,
            PersonRepository persons,
            DepartmentRepository departments,
            JobRoleRepository jobRoles,
            PeopleService people,
            AuditService audit,
            SessionDirectory sessions,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.settings = settings;
        this.persons = persons;
        this.departments = departments;
        this.jobRoles = jobRoles;
        this.people = people;
        this.audit = audit;
        this.sessions = sessions;
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A sign-in that is refused, with the code the sign-in page explains and what the audit trail keeps. */
    private static final class Refused extends RuntimeException {

        private final String code;
        private final String who;

        Refused(String code, String who, String detail) {
            super(detail, null, false, false);
            this.code = code;
            this.who = who;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = tokens.loadUser(request);
        var id = request.getClientRegistration().getRegistrationId();
        var provider = settings.providers().get(id);
        if (provider == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NOT_ALLOWED));
        }
        var identity = Identity.of(user, provider.claims());
        try {
            var signedIn = Objects.requireNonNull(
                    transaction.execute(status -> SystemAuthentication.call(() -> keepInStep(id, provider, identity))));
            return new ProviderSignedInPerson(
                    signedIn.id(),
                    signedIn.username(),
                    signedIn.displayName(),
                    signedIn.roles(),
                    id,
                    user.getIdToken(),
                    user.getUserInfo());
        } catch (Refused refused) {
            audit.recordFrequent(
                    refused.who,
                    AuditAction.SIGN_IN_FAILED,
                    refused.who,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.providerRefused", provider.shownLabel(id), refused.getMessage()),
                    null);
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.code, claimOf(refused), null));
        }
    }

    /** The missing claim's name travels in the error's description, for the sign-in page to name it. */
    private static @Nullable String claimOf(Refused refused) {
        return refused.code.equals(MISSING_CLAIM) ? refused.getMessage() : null;
    }

    /** What the token says about the person, by the claim names the settings give. */
    record Identity(
            String issuer,
            String subject,
            String email,
            String username,
            String name,
            List<String> groups,
            @Nullable String department,
            @Nullable String jobRole,
            @Nullable String manager) {

        static Identity of(OidcUser user, CompanySignInSettings.Claims claims) {
            var subject = user.getSubject();
            var email = text(user, claims.email());
            if (email == null) {
                throw new OAuth2AuthenticationException(new OAuth2Error(MISSING_CLAIM, claims.email(), null));
            }
            var username = Optional.ofNullable(text(user, claims.username())).orElse(email);
            var name = Optional.ofNullable(text(user, claims.name())).orElse(username);
            List<String> groups = user.hasClaim(claims.groups()) ? user.getClaimAsStringList(claims.groups()) : null;
            return new Identity(
                    user.getIdToken().getIssuer().toString(),
                    subject,
                    email,
                    username,
                    name,
                    groups == null ? List.of() : List.copyOf(groups),
                    text(user, claims.department()),
                    text(user, claims.jobRole()),
                    text(user, claims.manager()));
        }

        private static @Nullable String text(OidcUser user, String claim) {
            var value = user.hasClaim(claim) ? user.getClaimAsString(claim) : null;
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Runs in one transaction as Orienta itself (the person is not signed in yet). */
    private Person keepInStep(String providerId, CompanySignInSettings.Provider provider, Identity identity) {
        var label = provider.shownLabel(providerId);
        var linked = linkedPerson(identity.issuer(), identity.subject());
        var person = linked.or(() -> persons.findByEmail(PersonRules.normaliseEmail(identity.email())))
                .or(() -> persons.findByUsername(PersonRules.normaliseUsername(identity.username())));
        if (person.isPresent() && linked.isEmpty() && linkedElsewhere(person.get(), identity.issuer())) {
            // Another identity of this provider already is this person: a second one taking the account over
            // by naming the same e-mail is refused.
            throw new Refused(NOT_ALLOWED, person.get().username(), "linked to another identity");
        }
        if (person.isPresent() && !person.get().enabled()) {
            throw new Refused(DISABLED, person.get().username(), "disabled");
        }
        Person result =
                person.isEmpty() ? create(provider, label, identity) : update(provider, label, identity, person.get());
        link(providerId, identity, result);
        return result;
    }

    private Person create(CompanySignInSettings.Provider provider, String label, Identity identity) {
        var roles = provider.rolesFor(identity.groups());
        if (roles.isEmpty()) {
            roles = EnumSet.of(Role.TRAINEE);
        }
        var department = department(provider, identity.department())
                .or(() -> Optional.ofNullable(provider.defaultDepartment()).flatMap(this::departmentNamed))
                .orElse(null);
        if (department == null && roles.contains(Role.TRAINEE)) {
            throw new Refused(NO_DEPARTMENT, identity.username(), "no department");
        }
        var manager = manager(identity.manager(), null);
        var draft = new PersonDraft(
                identity.username(),
                identity.name(),
                identity.email(),
                department == null ? null : department.id(),
                jobRole(identity.jobRole()).map(JobRole::id).orElse(null),
                roles,
                manager == null ? null : manager.id());
        try {
            var created = people.create(draft, null);
            var person = persons.findById(created.id().value()).orElseThrow();
            // Nobody knows the generated password: there is nothing to change at the first sign-in.
            person.choosePassword(person.passwordHash());
            audit.recordAs(
                    person.username(),
                    AuditAction.PERSON_CREATED,
                    person.username(),
                    AuditOutcome.SUCCESS,
                    AuditText.of("audit.text.providerCreated", label, describe(person)),
                    null);
            return person;
        } catch (InvalidInputException invalid) {
            throw new Refused(NOT_ALLOWED, identity.username(), problems(invalid));
        }
    }

    private Person update(CompanySignInSettings.Provider provider, String label, Identity identity, Person person) {
        var before = describe(person);
        var roles = person.roles();
        if (!provider.rolesManagedInOrienta()) {
            roles = provider.rolesFor(identity.groups());
            if (roles.isEmpty()) {
                roles = EnumSet.of(Role.TRAINEE);
            }
            if (person.roles().contains(Role.ADMIN)
                    && !roles.contains(Role.ADMIN)
                    && persons.countEnabledWithRole(Role.ADMIN) <= 1) {
                // The provider's groups never lock the organisation out of its own administration.
                roles.add(Role.ADMIN);
            }
        }
        var department = identity.department() == null
                ? Optional.ofNullable(person.department())
                : department(provider, identity.department()).or(() -> Optional.ofNullable(person.department()));
        var jobRole = identity.jobRole() == null
                ? Optional.ofNullable(person.jobRole())
                : jobRole(identity.jobRole()).or(() -> Optional.ofNullable(person.jobRole()));
        var manager = manager(identity.manager(), person);
        if (manager == null) {
            manager = person.manager();
        }
        if (department.isEmpty() && roles.contains(Role.TRAINEE)) {
            throw new Refused(NO_DEPARTMENT, person.username(), "no department");
        }
        var email = persons.findByEmail(PersonRules.normaliseEmail(identity.email()))
                        .filter(other -> !other.equals(person))
                        .isPresent()
                ? person.email() // Someone else's in Orienta: the person keeps theirs rather than being refused.
                : identity.email();
        var draft = new PersonDraft(
                person.username(),
                identity.name(),
                email,
                department.map(Department::id).orElse(null),
                jobRole.map(JobRole::id).orElse(null),
                roles,
                manager == null ? null : manager.id());
        if (unchanged(person, draft)) {
            return person;
        }
        try {
            people.update(person.id(), draft, person.version());
        } catch (InvalidInputException invalid) {
            throw new Refused(NOT_ALLOWED, person.username(), problems(invalid));
        }
        var after = persons.findById(person.id().value()).orElseThrow();
        audit.recordAs(
                after.username(),
                AuditAction.PERSON_UPDATED,
                after.username(),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.providerChanged", label, before, describe(after)),
                null);
        return after;
    }

    private static boolean unchanged(Person person, PersonDraft draft) {
        return person.displayName().equals(draft.displayName().strip())
                && person.email().equals(PersonRules.normaliseEmail(draft.email()))
                && person.roles().equals(draft.roles())
                && Objects.equals(
                        person.department() == null ? null : person.department().id(), draft.departmentId())
                && Objects.equals(
                        person.jobRole() == null ? null : person.jobRole().id(), draft.jobRoleId())
                && Objects.equals(
                        person.manager() == null ? null : person.manager().id(), draft.managerId());
    }

    /** The audited state: roles, department, job role and manager (names, not ids, for the reader). */
    private static String describe(Person person) {
        return String.join(
                "; ",
                "roles "
                        + String.join(
                                ", ",
                                person.roles().stream().sorted().map(Role::name).toList()),
                "department "
                        + (person.department() == null
                                ? "-"
                                : person.department().name()),
                "job role " + (person.jobRole() == null ? "-" : person.jobRole().name()),
                "manager " + (person.manager() == null ? "-" : person.manager().username()),
                "e-mail " + person.email(),
                "name " + person.displayName());
    }

    private static String problems(InvalidInputException invalid) {
        var text = new ArrayList<String>();
        invalid.problems().forEach(p -> text.add(p.field() + " " + p.messageKey()));
        return String.join(", ", text);
    }

    /** By the settings' map of codes first, then by name (in any case). */
    private Optional<Department> department(CompanySignInSettings.Provider provider, @Nullable String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        var name = provider.departments().getOrDefault(claim, claim);
        return departmentNamed(name);
    }

    private Optional<Department> departmentNamed(String name) {
        return departments
                .findByName(name.strip())
                .or(() -> departments.findFirstByNameIgnoreCaseOrderById(name.strip()));
    }

    private Optional<JobRole> jobRole(@Nullable String claim) {
        if (claim == null) {
            return Optional.empty();
        }
        return jobRoles.findByName(claim).or(() -> jobRoles.findFirstByNameIgnoreCaseOrderById(claim));
    }

    /** The manager the claim names (a username or an e-mail), unless unknown or it would make a cycle. */
    private @Nullable Person manager(@Nullable String claim, @Nullable Person person) {
        if (claim == null) {
            return null;
        }
        var manager = persons.findByUsername(PersonRules.normaliseUsername(claim))
                .or(() -> persons.findByEmail(PersonRules.normaliseEmail(claim)));
        if (manager.isEmpty()
                || people.managerProblem(manager.get().id(), person == null ? null : person.id())
                        .isPresent()) {
            return null;
        }
        return manager.get();
    }

    private Optional<Person> linkedPerson(String issuer, String subject) {
        return jdbc.sql("select person_id from person_login where issuer = ? and subject = ?")
                .params(issuer, subject)
                .query(Long.class)
                .optional()
                .flatMap(persons::findById);
    }

    private boolean linkedElsewhere(Person person, String issuer) {
        return jdbc.sql("select count(*) from person_login where issuer = ? and person_id = ?")
                        .params(issuer, person.id().value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void link(String providerId, Identity identity, Person person) {
        var now = Timestamp.from(clock.instant());
        int updated = jdbc.sql(
                        "update person_login set last_sign_in = ?, person_id = ? where issuer = ? and subject = ?")
                .params(now, person.id().value(), identity.issuer(), identity.subject())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into person_login (issuer, subject, provider, person_id, last_sign_in) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(
                            identity.issuer(),
                            identity.subject(),
                            providerId,
                            person.id().value(),
                            now)
                    .update();
        }
    }

    /**
     * The provider says the person signed out there (back-channel logout): their sessions end on every
     * node, as when they are disabled. Returns how many ended on this node.
     */
    public int signedOutAtProvider(String issuer, String subject) {
        var username = transaction.execute(
                status -> linkedPerson(issuer, subject).map(Person::username).orElse(null));
        if (username == null) {
            return 0;
        }
        int ended = sessions.end(username, null);
        audit.recordAs(
                username,
                AuditAction.SIGN_OUT,
                username,
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.providerSignOut", ended),
                null);
        return ended;
    }

    /** An erased person's identities at providers are personal data too. */
    @EventListener
    void on(PersonErased erased) {
        jdbc.sql("delete from person_login where person_id = ?")
                .param(erased.person().value())
                .update();
    }

    /** For the tests: the people linked to this provider identity. */
    Set<PersonId> linked(String issuer, String subject) {
        return linkedPerson(issuer, subject).map(p -> Set.of(p.id())).orElse(Set.of());
    }
}
