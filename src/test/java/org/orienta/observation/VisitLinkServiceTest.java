package org.orienta.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditRecord;
import org.orienta.audit.AuditService;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.content.ContentService;
import org.orienta.people.DepartmentId;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Single-use visit links: issued by administrators, used once by someone without an account (ADR 0044). */
@IntegrationTest
class VisitLinkServiceTest {

    /** Addresses of the documentation ranges, one per test that guesses, so their counts stay apart. */
    private static final String HOLDER = "198.51.100.1";

    @Autowired
    VisitLinkService links;

    @Autowired
    ObservationService observations;

    @Autowired
    ObservationEvidence evidence;

    @Autowired
    VisitLinkThrottle throttle;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    Clock clock;

    PersonId anna;
    DepartmentId retail;

    @BeforeEach
    void organisation() {
        ObservationFixtures.setUp(content, people, observations, users);
        throttle.clear();
        anna = ObservationFixtures.id(people, "anna");
        retail = ObservationFixtures.department(people, "Retail").id();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private IssuedVisitLink issue(NewVisitLink link) {
        return SignedIn.callAs(users, TestUsers.ADMIN, () -> links.issue(link));
    }

    private IssuedVisitLink forAnna() {
        return issue(new NewVisitLink("Agency Nord, visit 3", null, anna, "counter-visit", today().plusDays(14)));
    }

    /** As the holder of a link: no account, like the anonymous visitor of the public page. */
    private static <T> T anonymously(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private LinkVisit visit(ChecklistAnswer answer) {
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("counter-visit"))
                .orElseThrow();
        return new LinkVisit(
                today(),
                ChecklistContext.COUNTER,
                checklist.definition().behaviours().stream()
                        .map(b -> new ObservedAnswer(b.id(), answer, null))
                        .toList());
    }

    private ObservationId submit(String token, LinkVisit visit) {
        return anonymously(() -> links.submit(token, visit, HOLDER));
    }

    private VisitLinkOpening open(String token, String address) {
        return anonymously(() -> links.open(token, address));
    }

    private static void refusedWith(Runnable call, String messageKey) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(FieldProblem.of("link", messageKey)));
    }

    @Test
    void only_the_hash_of_the_token_is_stored() {
        var issued = forAnna();

        var stored = jdbc.sql("select token_hash from visit_link where id = ?")
                .param(issued.id())
                .query(String.class)
                .single();
        assertThat(issued.token()).hasSize(43);
        assertThat(stored)
                .isEqualTo(VisitLinkService.hash(issued.token()))
                .hasSize(64)
                .isNotEqualTo(issued.token());
        assertThat(jdbc.sql("select count(*) from visit_link where token_hash = ? or label = ?")
                        .param(issued.token())
                        .param(issued.token())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void the_holder_opens_the_form_for_the_person_without_an_account() {
        var issued = forAnna();

        assertThat(open(issued.token(), HOLDER)).isInstanceOfSatisfying(VisitLinkOpening.Form.class, form -> {
            assertThat(form.person()).isEqualTo("Anna Kowalski");
            assertThat(form.branch()).isEqualTo("Retail");
            assertThat(form.checklist().key()).isEqualTo("counter-visit");
        });
    }

    @Test
    void a_link_records_one_visit_and_is_dead_afterwards() {
        var issued = forAnna();

        var recorded = submit(issued.token(), visit(ChecklistAnswer.DONE));

        assertThat(recorded.value()).isPositive();
        assertThat(open(issued.token(), HOLDER)).isInstanceOf(VisitLinkOpening.Used.class);
        refusedWith(() -> submit(issued.token(), visit(ChecklistAnswer.NOT_DONE)), "observation.link.used");
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> assertThat(o.id()).isEqualTo(recorded));
        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> links.links()))
                .filteredOn(r -> r.id() == issued.id())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo(VisitLinkState.USED);
                    assertThat(r.usedAt()).isNotNull();
                });
    }

    @Test
    void a_visit_through_a_link_is_mystery_shopping_evidence_with_its_weight_and_no_observer_name() {
        var issued = forAnna();

        submit(issued.token(), visit(ChecklistAnswer.DONE));

        var pieces = SignedIn.callAs(users, TestUsers.ADMIN, () -> evidence.counted(anna));
        assertThat(pieces)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.weight()).isEqualTo(ObservationSource.MYSTERY_SHOPPING.weight()));
        assertThat(ObservationSource.MYSTERY_SHOPPING.weight()).isEqualTo(2.0);
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.source()).isEqualTo(ObservationSource.MYSTERY_SHOPPING);
                    assertThat(o.observerName()).isNull();
                    assertThat(o.departmentName()).isEqualTo("Retail");
                    assertThat(o.channel()).isEqualTo(ChecklistContext.COUNTER);
                });
        assertThat(jdbc.sql("select observer_label from observation where person_id = ?")
                        .param(anna.value())
                        .query(String.class)
                        .single())
                .isEqualTo("Agency Nord, visit 3");
    }

    @Test
    void a_branch_link_rates_the_branch_and_names_no_one() {
        var issued = issue(new NewVisitLink("Agency Nord", retail, null, "phone-call", today().plusDays(3)));
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("phone-call"))
                .orElseThrow();

        assertThat(open(issued.token(), HOLDER))
                .isInstanceOfSatisfying(
                        VisitLinkOpening.Form.class,
                        form -> assertThat(form.person()).isNull());
        var id = submit(
                issued.token(),
                new LinkVisit(
                        today(),
                        ChecklistContext.PHONE,
                        checklist.definition().behaviours().stream()
                                .map(b -> new ObservedAnswer(b.id(), ChecklistAnswer.PARTLY, "friendly"))
                                .toList()));

        assertThat(SignedIn.callAs(users, TestUsers.TRAINER, () -> observations.since(today())))
                .filteredOn(o -> o.id().equals(id))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.person()).isNull();
                    assertThat(o.departmentName()).isEqualTo("Retail");
                    assertThat(o.source()).isEqualTo(ObservationSource.MYSTERY_SHOPPING);
                });
    }

    @Test
    void answers_the_checklist_refuses_leave_the_link_open() {
        var issued = forAnna();
        var incomplete = new LinkVisit(
                today(),
                ChecklistContext.COUNTER,
                visit(ChecklistAnswer.DONE).answers().subList(0, 1));

        assertThatThrownBy(() -> submit(issued.token(), incomplete))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).noneMatch(p -> p.field().equals("link")));
        assertThat(open(issued.token(), HOLDER)).isInstanceOf(VisitLinkOpening.Form.class);
    }

    @Test
    void a_wrong_or_malformed_token_is_refused_and_says_nothing_about_any_link() {
        var issued = forAnna();
        var wrong = issued.token().substring(0, 42) + (issued.token().endsWith("A") ? "B" : "A");

        assertThat(open(wrong, HOLDER)).isInstanceOf(VisitLinkOpening.Closed.class);
        assertThat(open("not a token", HOLDER)).isInstanceOf(VisitLinkOpening.Closed.class);
        refusedWith(() -> submit(wrong, visit(ChecklistAnswer.DONE)), "observation.link.closed");
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .isEmpty();
    }

    @Test
    void an_expired_link_reads_like_an_unknown_one() {
        var issued = forAnna();
        jdbc.sql("update visit_link set expires_at = ? where id = ?")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
                .param(issued.id())
                .update();
        entities.clear();

        assertThat(open(issued.token(), HOLDER)).isInstanceOf(VisitLinkOpening.Closed.class);
        refusedWith(() -> submit(issued.token(), visit(ChecklistAnswer.DONE)), "observation.link.closed");
        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> links.links()))
                .filteredOn(r -> r.id() == issued.id())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(VisitLinkState.EXPIRED));
    }

    @Test
    void a_revoked_link_is_closed_and_issuing_and_revoking_are_audited_without_the_token() {
        var issued = forAnna();

        SignedIn.callAs(users, TestUsers.ADMIN, () -> {
            links.revoke(issued.id());
            return null;
        });

        assertThat(open(issued.token(), HOLDER)).isInstanceOf(VisitLinkOpening.Closed.class);
        refusedWith(() -> submit(issued.token(), visit(ChecklistAnswer.DONE)), "observation.link.closed");
        assertThatThrownBy(() -> SignedIn.callAs(users, TestUsers.ADMIN, () -> {
                    links.revoke(issued.id());
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        Committed.asIfCommitted();
        var entries = auditEntries(Set.of(AuditAction.VISIT_LINK_ISSUED, AuditAction.VISIT_LINK_REVOKED));
        assertThat(entries)
                .filteredOn(e -> e.target().equals("Agency Nord, visit 3"))
                .extracting(AuditRecord::action)
                .contains(AuditAction.VISIT_LINK_ISSUED, AuditAction.VISIT_LINK_REVOKED);
        assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain(issued.token()));
        assertThat(entries)
                .filteredOn(e -> e.action() == AuditAction.VISIT_LINK_ISSUED)
                .anySatisfy(e -> assertThat(e.detail()).contains("Anna Kowalski", "counter-visit"));
    }

    @Test
    void using_a_link_is_audited_under_the_link() {
        var issued = forAnna();

        var recorded = submit(issued.token(), visit(ChecklistAnswer.DONE));
        Committed.asIfCommitted();

        assertThat(auditEntries(Set.of(AuditAction.VISIT_LINK_USED))).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("visit-link-" + issued.id());
            assertThat(e.target()).isEqualTo("Agency Nord, visit 3");
            assertThat(e.detail()).contains(Long.toString(recorded.value()));
            assertThat(e.clientAddress()).isEqualTo(HOLDER);
        });
    }

    @Test
    void guesses_from_one_address_are_slowed_down_and_other_addresses_are_not() {
        var issued = forAnna();
        var guesser = "203.0.113.7";
        for (int i = 0; i < VisitLinkThrottle.FREE_TRIES; i++) {
            assertThat(open(VisitLinkService.newToken(), guesser)).isInstanceOf(VisitLinkOpening.Closed.class);
        }

        assertThat(open(issued.token(), guesser))
                .isInstanceOfSatisfying(
                        VisitLinkOpening.Wait.class,
                        wait -> assertThat(wait.delay()).isPositive().isLessThanOrEqualTo(VisitLinkThrottle.MAX_DELAY));
        assertThatThrownBy(() -> anonymously(() -> links.submit(issued.token(), visit(ChecklistAnswer.DONE), guesser)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("observation.link.wait"));
        assertThat(open(issued.token(), "203.0.113.8")).isInstanceOf(VisitLinkOpening.Form.class);
    }

    @Test
    void without_a_link_no_visit_is_recorded_without_an_observer() {
        var visit = visit(ChecklistAnswer.DONE);
        var checklist = SignedIn.callAs(users, TestUsers.TRAINER, () -> checklists.published("counter-visit"))
                .orElseThrow();

        assertThatThrownBy(() -> SignedIn.callAs(
                        users,
                        ObservationFixtures.OBSERVER,
                        () -> observations.record(new NewObservation(
                                checklist.key(),
                                checklist.version(),
                                null,
                                null,
                                ObservationSource.MYSTERY_SHOPPING,
                                today(),
                                retail,
                                ChecklistContext.COUNTER,
                                null,
                                visit.answers()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_administrators_issue_list_and_revoke_links() {
        var link = new NewVisitLink("Agency", retail, null, "counter-visit", today().plusDays(1));

        assertThatThrownBy(() -> SignedIn.callAs(users, TestUsers.TRAINER, () -> links.issue(link)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.callAs(users, ObservationFixtures.OBSERVER, () -> links.links()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> anonymously(() -> links.links())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void issuing_names_every_missing_or_wrong_field_at_once() {
        assertThatThrownBy(() -> issue(new NewVisitLink(" ", retail, anna, "no-such-checklist", today().minusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("label", "target", "checklist", "validUntil"));
        assertThatThrownBy(() -> issue(new NewVisitLink(
                        "Agency", retail, null, "counter-visit", today().plusDays(VisitLinkService.MAX_DAYS + 1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(issue(new NewVisitLink("Agency", retail, null, "counter-visit", today()))
                        .expiresAt())
                .isAfter(Instant.now());
    }

    private List<AuditRecord> auditEntries(Set<AuditAction> actions) {
        return SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> audit.search(new AuditFilter(
                        Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1)),
                        actions,
                        "",
                        "")));
    }
}
