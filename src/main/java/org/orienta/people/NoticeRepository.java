package org.orienta.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<NoticeEntry, Long> {

    List<NoticeEntry> findTop20ByPersonIdAndDismissedAtIsNullOrderBySentAtDesc(long personId);

    List<NoticeEntry> findByPersonId(long personId);
}
