package org.orienta.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingModuleVersionRepository extends JpaRepository<TrainingModuleVersion, Long> {

    Optional<TrainingModuleVersion> findByModuleIdAndNumber(long moduleId, int number);

    List<TrainingModuleVersion> findByModuleIdOrderByNumber(long moduleId);

    long countByModuleId(long moduleId);
}
