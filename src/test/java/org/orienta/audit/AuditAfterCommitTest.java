package org.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not transactional on purpose: whether an entry is written depends on the audited transaction
 * committing, and only a test outside any transaction can commit or roll one back.
 */
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
@WithUserDetails(TestUsers.ADMIN)
class AuditAfterCommitTest {

    @Autowired
    AuditService audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_audited_action_that_rolls_back_leaves_no_success_entry() {
        var target = "rolled-back-" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(action -> {
            audit.record(AuditAction.CONTENT_PUBLISHED, target, AuditOutcome.SUCCESS, AuditText.none());
            action.setRollbackOnly();
        });

        assertThat(entries(target)).isEmpty();
    }

    @Test
    void an_audited_action_that_commits_leaves_one_success_entry() {
        var target = "committed-" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(action -> {
            audit.record(AuditAction.CONTENT_PUBLISHED, target, AuditOutcome.SUCCESS, AuditText.none());
            assertThat(entries(target)).as("before the commit").isEmpty();
        });

        assertThat(entries(target))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS));
    }

    @Test
    void a_failure_is_kept_although_the_action_rolls_back() {
        var target = "failed-" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(action -> {
            audit.record(AuditAction.CONTENT_PUBLISHED, target, AuditOutcome.FAILURE, AuditText.literal("too large"));
            action.setRollbackOnly();
        });

        assertThat(entries(target))
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILURE));
    }

    @Test
    void a_success_outside_any_transaction_is_written_at_once() {
        var target = "no-transaction-" + UUID.randomUUID();

        audit.record(AuditAction.CONTENT_PUBLISHED, target, AuditOutcome.SUCCESS, AuditText.none());

        assertThat(entries(target)).hasSize(1);
    }

    private List<AuditRecord> entries(String target) {
        return audit.search(new AuditFilter(
                Instant.EPOCH,
                Instant.parse("2999-01-01T00:00:00Z"),
                Set.of(AuditAction.CONTENT_PUBLISHED),
                "",
                target));
    }
}
