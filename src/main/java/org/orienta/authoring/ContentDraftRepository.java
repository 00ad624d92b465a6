package org.orienta.authoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentDraftRepository extends JpaRepository<ContentDraft, Long> {

    Optional<ContentDraft> findByKindAndKey(ContentKind kind, String key);

    List<ContentDraft> findAllByOrderByKindAscKeyAsc();
}
