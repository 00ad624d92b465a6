package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a signed-in person sees at an address that leads nowhere (issue 16): Not found, never an error. */
class ErrorPagesTest extends ViewTest {

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void an_item_that_does_not_exist_is_not_found_not_an_error() {
        UI.getCurrent().navigate("content/quiz/does-not-exist");

        assertThat(find(NotFoundView.class).all()).hasSize(1);
        assertThat(find(InternalErrorView.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void an_unknown_address_shows_the_not_found_page() {
        UI.getCurrent().navigate("does-not-exist/at-all");

        assertThat(find(NotFoundView.class).all()).hasSize(1);
    }
}
