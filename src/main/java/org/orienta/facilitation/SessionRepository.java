package org.orienta.facilitation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionRepository extends JpaRepository<FacilitatedSession, Long> {

    List<FacilitatedSession> findAllByOrderByStartsAtDesc();

    /** The sessions a person is on the list of, newest first. */
    @Query("select s from FacilitatedSession s where exists (select 1 from SessionParticipant p"
            + " where p.session = s and p.personId = :person) order by s.startsAt desc")
    List<FacilitatedSession> findByParticipant(@Param("person") long person);

    List<FacilitatedSession> findByFacilitatorIdOrderByStartsAtAsc(long facilitatorId);

    /** The sessions an erased person's name or username was copied into. */
    @Query("select distinct s from FacilitatedSession s left join s.participants p where s.facilitatorId = :id"
            + " or s.createdBy = :username or s.changedBy = :username or p.markedBy = :username")
    List<FacilitatedSession> touchedBy(@Param("id") long id, @Param("username") String username);
}
