package org.orienta.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyEvidenceRepository extends JpaRepository<CompetencyEvidence, Long> {

    List<CompetencyEvidence> findByAttemptId(long attemptId);

    long countByTraineeId(long traineeId);
}
