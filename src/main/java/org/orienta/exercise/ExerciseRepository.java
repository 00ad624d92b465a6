package org.orienta.exercise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findByKey(String key);

    List<Exercise> findByPublishedVersionNotNullAndArchivedFalseOrderByKey();

    List<Exercise> findAllByOrderByKey();
}
