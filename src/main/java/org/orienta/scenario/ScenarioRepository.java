package org.orienta.scenario;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    Optional<Scenario> findByKey(String key);

    List<Scenario> findByPublishedVersionNotNullAndArchivedFalseOrderByKey();

    List<Scenario> findAllByOrderByKey();
}
