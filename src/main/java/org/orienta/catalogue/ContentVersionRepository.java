package org.orienta.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentVersionRepository extends JpaRepository<ContentVersion, Long> {

    Optional<ContentVersion> findByItemIdAndNumber(long itemId, int number);

    List<ContentVersion> findByItemIdOrderByNumber(long itemId);

    long countByItemId(long itemId);

    @Query("select count(v), coalesce(max(v.id), 0) from ContentVersion v")
    List<Object[]> countAndNewest();
}
