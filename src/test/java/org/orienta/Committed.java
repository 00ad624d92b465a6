package org.orienta;

import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * For a test whose transaction rolls back at the end: runs what committing the work done so far would
 * run after the commit (the audit entries of successes, after-commit listeners), while the test's data
 * still rolls back. What these write in their own transactions stays.
 */
public final class Committed {

    private Committed() {}

    public static void asIfCommitted() {
        TransactionSynchronizationUtils.triggerAfterCommit();
    }
}
