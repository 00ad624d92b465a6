package org.orienta.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only by construction: save and read, no delete, no update. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where e.occurredAt >= :from and e.occurredAt < :to
              and e.action in :actions
              and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))
              and (:target = '' or lower(e.target) like concat('%', :target, '%'))
            order by e.occurredAt desc, e.id desc""")
    List<AuditEntry> search(
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("actions") Collection<AuditAction> actions,
            @Param("actor") String actor,
            @Param("target") String target,
            Limit limit);

    long count();
}
