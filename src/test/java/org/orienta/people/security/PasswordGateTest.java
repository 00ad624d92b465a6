package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.audit.AuditService;
import org.orienta.people.PasswordSignInSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class PasswordGateTest {

    @Autowired
    AuditService audit;

    private static MockHttpServletRequest signIn(String username) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.addParameter("username", username);
        request.addParameter("password", "whatever it is");
        return request;
    }

    @Test
    void with_passwords_off_a_password_sign_in_is_sent_back_to_use_the_company_sign_in() throws Exception {
        var gate = new CompanySignIn.PasswordGate(new PasswordSignInSettings(false, "rescue"), audit);
        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();

        gate.doFilter(signIn("anna"), response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?signin-error=passwords");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void the_break_glass_administrator_still_reaches_the_password_check() throws Exception {
        var gate = new CompanySignIn.PasswordGate(new PasswordSignInSettings(false, "rescue"), audit);
        var chain = new MockFilterChain();

        gate.doFilter(signIn("Rescue"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void with_passwords_on_everyone_reaches_the_password_check() throws Exception {
        var gate = new CompanySignIn.PasswordGate(new PasswordSignInSettings(true, null), audit);
        var chain = new MockFilterChain();

        gate.doFilter(signIn("anna"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
