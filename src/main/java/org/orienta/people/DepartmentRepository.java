package org.orienta.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByName(String name);

    /** For names that come from elsewhere (an identity provider's claim) in another case. */
    Optional<Department> findFirstByNameIgnoreCaseOrderById(String name);

    List<Department> findAllByOrderByName();
}
