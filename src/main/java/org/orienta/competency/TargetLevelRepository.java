package org.orienta.competency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetLevelRepository extends JpaRepository<TargetLevel, Long> {

    List<TargetLevel> findByJobRoleId(long jobRoleId);

    Optional<TargetLevel> findByJobRoleIdAndCompetency(long jobRoleId, String competency);

    boolean existsByJobRoleId(long jobRoleId);
}
