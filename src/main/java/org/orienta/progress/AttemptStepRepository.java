package org.orienta.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptStepRepository extends JpaRepository<AttemptStep, Long> {

    List<AttemptStep> findByAttemptIdOrderByStepNo(long attemptId);

    List<AttemptStep> findByAttemptIdInOrderByAttemptIdAscStepNoAsc(java.util.Collection<Long> attemptIds);
}
