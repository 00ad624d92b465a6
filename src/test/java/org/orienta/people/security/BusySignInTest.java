package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@IntegrationTest
class BusySignInTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SignInThrottle throttle;

    private UsernamePasswordAuthenticationToken attempt(String username, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, "their real password");
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }

    @Test
    void sign_ins_refused_because_the_server_was_busy_do_not_slow_the_person_down_as_wrong_passwords_do() {
        for (int i = 0; i < 10; i++) {
            events.publishEvent(new AuthenticationFailureServiceExceptionEvent(
                    attempt("busy-morning", "198.51.100.7"), new SignInBusyException()));
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    attempt("guessing", "198.51.100.8"), new BadCredentialsException("bad")));
        }

        assertThat(throttle.waitFor("busy-morning", "198.51.100.7")).isEqualTo(Duration.ZERO);
        assertThat(throttle.waitFor("guessing", "198.51.100.8")).isPositive();
    }
}
