package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private final StartupWork work = new StartupWork();
    private final StartupGate gate = new StartupGate(work, java.time.Duration.ofSeconds(2));

    private MockHttpServletResponse get(String path) throws Exception {
        return send("GET", path);
    }

    private MockHttpServletResponse send(String method, String path) throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest(method, path), response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299); // marks "passed on"
        }
        return response;
    }

    @Test
    void while_starting_every_page_answers_service_unavailable_with_a_message_that_reloads() throws Exception {
        var response = get("/login");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentAsString())
                .contains("Orienta is starting")
                .contains("http-equiv=\"refresh\"");
    }

    @Test
    void a_liveness_probe_passes_while_starting() throws Exception {
        assertThat(get("/actuator/health/liveness").getStatus()).isEqualTo(299);
    }

    @Test
    void once_the_application_is_ready_requests_pass() throws Exception {
        work.setupDone();
        ready();

        assertThat(get("/login").getStatus()).isEqualTo(299);
        assertThat(send("POST", "/login").getStatus()).isEqualTo(299);
    }

    @Test
    void while_the_start_up_steps_run_behind_it_the_sign_in_page_answers() throws Exception {
        work.begins(StartupWork.SETUP);
        ready();

        assertThat(get("/login").getStatus()).isEqualTo(299);
        assertThat(get("/VAADIN/build/index.js").getStatus()).isEqualTo(299);
    }

    @Test
    void a_sign_in_sent_while_the_start_up_steps_run_waits_for_them_and_then_goes_on() throws Exception {
        work.begins(StartupWork.SETUP);
        ready();
        var answer = new java.util.concurrent.CompletableFuture<MockHttpServletResponse>();
        var signIn = Thread.ofPlatform().start(() -> {
            try {
                answer.complete(send("POST", "/login"));
            } catch (Exception e) {
                answer.completeExceptionally(e);
            }
        });
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(2))
                .until(() -> signIn.getState() == Thread.State.TIMED_WAITING);
        assertThat(answer).isNotDone();

        work.setupDone();

        assertThat(answer.get(5, java.util.concurrent.TimeUnit.SECONDS).getStatus())
                .isEqualTo(299);
    }

    @Test
    void a_sign_in_that_waited_too_long_is_asked_to_try_again_in_a_moment() throws Exception {
        work.begins(StartupWork.SETUP);
        ready();

        var response = send("POST", "/login");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Orienta is starting");
    }

    @Test
    void a_company_sign_in_returning_from_its_provider_waits_like_a_password_sign_in() {
        assertThat(StartupGate.signIn(new MockHttpServletRequest("GET", "/login/oauth2/code/company")))
                .isTrue();
        assertThat(StartupGate.signIn(new MockHttpServletRequest("POST", "/login")))
                .isTrue();
        assertThat(StartupGate.signIn(new MockHttpServletRequest("GET", "/login")))
                .isFalse();
    }

    private void ready() {
        gate.onApplicationEvent(new ApplicationReadyEvent(
                new SpringApplication(), new String[0], new GenericApplicationContext(), null));
    }
}
