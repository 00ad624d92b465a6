package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

class HomeViewTest extends ViewTest {

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void a_trainee_lands_on_my_training() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void a_trainer_lands_on_what_to_do_next() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TrainerHomeView");
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void hr_lands_on_the_reports() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ReportsView");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void an_administrator_lands_on_the_people_list() {
        navigate("", PeopleView.class);

        assertThat(getCurrentView()).isInstanceOf(PeopleView.class);
    }
}
