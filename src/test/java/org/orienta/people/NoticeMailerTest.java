package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

class NoticeMailerTest {

    private final JavaMailSender mail = mock(JavaMailSender.class);
    private final PersonRepository people = mock(PersonRepository.class);

    @SuppressWarnings("unchecked")
    private NoticeMailer mailer(boolean enabled) {
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(mail);
        return new NoticeMailer(
                provider, people, new MailSettings(enabled, "training@example.org", "https://orienta.example.org/"));
    }

    private void anna() {
        var person = new Person("anna", "Anna Kowalski", "anna@example.org", "hash", Instant.EPOCH);
        person.setEnabled(true);
        when(people.findById(7L)).thenReturn(Optional.of(person));
    }

    @Test
    void a_notice_is_mailed_with_a_link_when_mail_is_enabled() {
        anna();

        mailer(true)
                .send(new NoticePosted(7, "Reminder: please complete “Basics”.", "my-training/basics", "Maya Chen"));

        var sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(mail).send(sent.capture());
        assertThat(sent.getValue().getTo()).containsExactly("anna@example.org");
        assertThat(sent.getValue().getFrom()).isEqualTo("training@example.org");
        assertThat(sent.getValue().getText()).contains("https://orienta.example.org/my-training/basics", "Maya Chen");
    }

    @Test
    void nothing_is_sent_while_mail_is_off() {
        anna();

        mailer(false).send(new NoticePosted(7, "Reminder", "my-training/basics", "Maya Chen"));

        verify(mail, never()).send(any(SimpleMailMessage.class));
    }

    @Test
    void a_mail_server_that_is_down_does_not_fail_the_action() {
        anna();
        doThrow(new MailSendException("connection refused")).when(mail).send(any(SimpleMailMessage.class));

        mailer(true).send(new NoticePosted(7, "Reminder", "my-training/basics", "Maya Chen"));

        verify(mail).send(any(SimpleMailMessage.class));
    }
}
