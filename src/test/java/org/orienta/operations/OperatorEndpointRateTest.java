package org.orienta.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The operator backup endpoint needs no session, so it is limited per address (issue 16). */
@IntegrationTest
class OperatorEndpointRateTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void more_than_a_few_requests_a_minute_from_one_address_are_turned_away_unchecked() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        for (int i = 0; i < OperatorBackupEndpoint.PER_MINUTE; i++) {
            http.perform(post("/operations/backup")
                            .with(anonymous())
                            .with(from("198.51.100.77"))
                            .header(OperatorToken.HEADER, "guess-" + i))
                    .andExpect(status().is4xxClientError())
                    .andExpect(header().doesNotExist("Retry-After"));
        }

        http.perform(post("/operations/backup")
                        .with(anonymous())
                        .with(from("198.51.100.77"))
                        .header(OperatorToken.HEADER, "guess"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        http.perform(post("/operations/backup")
                        .with(anonymous())
                        .with(from("198.51.100.78"))
                        .header(OperatorToken.HEADER, "guess"))
                .andExpect(status().is4xxClientError())
                .andExpect(header().doesNotExist("Retry-After"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
