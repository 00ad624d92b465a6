package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refuses_passwords_shorter_than_twelve_characters() {
        assertThat(PasswordPolicy.check("short-pass1", "anna", "anna@example.com"))
                .contains("password.tooShort");
    }

    @Test
    void accepts_a_twelve_character_passphrase_without_composition_rules() {
        assertThat(PasswordPolicy.check("tea with mint", "anna", "anna@example.com"))
                .isEmpty();
    }

    @Test
    void counts_characters_as_people_read_them_not_as_utf16_units() {
        // Eleven emoji are 22 UTF-16 units but 11 characters: still too short.
        assertThat(PasswordPolicy.check("😀😃😄😁😆😅🤣😂🙂🙃😉", "anna", "a@example.com"))
                .contains("password.tooShort");
        assertThat(PasswordPolicy.check("😀😃😄😁😆😅🤣😂🙂🙃😉😊", "anna", "a@example.com"))
                .isEmpty();
    }

    @Test
    void allows_long_passphrases_up_to_128_characters() {
        assertThat(PasswordPolicy.check("a".repeat(10) + " river stone ".repeat(9), "anna", "a@example.com"))
                .isEmpty();
        assertThat(PasswordPolicy.check("x".repeat(129), "anna", "a@example.com"))
                .contains("password.tooLong");
    }

    @Test
    void refuses_a_password_containing_the_username() {
        assertThat(PasswordPolicy.check("Anna-is-great-2026", "anna", "anna@example.com"))
                .contains("password.containsUsername");
    }

    @Test
    void refuses_a_password_equal_to_the_email_address() {
        assertThat(PasswordPolicy.check("someone@example.com", "anna", "someone@example.com"))
                .contains("password.containsUsername");
    }

    @Test
    void refuses_common_passwords_whatever_their_case() {
        assertThat(PasswordPolicy.check("Password1234", "anna", "anna@example.com"))
                .contains("password.common");
        assertThat(PasswordPolicy.check("qwertyuiop123", "anna", "anna@example.com"))
                .contains("password.common");
    }

    @Test
    void refuses_a_password_of_only_spaces_with_its_own_message() {
        assertThat(PasswordPolicy.check(" ".repeat(12), "anna", "anna@example.com"))
                .contains("password.blank");
        assertThat(PasswordPolicy.check("\t \u00a0".repeat(6), "anna", "anna@example.com"))
                .contains("password.blank");
    }

    @Test
    void refuses_trivially_repetitive_or_sequential_passwords() {
        for (var trivial : new String[] {
            "aaaaaaaaaaaa",
            "abababababab",
            "1234 1234 1234",
            "xyzxyzxyzxyz",
            "aaaaaaaaaaab",
            "123456789012",
            "zyxwvutsrqpo",
            "ก".repeat(36)
        }) {
            assertThat(PasswordPolicy.check(trivial, "anna", "anna@example.com"))
                    .as(trivial)
                    .contains("password.repetitive");
        }
    }

    @Test
    void accepts_a_long_passphrase_in_thai() {
        assertThat(PasswordPolicy.check(THAI_36, "anna", "anna@example.com")).isEmpty();
    }

    /** 36 Thai characters: 108 UTF-8 bytes, beyond bcrypt's 72. */
    static final String THAI_36 = "แมวดำนอนหลับอยู่บนหลังคาบ้านของฉันทุกวันตอนบ่าย".substring(0, 36);
}
