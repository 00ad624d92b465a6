package org.orienta.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRoleRepository extends JpaRepository<JobRole, Long> {

    Optional<JobRole> findByName(String name);

    /** For names that come from elsewhere (an identity provider's claim) in another case. */
    Optional<JobRole> findFirstByNameIgnoreCaseOrderById(String name);

    List<JobRole> findAllByOrderByName();
}
