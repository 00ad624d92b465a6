package org.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Anyone can cause failed sign-ins without signing in; 500 of them in a minute must not push the real
 * entries out of the trail (issue 16): the first per source and minute is kept, the rest summed up.
 */
@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class AuditRepeatsTest {

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    private void failedSignIn(String username, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("bad")));
    }

    private java.util.List<AuditRecord> from(Instant since, String address) {
        return audit
                .search(new AuditFilter(
                        since, Instant.now().plusSeconds(120), Set.of(AuditAction.SIGN_IN_FAILED), "", ""))
                .stream()
                .filter(r -> address.equals(r.clientAddress()))
                .toList();
    }

    @Test
    void five_hundred_failed_sign_ins_from_one_address_are_one_entry_and_one_summary() {
        var since = Instant.now().minusSeconds(60);
        for (int i = 0; i < 500; i++) {
            failedSignIn("victim" + (i % 7), "203.0.113.5");
        }

        assertThat(from(since, "203.0.113.5")).as("written as they came").hasSizeLessThanOrEqualTo(2);

        audit.writeRepeats();

        var entries = from(since, "203.0.113.5");
        int counted = entries.stream()
                .mapToInt(e -> e.target().endsWith(" repeated")
                        ? Integer.parseInt(e.target().substring(0, e.target().indexOf(' ')))
                        : 1)
                .sum();
        assertThat(counted).isEqualTo(500);
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).contains("more in the minute", "victim"));
    }

    @Test
    void an_ipv6_client_counts_as_its_whole_slash_64() {
        assertThat(AuditService.source("2001:db8:1:2:aaaa::1")).isEqualTo(AuditService.source("2001:db8:1:2:bbbb::2"));
        assertThat(AuditService.source("2001:db8:1:3::1")).isNotEqualTo(AuditService.source("2001:db8:1:2::1"));
        assertThat(AuditService.source("192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
