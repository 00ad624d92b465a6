package org.orienta.observation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForAnyone;
import org.orienta.base.InvalidInputException;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.ChecklistService;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.people.CurrentUser;
import org.orienta.people.DepartmentId;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.SystemAuthentication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use visit links for mystery shopping (ADR 0044). Administrators issue a link for a branch or a
 * person with a checklist, list and revoke them. Whoever holds an open link records one visit with it,
 * without an account: the token is the credential, so the two methods for the holder need no role, and
 * do nothing for a token that does not match an open link. Only the token's SHA-256 is stored; unknown
 * tokens are counted per address and slow the next tries down ({@link VisitLinkThrottle}).
 */
@Service
@ForAdmins
public class VisitLinkService {

    /** The public address of a link: {@code visit/<token>}. */
    public static final String ROUTE = "visit";

    public static final int MAX_LABEL = 100;
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 90;

    /** How long used, revoked and expired links stay in the administrators' list. */
    static final Duration LISTED = Duration.ofDays(90);

    private static final SecureRandom TOKENS = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final VisitLinkRepository links;
    private final ObservationWriter writer;
    private final VisitLinkThrottle throttle;
    private final ChecklistService checklists;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    VisitLinkService(
            VisitLinkRepository links,
            ObservationWriter writer,
            VisitLinkThrottle throttle,
            ChecklistService checklists,
            PeopleService people,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.links = links;
        this.writer = writer;
        this.throttle = throttle;
        this.checklists = checklists;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a link; the token comes back once, here, and is stored only as its hash. Audited, without
     * the token.
     */
    @Transactional
    public IssuedVisitLink issue(NewVisitLink link) {
        var problems = new ArrayList<FieldProblem>();
        var label = link.label().strip();
        if (label.isEmpty()) {
            problems.add(FieldProblem.of("label", "observation.link.labelRequired"));
        } else if (label.length() > MAX_LABEL) {
            problems.add(FieldProblem.of("label", "observation.link.labelTooLong", MAX_LABEL));
        }
        var branch = link.branch();
        var person = link.person();
        String target = null;
        if ((branch == null) == (person == null)) {
            problems.add(FieldProblem.of("target", "observation.link.targetRequired"));
        } else if (branch != null) {
            target = people.departmentNames(List.of(branch)).get(branch);
            if (target == null) {
                problems.add(FieldProblem.of("branch", "observation.link.targetRequired"));
            }
        } else if (person != null) {
            var row = people.rows(List.of(person)).get(person);
            if (row == null) {
                problems.add(FieldProblem.of("person", "observation.link.targetRequired"));
            } else if (row.department() == null) {
                problems.add(FieldProblem.of("person", "observation.link.personWithoutBranch", row.displayName()));
            } else {
                target = row.displayName();
            }
        }
        var checklist = checklists.published(link.checklistKey());
        if (checklist.isEmpty()) {
            problems.add(FieldProblem.of("checklist", "observation.link.checklistRequired"));
        }
        var today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        if (link.validUntil().isBefore(today) || link.validUntil().isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(FieldProblem.of("validUntil", "observation.link.validUntil", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var published = checklist.orElseThrow();
        var token = newToken();
        var expiresAt = link.validUntil()
                .plusDays(1)
                .atStartOfDay(ZoneId.systemDefault())
                .toInstant();
        var saved = links.saveAndFlush(new VisitLink(
                hash(token),
                label,
                branch,
                person,
                published.key(),
                published.version(),
                expiresAt,
                actor(),
                clock.instant()));
        audit.record(
                AuditAction.VISIT_LINK_ISSUED,
                label,
                AuditOutcome.SUCCESS,
                AuditText.of(
                        "audit.text.visitLink",
                        saved.id(),
                        String.valueOf(target),
                        published.key(),
                        link.validUntil().toString()));
        return new IssuedVisitLink(saved.id(), token, expiresAt);
    }

    /** The links issued in the last 90 days and every older one still open, newest first. */
    @Transactional(readOnly = true)
    public List<VisitLinkRow> links() {
        var now = clock.instant();
        var found = links.recentOrOpen(now.minus(LISTED), now);
        var branches = new HashSet<DepartmentId>();
        var persons = new HashSet<PersonId>();
        for (var link : found) {
            var branch = link.branch();
            var person = link.person();
            if (branch != null) {
                branches.add(branch);
            }
            if (person != null) {
                persons.add(person);
            }
        }
        var branchNames = people.departmentNames(branches);
        var personRows = people.rows(persons);
        var titles = new HashMap<String, LocalizedText>();
        var rows = new ArrayList<VisitLinkRow>();
        for (var link : found) {
            var branch = link.branch();
            var person = link.person();
            String target;
            if (person != null) {
                var row = personRows.get(person);
                target = row == null ? "#" + person.value() : row.displayName();
            } else {
                var id = java.util.Objects.requireNonNull(branch, "a link names a branch or a person");
                target = branchNames.getOrDefault(id, "#" + id.value());
            }
            var title = titles.computeIfAbsent(
                    link.checklistKey() + "@" + link.checklistVersion(),
                    k -> checklists
                            .version(link.checklistKey(), link.checklistVersion())
                            .title());
            rows.add(new VisitLinkRow(
                    link.id(),
                    link.label(),
                    target,
                    person != null,
                    title,
                    link.createdBy(),
                    link.createdAt(),
                    link.expiresAt(),
                    link.state(now),
                    link.usedAt()));
        }
        return rows;
    }

    /** Revokes an open link: it records nothing any more and its holder reads that it is no longer valid. */
    @Transactional
    public void revoke(long id) {
        var link = links.findById(id)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("link", "observation.link.notOpen")));
        if (link.state(clock.instant()) != VisitLinkState.OPEN) {
            throw new InvalidInputException(FieldProblem.of("link", "observation.link.notOpen"));
        }
        link.revoke(actor(), clock.instant());
        flush(link);
        audit.record(
                AuditAction.VISIT_LINK_REVOKED,
                link.label(),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.visitLinkId", link.id()));
    }

    /**
     * What the holder of a link sees: the form for an open link, or why there is none. Anyone may ask;
     * the token is the credential. An unknown token counts against the address it came from.
     */
    @ForAnyone
    @Transactional(readOnly = true)
    public VisitLinkOpening open(String token, @Nullable String address) {
        var found = find(token, address);
        var closed = found.opening();
        if (closed != null) {
            return closed;
        }
        var link = java.util.Objects.requireNonNull(found.link(), "an open link");
        // The token proved the holder may see this link's form; what the form needs to show is read as
        // Orienta itself, since the holder has no account to read it with.
        return SystemAuthentication.call(() -> {
            var checklist = new PublishedChecklist(
                    link.checklistVersion(), checklists.version(link.checklistKey(), link.checklistVersion()));
            var target = target(link);
            return new VisitLinkOpening.Form(target.branchName(), target.personName(), checklist, link.expiresAt());
        });
    }

    /**
     * Records the one visit of an open link as a mystery-shopping observation under the link's label, and
     * closes the link, all or nothing: answers the checklist refuses leave the link open. Refused with
     * {@link InvalidInputException} (field {@code link}) when the token matches no open link.
     */
    @ForAnyone
    @Transactional
    public ObservationId submit(String token, LinkVisit visit, @Nullable String address) {
        var found = find(token, address);
        var opening = found.opening();
        if (opening != null) {
            throw new InvalidInputException(
                    switch (opening) {
                        case VisitLinkOpening.Used used -> FieldProblem.of("link", "observation.link.used");
                        case VisitLinkOpening.Wait wait ->
                            FieldProblem.of("link", "observation.link.wait", minutes(wait.delay()));
                        default -> FieldProblem.of("link", "observation.link.closed");
                    });
        }
        var link = java.util.Objects.requireNonNull(found.link(), "an open link");
        var recorded = SystemAuthentication.call(() -> {
            var target = target(link);
            var id = writer.write(
                    new NewObservation(
                            link.checklistKey(),
                            link.checklistVersion(),
                            link.person(),
                            null,
                            ObservationSource.MYSTERY_SHOPPING,
                            visit.day(),
                            target.branch(),
                            visit.channel(),
                            null,
                            visit.answers()),
                    link.label());
            link.use(id.value(), clock.instant());
            return id;
        });
        try {
            links.saveAndFlush(link);
        } catch (OptimisticLockingFailureException raced) {
            // Two submissions of one link at once: the other one recorded the visit.
            throw new InvalidInputException(FieldProblem.of("link", "observation.link.used"));
        }
        audit.recordAs(
                "visit-link-" + link.id(),
                AuditAction.VISIT_LINK_USED,
                AuditText.literal(link.label()),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.observation", recorded.value(), link.checklistKey()),
                address);
        return recorded;
    }

    private record Found(@Nullable VisitLink link, @Nullable VisitLinkOpening opening) {}

    private record Target(
            @Nullable DepartmentId branch,
            String branchName,
            @Nullable String personName) {}

    /** The link of an open token, or what to say instead; counts and audits unknown tokens. */
    private Found find(String token, @Nullable String address) {
        var wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            audit.recordFrequent(
                    "anonymous",
                    AuditAction.VISIT_LINK_REFUSED,
                    ROUTE,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.wait", Math.max(1, wait.toSeconds())),
                    address);
            return new Found(null, new VisitLinkOpening.Wait(wait));
        }
        Optional<VisitLink> link =
                WELL_FORMED.matcher(token).matches() ? links.findByTokenHash(hash(token)) : Optional.empty();
        if (link.isEmpty()) {
            throttle.failed(address);
            audit.recordFrequent(
                    "anonymous",
                    AuditAction.VISIT_LINK_REFUSED,
                    ROUTE,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.visitLinkUnknown"),
                    address);
            return new Found(null, new VisitLinkOpening.Closed());
        }
        return switch (link.get().state(clock.instant())) {
            case OPEN -> new Found(link.get(), null);
            case USED -> new Found(null, new VisitLinkOpening.Used());
            case REVOKED, EXPIRED -> new Found(null, new VisitLinkOpening.Closed());
        };
    }

    /** The branch a visit counts for: the link's, or where its person works now. Run as Orienta itself. */
    private Target target(VisitLink link) {
        var person = link.person();
        if (person == null) {
            var branch = java.util.Objects.requireNonNull(link.branch(), "a link names a branch or a person");
            return new Target(branch, people.departmentNames(List.of(branch)).getOrDefault(branch, ""), null);
        }
        var row = people.rows(List.of(person)).get(person);
        if (row == null) {
            return new Target(null, "", null);
        }
        var name = row.departmentName();
        return new Target(row.department(), name == null ? "" : name, row.displayName());
    }

    private void flush(VisitLink link) {
        try {
            links.saveAndFlush(link);
        } catch (OptimisticLockingFailureException raced) {
            throw new InvalidInputException(FieldProblem.of("link", "observation.link.notOpen"));
        }
    }

    private String actor() {
        return currentUser.username().orElse(SystemAuthentication.SYSTEM);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** 256 random bits, URL-safe: 43 characters. */
    static String newToken() {
        var bytes = new byte[32];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored instead of the token: its SHA-256, in hexadecimal. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
