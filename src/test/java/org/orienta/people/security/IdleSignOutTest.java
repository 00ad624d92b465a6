package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * An unattended browser is signed out after the idle timeout (issue 16): the open tab's heartbeats do
 * not count as activity, a click or a page does.
 */
@IntegrationTest
class IdleSignOutTest {

    @Autowired
    AuditService audit;

    @Autowired
    SessionDirectory sessions;

    private Instant now = Instant.parse("2026-12-07T09:00:00Z");

    private IdleSignOut idle() {
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new IdleSignOut(Duration.ofMinutes(30), clock, audit, sessions);
    }

    private final MockHttpSession session = new MockHttpSession();

    {
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated("anna", null, java.util.List.of())));
    }

    private MockHttpServletResponse request(IdleSignOut filter, String method, String path, String vaadinRequest)
            throws Exception {
        var request = new MockHttpServletRequest(method, path);
        request.setSession(session);
        if (vaadinRequest != null) {
            request.addParameter("v-r", vaadinRequest);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void heartbeats_of_an_open_tab_do_not_keep_the_person_signed_in() throws Exception {
        var filter = idle();
        request(filter, "POST", "/", "uidl");
        for (int minute = 5; minute <= 30; minute += 5) {
            now = now.plus(Duration.ofMinutes(5));
            request(filter, "POST", "/", "heartbeat");
        }
        assertThat(session.isInvalid()).isFalse();

        now = now.plusSeconds(61);
        request(filter, "POST", "/", "heartbeat");

        assertThat(session.isInvalid())
                .as("signed out 30 min after the last click")
                .isTrue();
    }

    @Test
    void clicks_keep_the_person_signed_in() throws Exception {
        var filter = idle();
        for (int minute = 0; minute < 120; minute += 20) {
            now = now.plus(Duration.ofMinutes(20));
            request(filter, "POST", "/", "uidl");
        }

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_page_opened_after_the_timeout_goes_to_the_sign_in_page_saying_why() throws Exception {
        var filter = idle();
        request(filter, "GET", "/my-training", null);
        now = now.plus(Duration.ofMinutes(31));

        var response = request(filter, "GET", "/my-training", null);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?idle");
    }

    @Test
    void a_tab_that_sends_nothing_at_all_is_ended_by_the_sweep() throws Exception {
        var filter = idle();
        request(filter, "POST", "/", "uidl");
        sessions.sessionCreated(new jakarta.servlet.http.HttpSessionEvent(session));
        now = now.plus(Duration.ofMinutes(31));

        filter.endIdleSessions();

        assertThat(session.isInvalid()).isTrue();
        sessions.sessionDestroyed(new jakarta.servlet.http.HttpSessionEvent(session));
    }
}
