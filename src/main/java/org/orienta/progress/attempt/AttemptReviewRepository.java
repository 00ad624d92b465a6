package org.orienta.progress.attempt;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptReviewRepository extends JpaRepository<AttemptReview, Long> {

    Optional<AttemptReview> findByAttemptId(long attemptId);

    List<AttemptReview> findByAttemptIdIn(java.util.Collection<Long> attemptIds);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AttemptReview x where x.attemptId in :ids")
    int deleteForAttempts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
