package org.orienta.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    Optional<Person> findByEmail(String email);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    boolean existsByUsernameAndIdNot(String username, Long id);

    boolean existsByEmailAndIdNot(String email, Long id);

    @Query("select count(p) > 0 from Person p join p.roles r where r = :role")
    boolean existsWithRole(@Param("role") Role role);

    @Query("select count(p) > 0 from Person p join p.roles r where r = :role and p.mustChangePassword = false")
    boolean existsWithRoleAndOwnPassword(@Param("role") Role role);

    @Query("""
            select distinct p from Person p
              left join fetch p.department d
              left join fetch p.jobRole j
            where :filter = ''
               or lower(p.username) like concat('%', :filter, '%')
               or lower(p.displayName) like concat('%', :filter, '%')
               or lower(p.email) like concat('%', :filter, '%')
               or lower(d.name) like concat('%', :filter, '%')
            order by p.displayName
            """)
    List<Person> search(@Param("filter") String lowerCaseFilter);

    List<Person> findByDemoTrueAndEnabledTrue();

    /** A manager's team: the enabled people who report to them directly. */
    @Query("""
            select p from Person p left join fetch p.department left join fetch p.jobRole
            where p.manager.id = :manager and p.enabled = true order by p.displayName""")
    List<Person> team(@Param("manager") long managerId);

    /** The enabled people of some departments. */
    @Query("""
            select p from Person p join fetch p.department d left join fetch p.jobRole
            where d.id in :departments and p.enabled = true order by p.displayName""")
    List<Person> inDepartments(@Param("departments") java.util.Collection<Long> departmentIds);

    @Query("select count(p) from Person p join p.roles r where r = :role and p.enabled = true")
    long countEnabledWithRole(@Param("role") Role role);

    /** How many people each department has: department id and count. */
    @Query("select p.department.id, count(p) from Person p where p.department is not null group by p.department.id")
    List<Object[]> countByDepartment();

    /** How many people each job role has: job role id and count. */
    @Query("select p.jobRole.id, count(p) from Person p where p.jobRole is not null group by p.jobRole.id")
    List<Object[]> countByJobRole();
}
