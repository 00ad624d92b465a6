package org.orienta.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a notice as e-mail too, when mail is enabled and a mail server is configured. Only after the
 * notice is committed, and a mail server that is down never fails the trainer's action: the notice is
 * in the app either way, and the failure is logged.
 */
@Component
class NoticeMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PersonRepository people;
    private final MailSettings settings;

    NoticeMailer(ObjectProvider<JavaMailSender> sender, PersonRepository people, MailSettings settings) {
        this.sender = sender;
        this.people = people;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void send(NoticePosted notice) {
        var mail = sender.getIfAvailable();
        if (!settings.enabled() || mail == null) {
            return;
        }
        var person = people.findById(notice.personId()).orElse(null);
        if (person == null || !person.enabled() || person.email().isBlank()) {
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(person.email());
        message.setSubject("Orienta: " + notice.text());
        message.setText(notice.text() + "\n\nFrom " + notice.from() + ". Open it in Orienta: "
                + settings.baseUrl().replaceAll("/+$", "") + "/" + notice.link() + "\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            LOG.warn("Could not e-mail a notice to person {}: {}", notice.personId(), e.getMessage());
        }
    }
}
