package org.orienta.people;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

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

    /**
     * Posted by trainers (reminders, reviews) as a message key of the English bundle with its arguments
     * (an ISO date among them is shown in the reader's date format); the reader sees it in their language.
     */
    @ForTrainers
    @Transactional
    public void post(PersonId to, String key, List<String> arguments, String link, String from) {
        var english = new Notice(0, key, arguments, "", link, from, clock.instant())
                .text(NoticeService::english, Locale.ENGLISH);
        notices.save(new NoticeEntry(to.value(), key, arguments, english, link, from, clock.instant()));
        events.publishEvent(new NoticePosted(to.value(), english, link, from));
    }

    /** The English sentence, for the e-mail copy and for anyone reading the table. */
    private static String english(String key, Object[] arguments) {
        try {
            return new MessageFormat(ENGLISH.getString(key), Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in the English bundle", e);
        }
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
