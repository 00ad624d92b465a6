package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class OneTimePasswordJourneyTest extends ViewTest {

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void a_person_with_a_reset_password_cannot_leave_the_account_page_until_they_choose_their_own() {
        var ben =
                people.findPeople("ben").stream().map(PersonRow::id).findFirst().orElseThrow();
        var oneTimePassword = people.resetPassword(ben);
        signIn("ben");

        UI.getCurrent().navigate("");

        var account = (AccountView) getCurrentView();
        assertThat(account.mustChangeBanner.isVisible()).isTrue();
        test(account.currentPassword).setValue(oneTimePassword);
        test(account.newPassword).setValue("my own long phrase");
        test(account.repeatPassword).setValue("my own long phrase");
        test(account.change).click();

        assertThat(getCurrentView().getClass().getSimpleName())
                .as("a trainee's home")
                .isEqualTo("MyTrainingView");
    }

    private void signIn(String username) {
        var person = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
