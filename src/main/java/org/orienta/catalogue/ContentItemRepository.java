package org.orienta.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

    Optional<ContentItem> findByKindAndKey(String kind, String key);

    List<ContentItem> findByKindAndPublishedVersionNotNullAndArchivedFalseOrderByKey(String kind);

    List<ContentItem> findByKindOrderByKey(String kind);

    /** Every change to an item raises its optimistic-lock version, so the sum moves whenever any item does. */
    @Query("select count(i), coalesce(sum(i.version), 0) from ContentItem i")
    List<Object[]> countAndVersions();
}
