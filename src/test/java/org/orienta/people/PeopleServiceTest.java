package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class PeopleServiceTest {

    @Autowired
    PeopleService service;

    @Autowired
    PersonRepository people;

    @Autowired
    PasswordEncoder passwordEncoder;

    private PersonDraft draft(String username, String email) {
        var retail = service.departments().stream()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow();
        return new PersonDraft(username, "Olivia Novak", email, retail.id(), null, EnumSet.of(Role.TRAINEE));
    }

    @Test
    void creating_a_person_stores_them_with_a_one_time_password_they_must_change() {
        var created = service.create(draft("olivia", "olivia.novak@example.com"), "");

        var stored = people.findByUsername("olivia").orElseThrow();
        assertThat(created.oneTimePassword()).isNotBlank();
        assertThat(passwordEncoder.matches(created.oneTimePassword(), stored.passwordHash()))
                .isTrue();
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.department().name()).isEqualTo("Retail");
        assertThat(stored.roles()).containsExactly(Role.TRAINEE);
    }

    @Test
    void an_initial_password_chosen_by_the_admin_is_used_once_too() {
        var created = service.create(draft("olivia", "olivia.novak@example.com"), "a long initial phrase");

        var stored = people.findByUsername("olivia").orElseThrow();
        assertThat(created.oneTimePassword()).isNull();
        assertThat(passwordEncoder.matches("a long initial phrase", stored.passwordHash()))
                .isTrue();
        assertThat(stored.mustChangePassword()).isTrue();
    }

    @Test
    void a_taken_username_is_refused_on_its_field_and_nothing_is_saved() {
        long before = people.count();

        assertThatThrownBy(() -> service.create(draft("Anna", "someone.else@example.com"), ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("username", "person.username.taken", "anna")));
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void an_invalid_email_and_a_short_password_are_both_reported_at_once() {
        long before = people.count();

        assertThatThrownBy(() -> service.create(draft("olivia", "olivia-at-example"), "too short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("email", "person.email.invalid"),
                                        org.assertj.core.groups.Tuple.tuple("password", "password.tooShort")));
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void an_email_already_in_use_is_refused() {
        var anna = people.findByUsername("anna").orElseThrow();

        assertThatThrownBy(() -> service.create(draft("olivia", anna.email().toUpperCase()), ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("person.email.taken"));
    }

    @Test
    void a_trainee_needs_a_department() {
        var noDepartment =
                new PersonDraft("olivia", "Olivia Novak", "olivia@example.com", null, null, Set.of(Role.TRAINEE));

        assertThatThrownBy(() -> service.create(noDepartment, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("person.department.requiredForTrainee"));
    }

    @Test
    void editing_changes_the_person_and_a_stale_form_is_refused() {
        var id = service.create(draft("olivia", "olivia@example.com"), "").id();
        var loaded = service.get(id);
        var renamed = new PersonDraft(
                "olivia",
                "Olivia Novak-Berg",
                "olivia@example.com",
                loaded.draft().departmentId(),
                null,
                EnumSet.of(Role.TRAINEE, Role.TRAINER));

        service.update(id, renamed, loaded.version());

        assertThat(service.get(id).displayName()).isEqualTo("Olivia Novak-Berg");
        assertThat(service.get(id).roles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
        assertThatThrownBy(() -> service.update(id, loaded.draft(), loaded.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(service.get(id).displayName()).isEqualTo("Olivia Novak-Berg");
    }

    @Test
    void administrators_cannot_lock_themselves_out() {
        var me = people.findByUsername(TestUsers.ADMIN).orElseThrow();
        var details = service.get(me.id());
        var withoutAdmin =
                new PersonDraft(me.username(), me.displayName(), me.email(), null, null, EnumSet.of(Role.TRAINER));

        assertThatThrownBy(() -> service.setEnabled(me.id(), false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.update(me.id(), withoutAdmin, details.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("person.roles.keepOwnAdmin"));
    }

    @Test
    void disabling_and_enabling_a_person_is_reflected_in_the_list() {
        var ben = people.findByUsername("ben").orElseThrow();

        service.setEnabled(ben.id(), false);
        assertThat(service.findPeople("ben"))
                .singleElement()
                .extracting(PersonRow::enabled)
                .isEqualTo(false);

        service.setEnabled(ben.id(), true);
        assertThat(service.findPeople("ben"))
                .singleElement()
                .extracting(PersonRow::enabled)
                .isEqualTo(true);
    }

    @Test
    void resetting_a_password_issues_a_working_one_time_password() {
        var ben = people.findByUsername("ben").orElseThrow();

        var password = service.resetPassword(ben.id());

        var stored = people.findByUsername("ben").orElseThrow();
        assertThat(passwordEncoder.matches(password, stored.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestUsers.DEMO_PASSWORD, stored.passwordHash()))
                .isFalse();
        assertThat(stored.mustChangePassword()).isTrue();
    }

    @Test
    void the_people_list_finds_by_name_username_email_and_department() {
        assertThat(service.findPeople("kowalski"))
                .extracting(PersonRow::username)
                .containsExactly("anna");
        assertThat(service.findPeople("CONTACT"))
                .extracting(PersonRow::username)
                .containsExactlyInAnyOrder("grace", "hugo");
        assertThat(service.findPeople("")).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void people_change_their_own_password_after_proving_the_current_one() {
        assertThatThrownBy(() -> service.changeMyPassword("wrong password", "a brand new phrase"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("password.currentWrong"));
        assertThatThrownBy(() -> service.changeMyPassword(TestUsers.DEMO_PASSWORD, "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("password.tooShort"));

        service.changeMyPassword(TestUsers.DEMO_PASSWORD, "a brand new phrase");

        var stored = people.findByUsername(TestUsers.TRAINEE).orElseThrow();
        assertThat(passwordEncoder.matches("a brand new phrase", stored.passwordHash()))
                .isTrue();
        assertThat(stored.mustChangePassword()).isFalse();
        assertThat(service.myProfile().department()).isEqualTo("Retail");
    }

    @Test
    void a_manager_is_another_person_and_nobody_reports_to_themselves_even_indirectly() {
        var lead = service.create(draft("lead", "lead@example.com"), "").id();
        var retail = service.departments().stream()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow();
        var member = service.create(
                        new PersonDraft(
                                "member",
                                "Mo Member",
                                "member@example.com",
                                retail.id(),
                                null,
                                EnumSet.of(Role.TRAINEE),
                                lead),
                        "")
                .id();

        assertThat(service.get(member).draft().managerId()).isEqualTo(lead);
        var leadDetails = service.get(lead);
        var circular = new PersonDraft(
                "lead", "Olivia Novak", "lead@example.com", retail.id(), null, EnumSet.of(Role.TRAINEE), member);
        assertThatThrownBy(() -> service.update(lead, circular, leadDetails.version()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("person.manager.cycle"));
    }
}
