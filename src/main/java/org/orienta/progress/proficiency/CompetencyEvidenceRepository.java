package org.orienta.progress.proficiency;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CompetencyEvidenceRepository extends JpaRepository<CompetencyEvidence, Long> {

    List<CompetencyEvidence> findByAttemptId(long attemptId);

    List<CompetencyEvidence> findByTraineeIdOrderByRecordedAtAscIdAsc(long traineeId);

    long countByTraineeId(long traineeId);

    List<CompetencyEvidence> findByTraineeIdAndCompetencyAndAssessedTrueOrderByRecordedAtDescIdDesc(
            long traineeId, String competency, Limit limit);

    /** Assessed evidence in the order it was recorded, a page at a time, for rebuilding the totals. */
    @Query("""
            select new org.orienta.progress.proficiency.EvidenceFact(e.id, e.traineeId, e.competency, e.level, e.weight, e.recordedAt)
            from CompetencyEvidence e where e.assessed = true and e.id > :after order by e.id""")
    List<EvidenceFact> assessedAfter(@Param("after") long after, Limit limit);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from CompetencyEvidence x where x.attemptId in :ids")
    int deleteForAttempts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
