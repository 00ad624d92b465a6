package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;

class FieldProblemsTest {

    private final TextField username = new TextField();
    private final TextField email = new TextField();
    private final TextField name = new TextField();
    private final FieldProblems problems = FieldProblems.withMessages(p -> p.messageKey() + p.arguments())
            .field("username", username)
            .field("email", email);

    @Test
    void each_problem_is_shown_on_its_field_with_its_message_and_arguments() {
        problems.show(List.of(FieldProblem.of("email", "email.invalid"), FieldProblem.of("username", "too.short", 3)));

        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("too.short[3]");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("email.invalid[]");
    }

    @Test
    void the_first_field_in_the_forms_order_is_focused_not_the_first_problem_reported() {
        var shown = problems.show(
                List.of(FieldProblem.of("email", "email.invalid"), FieldProblem.of("username", "too.short")));

        assertThat(shown.focused()).containsSame(username);
    }

    @Test
    void a_field_that_cannot_take_focus_shows_its_problem_and_focus_goes_to_the_next() {
        var roles = new CheckboxGroup<String>();
        var withRoles = FieldProblems.withMessages(FieldProblem::messageKey)
                .field("roles", roles)
                .field("email", email);

        var shown = withRoles.show(
                List.of(FieldProblem.of("roles", "roles.none"), FieldProblem.of("email", "email.invalid")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(shown.focused()).containsSame(email);
    }

    @Test
    void fields_without_a_problem_are_cleared_from_the_last_attempt() {
        problems.show(List.of(FieldProblem.of("username", "too.short")));

        problems.show(List.of(FieldProblem.of("email", "email.invalid")));

        assertThat(username.isInvalid()).isFalse();
        assertThat(username.getErrorMessage()).isNullOrEmpty();
        assertThat(email.isInvalid()).isTrue();
    }

    @Test
    void a_field_with_two_problems_shows_the_first() {
        problems.show(List.of(FieldProblem.of("username", "first"), FieldProblem.of("username", "second")));

        assertThat(username.getErrorMessage()).isEqualTo("first[]");
    }

    @Test
    void a_problem_for_a_field_the_form_does_not_show_goes_to_the_fallback() {
        problems.otherwise(name);

        var shown = problems.show(List.of(FieldProblem.of("department", "not.found")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("not.found[]");
        assertThat(shown.unplaced()).isEmpty();
        assertThat(shown.focused()).containsSame(name);
    }

    @Test
    void without_a_fallback_a_problem_no_field_takes_is_handed_back_not_dropped() {
        var shown = problems.show(List.of(FieldProblem.of("department", "not.found")));

        assertThat(shown.unplaced()).extracting(FieldProblem::field).containsExactly("department");
        assertThat(shown.focused()).isEmpty();
        assertThat(username.isInvalid()).isFalse();
    }

    @Test
    void clearing_marks_every_field_valid_again() {
        problems.show(List.of(FieldProblem.of("username", "too.short"), FieldProblem.of("email", "bad")));

        problems.clear();

        assertThat(username.isInvalid()).isFalse();
        assertThat(email.isInvalid()).isFalse();
    }
}
