package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Disabling someone, resetting or changing a password, and signing out end the right sessions at once. */
@IntegrationTest
class SessionEndingTest {

    @Autowired
    SessionDirectory sessions;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpSession signedIn(String username) {
        var session = new MockHttpSession();
        var person = users.loadUserByUsername(username);
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    private org.orienta.people.PersonId id(String username) {
        return SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.findPeople(username).stream()
                        .filter(p -> p.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @Test
    void disabling_a_person_ends_all_their_sessions_and_no_one_elses() {
        var phone = signedIn("ben");
        var laptop = signedIn("ben");
        var other = signedIn("chloe");

        SignedIn.callAs(users, TestUsers.ADMIN, () -> {
            people.setEnabled(id("ben"), false);
            return null;
        });

        assertThat(phone.isInvalid()).isTrue();
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(other.isInvalid()).isFalse();
    }

    @Test
    void a_password_reset_ends_the_persons_sessions() {
        var session = signedIn("daniel");

        SignedIn.callAs(users, TestUsers.ADMIN, () -> people.resetPassword(id("daniel")));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changing_my_password_ends_my_other_sessions_but_keeps_this_one() {
        var here = signedIn("emma");
        var elsewhere = signedIn("emma");
        var request = new MockHttpServletRequest();
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        SignedIn.callAs(users, "emma", () -> {
            people.changeMyPassword(TestUsers.DEMO_PASSWORD, "a brand new long passphrase");
            return null;
        });

        assertThat(here.isInvalid()).isFalse();
        assertThat(elsewhere.isInvalid()).isTrue();
    }

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Test
    void signing_out_ends_my_other_sessions_too() throws Exception {
        var here = signedIn("grace");
        var elsewhere = signedIn("grace");
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();

        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
                        .session(here)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()));

        assertThat(elsewhere.isInvalid()).isTrue();
        assertThat(here.isInvalid()).as("the session signing out ends as well").isTrue();
    }

    @Test
    void a_session_that_ended_by_itself_is_forgotten() {
        var session = signedIn("farid");
        sessions.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(sessions.end("farid", null)).isZero();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void disabling_a_person_on_one_node_ends_their_sessions_on_another_node_when_it_next_reads_the_requests() {
        var otherNode = new SessionDirectory(dataSource, java.time.Clock.systemUTC());
        otherNode.startReading();
        var there = new MockHttpSession();
        var person = users.loadUserByUsername("hugo");
        there.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(
                        UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
        otherNode.sessionCreated(new HttpSessionEvent(there));
        var someoneElse = new MockHttpSession();
        otherNode.sessionCreated(new HttpSessionEvent(someoneElse));

        SignedIn.callAs(users, TestUsers.ADMIN, () -> {
            people.setEnabled(id("hugo"), false);
            return null;
        });
        assertThat(there.isInvalid())
                .as("not yet: the other node has not read the request")
                .isFalse();

        otherNode.readRequests();

        assertThat(there.isInvalid()).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
    }
}
