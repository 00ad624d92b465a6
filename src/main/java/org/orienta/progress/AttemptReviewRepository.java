package org.orienta.progress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptReviewRepository extends JpaRepository<AttemptReview, Long> {

    Optional<AttemptReview> findByAttemptId(long attemptId);
}
