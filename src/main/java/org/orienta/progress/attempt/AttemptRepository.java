package org.orienta.progress.attempt;

import java.util.List;
import java.util.Optional;
import org.orienta.base.ItemKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    Optional<Attempt> findFirstByTraineeIdAndItemKindAndItemKeyAndStatusOrderByLastActivityAtDesc(
            long traineeId, ItemKind kind, String key, AttemptStatus status);

    List<Attempt> findByTraineeIdOrderByLastActivityAtDesc(long traineeId);

    List<Attempt> findTop1000ByLastActivityAtBeforeOrderById(java.time.Instant before);

    List<Attempt> findByStatusOrderByLastActivityAtAsc(AttemptStatus status);

    List<Attempt> findTop200ByItemKindAndModeAndStatusOrderByCompletedAtDesc(
            ItemKind kind, AttemptMode mode, AttemptStatus status);

    List<Attempt> findByItemKindAndItemKeyAndModeAndStatus(
            ItemKind kind, String key, AttemptMode mode, AttemptStatus status);

    long countByTraineeIdAndItemKindAndItemKeyAndModeAndStatusNot(
            long traineeId, ItemKind kind, String key, AttemptMode mode, AttemptStatus status);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Attempt x where x.id in :ids")
    int deleteForAttempts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
