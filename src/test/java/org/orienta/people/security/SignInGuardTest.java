package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Login CSRF (issue 16): a sign-in form posted from another site must not sign the browser in. */
class SignInGuardTest {

    private static MockHttpServletRequest post(String origin, String site) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServerName("orienta.example.com");
        request.addHeader("Host", "orienta.example.com");
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (site != null) {
            request.addHeader("Sec-Fetch-Site", site);
        }
        return request;
    }

    @Test
    void a_form_from_another_site_is_refused() {
        assertThat(SignInGuard.sameOrigin(post("https://evil.example", "cross-site")))
                .isFalse();
        assertThat(SignInGuard.sameOrigin(post("https://evil.example", null))).isFalse();
        assertThat(SignInGuard.sameOrigin(post(null, "cross-site"))).isFalse();
        assertThat(SignInGuard.sameOrigin(post("null", null))).isFalse();
        assertThat(SignInGuard.sameOrigin(post("https://orienta.example.com.evil.example", null)))
                .isFalse();
    }

    @Test
    void the_own_sign_in_page_and_tools_without_a_browser_are_let_through() {
        assertThat(SignInGuard.sameOrigin(post("https://orienta.example.com", "same-origin")))
                .isTrue();
        assertThat(SignInGuard.sameOrigin(post("http://orienta.example.com", null)))
                .as("HTTPS ended at a proxy")
                .isTrue();
        assertThat(SignInGuard.sameOrigin(post(null, null)))
                .as("curl, the load benchmark")
                .isTrue();
    }

    @Test
    void behind_nginx_that_drops_the_port_from_host_the_own_form_is_let_through_and_another_port_is_not() {
        // deploy/nginx.conf: Host $host (no port), X-Forwarded-Port $server_port.
        var own = new MockHttpServletRequest("POST", "/login");
        own.addHeader("Host", "localhost");
        own.addHeader("X-Forwarded-Host", "localhost");
        own.addHeader("X-Forwarded-Port", "8080");
        own.addHeader("Origin", "http://localhost:8080");
        own.addHeader("Sec-Fetch-Site", "same-origin");
        assertThat(SignInGuard.sameOrigin(own)).isTrue();

        var otherPort = new MockHttpServletRequest("POST", "/login");
        otherPort.addHeader("Host", "localhost");
        otherPort.addHeader("X-Forwarded-Port", "8080");
        otherPort.addHeader("Origin", "http://localhost:9999");
        assertThat(SignInGuard.sameOrigin(otherPort)).isFalse();

        var portInHost = new MockHttpServletRequest("POST", "/login");
        portInHost.addHeader("Host", "localhost:8080");
        portInHost.addHeader("Origin", "http://localhost:8080");
        assertThat(SignInGuard.sameOrigin(portInHost)).isTrue();
    }

    @Test
    void a_foreign_form_is_answered_with_403_before_any_password_is_checked() throws Exception {
        var request = post("https://evil.example", "cross-site");
        request.setServletPath("/login");
        request.addParameter("username", "anna");
        request.addParameter("password", "whatever");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        var chain = new org.springframework.mock.web.MockFilterChain();

        new SignInGuard(null, null).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).as("the sign-in was not processed").isNull();
    }
}
