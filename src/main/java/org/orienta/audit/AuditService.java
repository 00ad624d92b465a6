package org.orienta.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForAnyone;
import org.orienta.base.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail. Recording needs no rights (a failed sign-in has no one signed in) and writes in its
 * own transaction. A success inside a transaction is written only once that transaction has committed,
 * so an action that rolls back leaves no entry claiming it happened; a failure is written at once, so
 * it is kept although the action rolls back. Reading is for administrators. Callers pass names and ids,
 * never answer texts or passwords.
 */
@Service
@ForAnyone
public class AuditService {

    public static final int MAX_ROWS = 5_000;

    /** Sources that get their own first entry per action and minute; beyond, all other sources share one. */
    static final int SOURCES_PER_MINUTE = 50;

    private static final String OTHER_SOURCES = "other addresses";

    private static final Logger log = LoggerFactory.getLogger(AuditService.class);

    private final AuditEntryRepository entries;
    private final Translations translations;
    private final Clock clock;
    private final TransactionTemplate separately;

    /** Repeats of an event anyone can cause, counted per action, source and minute until written. */
    private final Map<Burst, Repeats> bursts = new ConcurrentHashMap<>();

    private record Burst(AuditAction action, String source, Instant minute) {}

    private static final class Repeats {
        int count;
        final Set<String> targets = new LinkedHashSet<>();
        AuditOutcome outcome = AuditOutcome.FAILURE;
    }

