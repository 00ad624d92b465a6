package org.orienta.observation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObserverScopeRepository extends JpaRepository<ObserverScope, Long> {

    List<ObserverScope> findByObserverId(long observerId);

    @Modifying
    @Query("delete from ObserverScope s where s.observerId = :observer")
    void deleteByObserver(@Param("observer") long observerId);
}
