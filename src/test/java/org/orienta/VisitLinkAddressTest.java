package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The one address a visit link opens without signing in, and nothing beside it (ADR 0044). */
@IntegrationTest
class VisitLinkAddressTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    /**
     * What the security chain did: its status and redirect, or "passed to Vaadin" when it let the request
     * through to the Vaadin servlet (which this mock web application does not have).
     */
    private String redirect(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        try {
            var response = mvc().perform(request).andReturn().getResponse();
            return response.getStatus() + " " + response.getRedirectedUrl();
        } catch (jakarta.servlet.ServletException forwarded) {
            assertThat(forwarded).hasMessageContaining("springServlet");
            return "passed to Vaadin";
        }
    }

    @Test
    void a_visit_link_is_let_through_without_signing_in() throws Exception {
        assertThat(redirect(get("/visit/" + "x".repeat(43)))).isEqualTo("passed to Vaadin");
    }

    @Test
    void nothing_beside_the_link_page_is_let_through() throws Exception {
        assertThat(redirect(get("/visits"))).contains("login");
        assertThat(redirect(get("/visit/a/b"))).contains("login");
        assertThat(redirect(post("/visit/" + "x".repeat(43)))).doesNotContain("passed to Vaadin");
    }
}
