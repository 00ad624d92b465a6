package org.orienta.progress.attempt;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptStepRepository extends JpaRepository<AttemptStep, Long> {

    List<AttemptStep> findByAttemptIdOrderByStepNo(long attemptId);

    List<AttemptStep> findByAttemptIdInOrderByAttemptIdAscStepNoAsc(java.util.Collection<Long> attemptIds);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from AttemptStep x where x.attemptId in :ids")
    int deleteForAttempts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
