package org.orienta.exercise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseVersionRepository extends JpaRepository<ExerciseVersion, Long> {

    Optional<ExerciseVersion> findByExerciseIdAndNumber(long exerciseId, int number);

    long countByExerciseId(long exerciseId);

    List<ExerciseVersion> findByExerciseIdOrderByNumber(long exerciseId);
}
