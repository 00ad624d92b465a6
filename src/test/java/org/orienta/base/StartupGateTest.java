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

    private final StartupGate gate = new StartupGate();

    private MockHttpServletResponse get(String path) throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", path), response, chain);
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
        gate.onApplicationEvent(new ApplicationReadyEvent(
                new SpringApplication(), new String[0], new GenericApplicationContext(), null));

        assertThat(get("/login").getStatus()).isEqualTo(299);
    }
}
