package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * "‮Administrator" was imported (issue 16): a right-to-left override or another invisible character
 * in a display name, a department or a job role is refused with a message naming the field.
 */
@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class InvisibleCharactersTest {

    private static final String RLO = "\u202E";

    @Autowired
    OrganisationService organisation;

    @Autowired
    PeopleImport imports;

    @Test
    void a_display_name_with_a_right_to_left_override_or_a_zero_width_space_is_refused() {
        assertThat(PersonRules.checkDisplayName(RLO + "Administrator")).contains("person.displayName.invisible");
        assertThat(PersonRules.checkDisplayName("Ann\u200Ba")).contains("person.displayName.invisible");
        assertThat(PersonRules.checkDisplayName("Line\nbreak")).contains("person.displayName.invisible");
        assertThat(PersonRules.checkDisplayName("Chloé Martin")).isEmpty();
        assertThat(PersonRules.checkDisplayName("สมชาย ใจดี")).isEmpty();
        assertThat(PersonRules.checkDisplayName("👩‍💻 Ada"))
                .as("emoji joined by ZWJ")
                .isEmpty();
    }

    @Test
    void department_and_job_role_names_are_refused_naming_the_field_and_the_character() {
        assertThatThrownBy(() -> organisation.createDepartment("Stores" + RLO, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey() + " " + p.arguments())
                                .containsExactly(
                                        "department organisation.name.invisible [U+202E right-to-left override]"));
        assertThatThrownBy(() -> organisation.createJobRole("Cashier\u2066")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_imported_name_department_or_job_role_is_reported_at_its_line_and_column() {
        var preview = imports.preview("""
                username,name,email,department,job_role,roles
                mallory,%sAdministrator,mallory@example.com,Retail,Sales associate,TRAINEE
                eve,Eve Adams,eve@example.com,Ret%sail,Clerk%s,TRAINEE
                """.formatted(RLO, "\u200F", "\u202D").getBytes(StandardCharsets.UTF_8));

        assertThat(preview.problems())
                .extracting(p -> p.line() + " " + p.column() + " " + p.messageKey())
                .containsExactlyInAnyOrder(
                        "2 name person.displayName.invisible",
                        "3 department import.people.invisible",
                        "3 job_role import.people.invisible");
    }
}
