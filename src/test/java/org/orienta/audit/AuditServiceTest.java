package org.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService users;

    private final AuditFilter everything =
            new AuditFilter(Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z"), Set.of(), "", "");

    @Test
    void an_entry_records_who_did_what_to_what_when() {
        audit.record(AuditAction.CONTENT_PUBLISHED, "rp-01 v2", AuditOutcome.SUCCESS, AuditText.none());
        Committed.asIfCommitted();

        assertThat(audit.search(everything)).first().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(TestUsers.ADMIN);
            assertThat(e.action()).isEqualTo(AuditAction.CONTENT_PUBLISHED);
            assertThat(e.target()).isEqualTo("rp-01 v2");
            assertThat(e.occurredAt()).isBefore(Instant.now().plusSeconds(1));
        });
    }

    @Test
    void line_breaks_cannot_forge_a_second_entry() {
        audit.recordAs(
                "mallory\nadmin SIGN_IN SUCCESS",
                AuditAction.SIGN_IN_FAILED,
                "x\r\ny",
                AuditOutcome.FAILURE,
                AuditText.none(),
                null);

        var entry = audit.search(new AuditFilter(
                        Instant.EPOCH,
                        Instant.parse("2999-01-01T00:00:00Z"),
                        Set.of(AuditAction.SIGN_IN_FAILED),
                        "mallory",
                        ""))
                .getFirst();
        assertThat(entry.actor()).doesNotContain("\n").startsWith("mallory");
        assertThat(entry.target()).doesNotContain("\r", "\n");
    }

    @Test
    void the_filter_narrows_by_action_and_actor() {
        audit.record(AuditAction.REPORT_EXPORTED, "matrix", AuditOutcome.SUCCESS, AuditText.none());
        Committed.asIfCommitted();

        var found = audit.search(new AuditFilter(
                Instant.EPOCH,
                Instant.parse("2999-01-01T00:00:00Z"),
                Set.of(AuditAction.REPORT_EXPORTED),
                "ADM",
                "matr"));

        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.REPORT_EXPORTED));
    }

    @Test
    void people_changes_are_audited_without_passwords() {
        SignedIn.as(users, TestUsers.ADMIN);

        assertThat(audit.search(everything))
                .allSatisfy(e -> assertThat(e.detail()).doesNotContain("orienta-demo"));
    }

    @Test
    void only_administrators_read_the_trail() {
        SignedIn.as(users, TestUsers.HR);

        assertThatThrownBy(() -> audit.search(everything)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_key_missing_from_the_bundle_fails_where_it_is_recorded_not_on_the_audit_page() {
        assertThatThrownBy(() -> audit.record(
                        AuditAction.CONTENT_PUBLISHED,
                        "rp-01",
                        AuditOutcome.SUCCESS,
                        AuditText.of("audit.text.noSuchText", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("audit.text.noSuchText");
    }

    @Test
    void an_entry_keeps_its_english_text_for_the_filter_and_its_key_for_the_readers_language() {
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.department", "Front desk"),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.created"));
        Committed.asIfCommitted();

        var entry = audit.search(new AuditFilter(
                        Instant.EPOCH,
                        Instant.parse("2999-01-01T00:00:00Z"),
                        Set.of(AuditAction.ORGANISATION_CHANGED),
                        "",
                        "front desk"))
                .getFirst();
        assertThat(entry.target()).isEqualTo("department Front desk");
        assertThat(entry.detail()).isEqualTo("created");
        assertThat(entry.targetText()).isEqualTo(AuditText.of("audit.text.department", "Front desk"));
        assertThat(entry.detailText()).isEqualTo(AuditText.of("audit.text.created"));
    }
}
