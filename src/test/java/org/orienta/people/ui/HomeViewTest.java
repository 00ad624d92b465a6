package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
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
    void a_trainer_is_welcomed_by_name_and_told_what_trainers_do_here() {
        navigate(HomeView.class);

        assertThat($(H2.class).id("home-greeting").getText()).isEqualTo("Welcome, Maya");
        assertThat($(Card.class).all()).extracting(c -> c.getId().orElseThrow()).containsExactly("home-role-trainer");
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
