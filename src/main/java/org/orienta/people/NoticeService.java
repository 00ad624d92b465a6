package org.orienta.people;

import java.time.Clock;
import java.util.List;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's notices: short messages with a link, shown on their home page until dismissed. Other
 * features post them (a trainer's reminder, a reviewed answer); only the person reads and dismisses them.
 */
@Service
@ForSignedIn
public class NoticeService {

    private final NoticeRepository notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    NoticeService(
            NoticeRepository notices,
            CurrentUser currentUser,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Posted by trainers (reminders, reviews); the text is already in the words the person reads. */
    @ForTrainers
    @Transactional
    public void post(PersonId to, String text, String link, String from) {
        notices.save(new NoticeEntry(to.value(), text, link, from, clock.instant()));
        events.publishEvent(new NoticePosted(to.value(), text, link, from));
    }

    @Transactional(readOnly = true)
    public List<Notice> mine() {
        return notices
                .findTop20ByPersonIdAndDismissedAtIsNullOrderBySentAtDesc(
                        currentUser.requireId().value())
                .stream()
                .map(NoticeEntry::notice)
                .toList();
    }

    @Transactional
    public void dismiss(long noticeId) {
        var me = currentUser.requireId().value();
        notices.findById(noticeId).filter(n -> n.personId() == me).ifPresent(n -> n.dismiss(clock.instant()));
    }
}
