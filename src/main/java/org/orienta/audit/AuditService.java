package org.orienta.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForAnyone;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Recording needs no rights (a failed sign-in has no one signed in) and runs in its
 * own transaction, so an entry is kept even when the audited action rolls back. Reading is for
 * administrators. Callers pass names and ids, never answer texts or passwords.
 */
@Service
@ForAnyone
public class AuditService {

    public static final int MAX_ROWS = 5_000;

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String target, AuditOutcome outcome, String detail) {
        recordAs(currentActor(), action, target, outcome, detail, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(
            String actor,
            AuditAction action,
            String target,
            AuditOutcome outcome,
            String detail,
            @Nullable String clientAddress) {
        entries.save(new AuditEntry(
                clock.instant(),
                clean(actor, 64),
                action,
                clean(target, 200),
                outcome,
                clean(detail, 1000),
                clientAddress == null ? null : clean(clientAddress, 64)));
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditFilter filter) {
        return entries
                .search(
                        filter.from(),
                        filter.to(),
                        filter.actions(),
                        filter.actor().strip().toLowerCase(Locale.ROOT),
                        filter.target().strip().toLowerCase(Locale.ROOT),
                        Limit.of(MAX_ROWS))
                .stream()
                .map(AuditEntry::toRecord)
                .toList();
    }

    private static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    /** No line breaks or control characters: an entry cannot forge another (OWASP ASVS v16.4.1). */
    static String clean(String text, int max) {
        var cleaned = text.replaceAll("\\p{Cntrl}", " ").strip();
        return cleaned.length() <= max ? cleaned : cleaned.substring(0, max - 1) + "…";
    }
}
