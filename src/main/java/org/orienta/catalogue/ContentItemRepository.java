package org.orienta.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

    Optional<ContentItem> findByKindAndKey(String kind, String key);

    List<ContentItem> findByKindAndPublishedVersionNotNullAndArchivedFalseOrderByKey(String kind);

    List<ContentItem> findByKindOrderByKey(String kind);
}
