package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.ViewTest;

class LoginViewTest extends ViewTest {

    @Test
    void demo_mode_lists_every_demo_login_with_its_role_and_department() {
        navigate(LoginView.class);

        var accounts = $(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("demo-"))
                .toList();

        assertThat(accounts).hasSize(10);
        assertThat(accounts)
                .extracting(b -> b.getId().orElseThrow())
                .contains("demo-trainer", "demo-hr", "demo-anna", "demo-hugo");
        assertThat($(com.vaadin.flow.component.card.Card.class)
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

    @Test
    void the_first_visit_shows_no_error() {
        var view = navigate(LoginView.class);

        assertThat(view.login.isError()).isFalse();
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
}
