package org.orienta.scenario;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    Optional<ScenarioVersion> findByScenarioIdAndNumber(long scenarioId, int number);

    List<ScenarioVersion> findByScenarioIdOrderByNumber(long scenarioId);

    long countByScenarioId(long scenarioId);
}
