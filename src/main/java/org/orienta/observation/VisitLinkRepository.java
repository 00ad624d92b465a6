package org.orienta.observation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitLinkRepository extends JpaRepository<VisitLink, Long> {

    Optional<VisitLink> findByTokenHash(String tokenHash);

    /** Links issued since a moment, and older ones still open, newest first. */
    @Query("select l from VisitLink l where l.createdAt >= :since or (l.usedAt is null and l.revokedAt is null"
            + " and l.expiresAt > :now) order by l.createdAt desc, l.id desc")
    List<VisitLink> recentOrOpen(@Param("since") Instant since, @Param("now") Instant now);

    @Query("select l from VisitLink l where l.createdBy = :username or l.revokedBy = :username")
    List<VisitLink> issuedOrRevokedBy(@Param("username") String username);
}
