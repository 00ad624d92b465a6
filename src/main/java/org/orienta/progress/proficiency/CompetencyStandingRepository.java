package org.orienta.progress.proficiency;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CompetencyStandingRepository extends JpaRepository<CompetencyStanding, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<CompetencyStanding> findByTraineeIdAndCompetencyAndPeriod(
            long traineeId, String competency, String period);

    List<CompetencyStanding> findByTraineeIdAndPeriod(long traineeId, String period);

    List<CompetencyStanding> findByTraineeIdAndPeriodNotOrderByPeriod(long traineeId, String period);

    @Modifying
    @Query("delete from CompetencyStanding")
    void deleteEverything();

    @Modifying
    @Query("delete from CompetencyStanding s where s.traineeId = :traineeId")
    void deleteByTrainee(@org.springframework.data.repository.query.Param("traineeId") long traineeId);
}
