package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.orienta.reporting.ReportFilter;
import org.orienta.reporting.ReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Health for load balancers without signing in, metrics registered, Prometheus off unless switched on. */
@IntegrationTest
class OperationsTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ReportService reports;

    @Autowired
    UserDetailsService users;

    private org.springframework.test.web.servlet.MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void health_answers_up_to_anyone_and_tells_nothing_more() throws Exception {
        mvc().perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc().perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void prometheus_is_off_by_default() {
        assertThat(context.getBeanProvider(io.micrometer.prometheusmetrics.PrometheusMeterRegistry.class)
                        .getIfAvailable())
                .isNull();
    }

    @Test
    void report_times_and_session_gauges_are_recorded() {
        SignedIn.as(users, TestUsers.HR);
        reports.matrix(ReportFilter.EVERYONE);

        assertThat(registry.find("orienta.report").tag("report", "matrix").timer())
                .isNotNull()
                .satisfies(t -> assertThat(t.count()).isPositive());
        assertThat(registry.find("orienta.sessions.active").gauge()).isNotNull();
        assertThat(registry.find("orienta.uis.active").gauge()).isNotNull();
    }
}
