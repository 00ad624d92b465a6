package org.orienta.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByKey(String key);

    List<Quiz> findByPublishedVersionNotNullAndArchivedFalseOrderByKey();

    List<Quiz> findAllByOrderByKey();
}
