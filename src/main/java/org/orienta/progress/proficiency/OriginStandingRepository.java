package org.orienta.progress.proficiency;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OriginStandingRepository extends JpaRepository<OriginStanding, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<OriginStanding> findByTraineeIdAndCompetencyAndPeriodAndOrigin(
            long traineeId, String competency, String period, EvidenceOrigin origin);

    List<OriginStanding> findByTraineeId(long traineeId);

    @Modifying
    @Query("delete from OriginStanding")
    void deleteEverything();

    @Modifying
    @Query("delete from OriginStanding s where s.traineeId = :traineeId")
    void deleteByTrainee(@Param("traineeId") long traineeId);
}
