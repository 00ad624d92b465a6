package org.orienta.progress.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByTraineeId(long traineeId);

    boolean existsByTraineeIdAndModuleKey(long traineeId, String moduleKey);

    java.util.Optional<Assignment> findByTraineeIdAndModuleKey(long traineeId, String moduleKey);

    List<Assignment> findByRuleId(long ruleId);

    List<Assignment> findByRuleIdIsNull();
}
