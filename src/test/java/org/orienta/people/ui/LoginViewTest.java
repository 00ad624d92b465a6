package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class LoginViewTest extends ViewTest {

    @Autowired
    org.orienta.base.StartupWork startupWork;

    @Test
    void while_demo_data_is_still_being_written_the_sign_in_page_says_so_until_it_is_ready() {
        startupWork.begins("demo-history-in-a-test");
        try {
            navigate(LoginView.class);
            assertThat(find(Paragraph.class).id("demo-preparing").getText()).contains("still being prepared");

            startupWork.finished("demo-history-in-a-test");
            var ui = com.vaadin.flow.component.UI.getCurrent();
            com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));

            assertThat(find(Paragraph.class).id("demo-preparing").getText()).contains("The demo is ready");
            assertThat(ui.getPollInterval()).isEqualTo(-1);
        } finally {
            startupWork.finished("demo-history-in-a-test");
        }
    }

    @Test
    void once_the_demo_is_ready_the_sign_in_page_does_not_mention_preparing() {
        navigate(LoginView.class);

        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> p.getId().orElse("").equals("demo-preparing"));
    }

    @Test
    void demo_mode_lists_every_demo_login_with_its_role_and_department() {
        navigate(LoginView.class);

        var accounts = find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("demo-"))
                .toList();

        assertThat(accounts).hasSize(10);
        // Voice control: the accessible name is the visible text, never a different label.
        assertThat(accounts).allSatisfy(b -> assertThat(b.getAriaLabel()).isEmpty());
        assertThat(accounts)
                .extracting(b -> b.getId().orElseThrow())
                .contains("demo-trainer", "demo-hr", "demo-anna", "demo-hugo");
        assertThat(find(com.vaadin.flow.component.card.Card.class)
                        .single()
                        .getElement()
                        .toString())
                .contains("orienta-demo");
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(Map.of("error", "")));
        var view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isTrue();
    }

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Test
    void an_installation_whose_administrator_has_chosen_a_password_gives_no_first_start_hint() {
        navigate(LoginView.class);

        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> p.getId().orElse("").equals("first-admin-hint"));
    }

    @Test
    void a_fresh_installation_says_where_the_one_time_password_is_and_never_shows_it() {
        SignedIn.as(users, TestUsers.ADMIN);
        var admin = people.findPeople("admin").stream()
                .filter(p -> p.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        var password = people.resetPassword(admin.id());
        SecurityContextHolder.clearContext();

        navigate(LoginView.class);

        var hint = find(Paragraph.class).id("first-admin-hint").getText();
        assertThat(hint)
                .contains("one-time password", "end of Orienta’s start-up")
                .doesNotContain(password);
    }

    @Test
    void the_first_visit_shows_no_error() {
        var view = navigate(LoginView.class);

        assertThat(view.login.isError()).isFalse();
    }

    @Test
    void a_sign_in_refused_because_the_server_was_busy_says_so_and_not_that_the_password_was_wrong() {
        com.vaadin.flow.server.VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION,
                        new org.orienta.people.security.SignInBusyException());
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(Map.of("error", "")));
        var view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isTrue();
        assertThat(String.valueOf(view.login.getElement().getPropertyRaw("i18n")))
                .contains("Orienta is busy")
                .doesNotContain("Incorrect username or password");
    }

    @Test
    void after_an_idle_sign_out_the_page_says_why() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(Map.of("idle", "")));
        var view = (LoginView) getCurrentView();

        assertThat(view.login.isError()).isTrue();
        assertThat(String.valueOf(view.login.getElement().getPropertyRaw("i18n")))
                .contains("Signed out after a time without activity");
    }

    @Test
    void each_company_provider_has_its_own_button_beside_the_password_form() {
        var view = navigate(LoginView.class);

        var links = find(com.vaadin.flow.component.html.Anchor.class).all();
        assertThat(links)
                .extracting(com.vaadin.flow.component.html.Anchor::getText)
                .containsExactly("Sign in with Test Company", "Sign in with Offline Company");
        assertThat(links)
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .containsExactly("oauth2/authorization/company", "oauth2/authorization/offline");
        assertThat(view.login.isVisible()).isTrue();
    }

    @Test
    void a_refused_company_sign_in_is_explained_in_words() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "login",
                        com.vaadin.flow.router.QueryParameters.simple(
                                Map.of("signin-error", "claim", "claim", "email")));
        var view = (LoginView) getCurrentView();

        assertThat(view.companyError.isVisible()).isTrue();
        assertThat(view.companyError.getText()).contains("did not send your email");
    }

    @Test
    void an_unknown_reason_gets_the_general_words_not_a_missing_key() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.simple(Map.of("signin-error", "bogus")));
        var view = (LoginView) getCurrentView();

        assertThat(view.companyError.getText()).startsWith("Signing in with your company account did not work");
    }
}
