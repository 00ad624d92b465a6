package org.orienta.quiz;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizVersionRepository extends JpaRepository<QuizVersion, Long> {

    Optional<QuizVersion> findByQuizIdAndNumber(long quizId, int number);

    List<QuizVersion> findByQuizIdOrderByNumber(long quizId);

    long countByQuizId(long quizId);
}
