package org.orienta.competency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyRepository extends JpaRepository<Competency, String> {

    List<Competency> findAllByOrderByPosition();
}
