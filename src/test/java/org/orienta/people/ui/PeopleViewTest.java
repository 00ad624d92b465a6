package org.orienta.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class PeopleViewTest extends ViewTest {

    @Autowired
    PeopleService people;

    private PersonDialog openNewPersonDialog() {
        var view = navigate(PeopleView.class);
        test(view.add).click();
        return find(PersonDialog.class).single();
    }

    private void fill(PersonDialog dialog, String username, String email, String password) {
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Olivia Novak");
        test(dialog.email).setValue(email);
        test(dialog.department).selectItem("Retail");
        test(dialog.password).setValue(password);
    }

    @Test
    void the_admin_sees_everyone_with_their_department_and_roles() {
        var view = navigate(PeopleView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(11);
        assertThat(people.findPeople("")).extracting(PersonRow::username).contains("anna", "trainer", "hr", "admin");
    }

    @Test
    void searching_narrows_the_list() {
        var view = navigate(PeopleView.class);

        test(view.search).setValue("banking");

        assertThat(test(view.grid).size()).isEqualTo(4);
    }

    @Test
    void adding_a_person_shows_the_one_time_password_once_and_lists_them() {
        var dialog = openNewPersonDialog();
        fill(dialog, "olivia", "olivia.novak@example.com", "");

        test(dialog.save).click();

        var otp = find(OneTimePasswordDialog.class).single();
        assertThat(otp.password.getText()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(people.findPeople("olivia"))
                .singleElement()
                .satisfies(p -> assertThat(p.mustChangePassword()).isTrue());
        assertThat(find(Notification.class).last().getElement().getProperty("text"))
                .contains("Olivia Novak");
    }

    @Test
    void a_duplicate_username_is_shown_on_its_field_and_nothing_is_saved() {
        var dialog = openNewPersonDialog();
        fill(dialog, "anna", "another.anna@example.com", "");

        test(dialog.save).click();

        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).isEqualTo("The username anna is already taken.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(people.findPeople("another.anna")).isEmpty();
    }

    @Test
    void adding_a_person_with_no_role_ticked_shows_the_message_on_the_roles() {
        var dialog = openNewPersonDialog();
        fill(dialog, "olivia", "olivia.novak@example.com", "");
        dialog.roles.clear();

        test(dialog.save).click();

        assertThat(dialog.roles.isInvalid()).isTrue();
        assertThat(dialog.roles.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(people.findPeople("olivia")).isEmpty();
    }

    @Test
    void an_invalid_email_is_shown_on_its_field_as_soon_as_it_is_typed() {
        var dialog = openNewPersonDialog();

        test(dialog.email).setValue("olivia-at-example");

        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).startsWith("This is not a valid e-mail address");
    }

    @Test
    void a_too_short_initial_password_is_refused_on_its_field_and_nothing_is_saved() {
        var dialog = openNewPersonDialog();
        fill(dialog, "olivia", "olivia.novak@example.com", "short");

        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).startsWith("Use at least 12 characters");
        assertThat(people.findPeople("olivia")).isEmpty();
    }

    @Test
    void editing_a_person_saves_the_new_details() {
        var view = navigate(PeopleView.class);
        var ben = people.findPeople("ben").getFirst();
        view.edit(ben);
        var dialog = find(PersonDialog.class).single();

        test(dialog.displayName).setValue("Benjamin Okafor");
        test(dialog.save).click();

        assertThat(people.findPeople("ben").getFirst().displayName()).isEqualTo("Benjamin Okafor");
        assertThat(dialog.isOpened()).isFalse();
    }
}
