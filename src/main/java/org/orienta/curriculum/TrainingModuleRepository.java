package org.orienta.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingModuleRepository extends JpaRepository<TrainingModule, Long> {

    Optional<TrainingModule> findByKey(String key);

    List<TrainingModule> findByPublishedVersionNotNullAndArchivedFalseOrderByKey();

    List<TrainingModule> findAllByOrderByKey();
}
