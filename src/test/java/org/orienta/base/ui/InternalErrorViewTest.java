package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class InternalErrorViewTest extends ViewTest {

    @Test
    void an_unexpected_error_shows_a_reference_and_the_way_home_but_not_the_exception() {
        var view = new InternalErrorView();
        var event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("my-competencies"));

        int status = view.setErrorParameter(
                event,
                new ErrorParameter<>(Exception.class, new IllegalStateException("internal detail: table PERSON")));

        var text = view.getElement().getTextRecursively();
        assertThat(status).isEqualTo(500);
        assertThat(text).contains("Something went wrong", "Reference: ").doesNotContain("internal detail");
    }
}
