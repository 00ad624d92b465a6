package org.orienta.progress.assignment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRuleRepository extends JpaRepository<AssignmentRule, Long> {

    List<AssignmentRule> findAllByOrderByCreatedAtDesc();

    List<AssignmentRule> findByRecurrenceMonthsNotNull();

    List<AssignmentRule> findByTargetAndDepartmentId(AssignmentTarget target, long departmentId);

    List<AssignmentRule> findByTargetAndJobRoleId(AssignmentTarget target, long jobRoleId);
}
