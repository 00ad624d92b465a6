package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class AccountViewTest extends ViewTest {

    @Autowired
    PeopleService people;

    @Test
    void shows_my_details() {
        var view = navigate(AccountView.class);

        assertThat(view.getElement().getTextRecursively()).contains("Anna Kowalski", "Retail", "Sales associate");
        assertThat(view.mustChangeBanner.isVisible()).isFalse();
    }

    @Test
    void two_different_new_passwords_are_refused_on_the_repeat_field() {
        var view = navigate(AccountView.class);
        test(view.currentPassword).setValue(TestUsers.DEMO_PASSWORD);
        test(view.newPassword).setValue("a brand new phrase");
        test(view.repeatPassword).setValue("a brand new phrasr");

        test(view.change).click();

        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
    }

    @Test
    void a_wrong_current_password_is_refused_on_its_field() {
        var view = navigate(AccountView.class);
        test(view.currentPassword).setValue("not my password");
        test(view.newPassword).setValue("a brand new phrase");
        test(view.repeatPassword).setValue("a brand new phrase");

        test(view.change).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Your current password is not correct.");
    }

    @Test
    void a_common_new_password_is_refused_with_the_reason() {
        var view = navigate(AccountView.class);
        test(view.currentPassword).setValue(TestUsers.DEMO_PASSWORD);
        test(view.newPassword).setValue("password1234");
        test(view.repeatPassword).setValue("password1234");

        test(view.change).click();

        assertThat(view.newPassword.getErrorMessage()).startsWith("This password is one of the most commonly used");
    }

    @Test
    void a_good_new_password_is_saved_and_the_fields_are_cleared() {
        var view = navigate(AccountView.class);
        test(view.currentPassword).setValue(TestUsers.DEMO_PASSWORD);
        test(view.newPassword).setValue("a brand new phrase");
        test(view.repeatPassword).setValue("a brand new phrase");

        test(view.change).click();

        assertThat(view.newPassword.getValue()).isEmpty();
        assertThat(view.newPassword.isInvalid()).isFalse();
        assertThat(people.myProfile().mustChangePassword()).isFalse();
    }

    @Test
    void a_chosen_language_is_kept_and_shown_again_on_the_next_visit() {
        var view = navigate(AccountView.class);
        assertThat(view.language.getValue()).isNull();

        view.changeLanguage(Locale.forLanguageTag("hr"));

        assertThat(people.myLanguage()).contains(Locale.forLanguageTag("hr"));
        assertThat(navigate(AccountView.class).language.getValue()).isEqualTo(Locale.forLanguageTag("hr"));
    }

    @Test
    void going_back_to_the_default_forgets_the_choice() {
        people.changeMyLanguage(Locale.forLanguageTag("sv"));
        var view = navigate(AccountView.class);

        view.changeLanguage(null);

        assertThat(people.myLanguage()).isEmpty();
        assertThat(people.myProfile().language()).isNull();
    }

    @Test
    void without_an_organisation_default_the_empty_choice_follows_the_browser() {
        var view = navigate(AccountView.class);
        assertThat(view.language.getEmptySelectionCaption()).isEqualTo("My browser’s language");
    }
}
