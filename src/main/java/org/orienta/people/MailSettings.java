package org.orienta.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Optional e-mail copies of notices (reminders, reviewed answers). Off by default: Orienta works
 * without any mail server, and turning it on needs {@code spring.mail.host} ({@code SPRING_MAIL_HOST})
 * as well.
 *
 * @param enabled whether to send ({@code ORIENTA_MAIL_ENABLED})
 * @param from the sender address ({@code ORIENTA_MAIL_FROM})
 * @param baseUrl where people open Orienta, for the link in the mail ({@code ORIENTA_MAIL_BASEURL})
 */
@ConfigurationProperties("orienta.mail")
record MailSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("orienta@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
