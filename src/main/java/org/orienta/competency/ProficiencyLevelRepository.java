package org.orienta.competency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProficiencyLevelRepository extends JpaRepository<ProficiencyLevel, Integer> {

    List<ProficiencyLevel> findAllByOrderByLevel();
}