    AuditService(
            AuditEntryRepository entries,
            Translations translations,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.translations = translations;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an event that anyone can cause without signing in (a failed or throttled sign-in, a wrong
     * operator token), so a flood of them cannot push real entries out of the trail or its view: the
     * first from a source (an IPv4 address, an IPv6 /64) per action and minute is written as it comes;
     * further ones are counted and written as one summary entry when the minute is over. Beyond
     * {@value #SOURCES_PER_MINUTE} sources in one minute, the others share one count.
     */
    public void recordFrequent(
            String actor,
            AuditAction action,
            String target,
            AuditOutcome outcome,
            AuditText detail,
            @Nullable String clientAddress) {
        var now = clock.instant();
        var minute = now.truncatedTo(ChronoUnit.MINUTES);
        var source = source(clientAddress);
        if (!bursts.containsKey(new Burst(action, source, minute))
                && bursts.keySet().stream()
                                .filter(b -> b.action() == action && b.minute().equals(minute))
                                .count()
                        >= SOURCES_PER_MINUTE) {
            source = OTHER_SOURCES;
        }
        var first = new boolean[1];
        bursts.compute(new Burst(action, source, minute), (key, repeats) -> {
            if (repeats == null) {
                first[0] = true;
                var fresh = new Repeats();
                fresh.outcome = outcome;
                return fresh;
            }
            repeats.count++;
            if (repeats.targets.size() < 5) {
                repeats.targets.add(clean(target, 64));
            }
            return repeats;
        });
        if (first[0]) {
            separately.executeWithoutResult(
                    status -> write(actor, action, AuditText.literal(target), outcome, detail, clientAddress, now));
        }
        if (bursts.size() > 10_000) {
            writeRepeats(false);
        }
    }

    /** Writes the summaries of the minutes that are over; every few seconds, so none waits long. */
    @Scheduled(fixedDelayString = "${orienta.audit.repeats-interval:15s}")
    void writeFinishedRepeats() {
        writeRepeats(false);
    }

    /** Writes every summary now, the current minute's too (at shutdown, and for tests). */
    @PreDestroy
    public void writeRepeats() {
        writeRepeats(true);
    }

    private void writeRepeats(boolean all) {
        var current = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (var burst : List.copyOf(bursts.keySet())) {
            if (!all && !burst.minute().isBefore(current)) {
                continue;
            }
            var repeats = bursts.remove(burst);
            if (repeats == null || repeats.count == 0) {
                continue;
            }
            boolean others = burst.source().equals(OTHER_SOURCES);
            var minute = DateTimeFormatter.ISO_INSTANT.format(burst.minute());
            var targets = String.join(", ", repeats.targets);
            AuditText detail;
            if (others) {
                detail = repeats.targets.isEmpty()
                        ? AuditText.of("audit.text.repeatsFromOthers", repeats.count, minute)
                        : AuditText.of("audit.text.repeatsFromOthersOn", repeats.count, minute, targets);
            } else {
                detail = repeats.targets.isEmpty()
                        ? AuditText.of("audit.text.repeats", repeats.count, minute, burst.source())
                        : AuditText.of("audit.text.repeatsOn", repeats.count, minute, burst.source(), targets);
            }
            separately.executeWithoutResult(status -> write(
                    "anonymous",
                    burst.action(),
                    AuditText.of("audit.text.repeated", repeats.count),
                    repeats.outcome,
                    detail,
                    others ? null : burst.source(),
                    burst.minute().plus(59, ChronoUnit.SECONDS)));
        }
    }

    /** An IPv6 client controls its whole /64: counting per address would give it 2^64 first entries. */
    static String source(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            var bytes = java.net.InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix + ":/64";
        } catch (java.net.UnknownHostException notAnAddress) {
            return clean(address, 64);
        }
    }

    /** Records an action by whoever is signed in on a target named by an identifier (a username, a path). */
    public void record(AuditAction action, String target, AuditOutcome outcome, AuditText detail) {
        record(action, AuditText.literal(target), outcome, detail);
    }

    /** Records an action by whoever is signed in on a target described in words. */
    public void record(AuditAction action, AuditText target, AuditOutcome outcome, AuditText detail) {
        recordAs(currentActor(), action, target, outcome, detail, null);
    }

    /** {@link #recordAs(String, AuditAction, AuditText, AuditOutcome, AuditText, String)} by identifier. */
    public void recordAs(
            String actor,
            AuditAction action,
            String target,
            AuditOutcome outcome,
            AuditText detail,
            @Nullable String clientAddress) {
        recordAs(actor, action, AuditText.literal(target), outcome, detail, clientAddress);
    }

    /**
     * Records an action; a success within the caller's transaction waits for its commit (and is dropped
     * if it rolls back), with the time it was recorded, not the time of the commit.
     */
    public void recordAs(
            String actor,
            AuditAction action,
            AuditText target,
            AuditOutcome outcome,
            AuditText detail,
            @Nullable String clientAddress) {
        var at = clock.instant();
        // The English text is made now, so a key missing from the bundle fails where it is written.
        english(target);
        english(detail);
        Runnable entry = () -> separately.executeWithoutResult(
                status -> write(actor, action, target, outcome, detail, clientAddress, at));
        if (outcome == AuditOutcome.SUCCESS
                && TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        entry.run();
                    } catch (RuntimeException e) {
                        // The action has committed: failing it now would tell its user it did not happen.
                        log.error("Could not write the audit entry {} {} {} by {}", action, outcome, target, actor, e);
                    }
                }
            });
        } else {
            entry.run();
        }
    }

    private void write(
            String actor,
            AuditAction action,
            AuditText target,
            AuditOutcome outcome,
            AuditText detail,
            @Nullable String clientAddress,
            Instant at) {
        entries.save(new AuditEntry(
                at,
                clean(actor, 64),
                action,
                clean(english(target), 200),
                cleaned(target),
                outcome,
                clean(english(detail), 1000),
                cleaned(detail),
                clientAddress == null ? null : clean(clientAddress, 64)));
    }

    /**
     * The English text, kept beside the key: the filter searches it, and it is what anyone reading the
     * table or an old export sees.
     */
    private String english(AuditText text) {
        return text.shown((key, arguments) -> {
            var english = translations.getTranslation(key, Locale.ENGLISH, arguments);
            if (english.startsWith("!en: ")) {
                throw new IllegalArgumentException("no interface text " + key + " for the audit trail");
            }
            return english;
        });
    }

    /**
     * Each argument without control characters (they also separate the stored arguments) and short
     * enough that five of them fit the column.
     */
    private static AuditText cleaned(AuditText text) {
        return new AuditText(
                text.key(), text.arguments().stream().map(a -> clean(a, 180)).toList());
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
