package org.orienta.progress.attempt;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewSuggestionRepository extends JpaRepository<ReviewSuggestion, Long> {

    List<ReviewSuggestion> findByAttemptId(long attemptId);

    List<ReviewSuggestion> findByDecidedLevelNotNull();

    @Modifying
    @Query("delete from ReviewSuggestion x where x.attemptId in :ids")
    int deleteForAttempts(@Param("ids") Collection<Long> ids);
}
