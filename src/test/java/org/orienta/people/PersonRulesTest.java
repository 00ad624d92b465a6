package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRulesTest {

    @Test
    void usernames_are_compared_in_lower_case_without_surrounding_spaces() {
        assertThat(PersonRules.normaliseUsername("  Anna.K ")).isEqualTo("anna.k");
    }

    @Test
    void a_username_needs_three_to_sixty_four_plain_characters() {
        assertThat(PersonRules.checkUsername("")).contains("person.username.required");
        assertThat(PersonRules.checkUsername("ab")).contains("person.username.length");
        assertThat(PersonRules.checkUsername("a".repeat(65))).contains("person.username.length");
        assertThat(PersonRules.checkUsername("anna kowalski")).contains("person.username.characters");
        assertThat(PersonRules.checkUsername(".anna")).contains("person.username.characters");
        assertThat(PersonRules.checkUsername("anna.kowalski@shop")).isEmpty();
    }

    @Test
    void an_email_needs_one_at_sign_and_a_dotted_domain() {
        assertThat(PersonRules.checkEmail("")).contains("person.email.required");
        assertThat(PersonRules.checkEmail("anna")).contains("person.email.invalid");
        assertThat(PersonRules.checkEmail("anna@localhost")).contains("person.email.invalid");
        assertThat(PersonRules.checkEmail("anna@@example.com")).contains("person.email.invalid");
        assertThat(PersonRules.checkEmail("anna @example.com")).contains("person.email.invalid");
        assertThat(PersonRules.checkEmail("Anna.Kowalski@Example.co.uk")).isEmpty();
    }

    @Test
    void a_display_name_is_required_and_bounded() {
        assertThat(PersonRules.checkDisplayName("   ")).contains("person.displayName.required");
        assertThat(PersonRules.checkDisplayName("x".repeat(121))).contains("person.displayName.length");
        assertThat(PersonRules.checkDisplayName("Chloé Martin")).isEmpty();
    }
}
