package org.orienta.observation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findByPersonIdOrderByObservedOnDescIdDesc(long personId);

    List<Observation> findByObserverIdOrderByObservedOnDescIdDesc(long observerId);

    List<Observation> findBySessionRefOrderByIdAsc(String sessionRef);

    List<Observation> findByVoidedBy(String username);

    @Query("select o from Observation o where o.voidedAt is null and o.personId is not null")
    List<Observation> counted();

    @Query("select o from Observation o where o.voidedAt is null and o.personId = :person")
    List<Observation> countedFor(@Param("person") long personId);

    @Query("select o from Observation o where o.observedOn >= :from order by o.observedOn desc, o.id desc")
    List<Observation> since(@Param("from") LocalDate from);
}
