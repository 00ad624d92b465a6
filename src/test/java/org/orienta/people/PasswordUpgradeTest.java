package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Long passphrases in any script, Argon2id, and bcrypt hashes of earlier versions upgraded (issue 16). */
@IntegrationTest
class PasswordUpgradeTest {

    /** 36 Thai characters: 108 UTF-8 bytes, beyond bcrypt's 72. */
    static final String THAI = PasswordPolicyTest.THAI_36;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PersonRepository people;

    @Autowired
    AuthenticationConfiguration authentication;

    private void signIn(String username, String password) throws Exception {
        authentication
                .getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void a_passphrase_of_36_thai_characters_is_hashed_with_argon2id_and_signs_in() throws Exception {
        var hash = passwordEncoder.encode(THAI);

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        var anna = people.findByUsername("anna").orElseThrow();
        anna.choosePassword(hash);
        people.flush();
        signIn("anna", THAI);
        assertThatThrownBy(() -> signIn("anna", THAI.substring(1))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_earlier_bcrypt_hash_still_signs_in_and_is_replaced_by_argon2id() throws Exception {
        var anna = people.findByUsername("anna").orElseThrow();
        anna.assignOneTimePassword("{bcrypt}" + new BCryptPasswordEncoder(10).encode("an earlier passphrase"));
        people.flush();

        signIn("anna", "an earlier passphrase");

        var stored = people.findByUsername("anna").orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{argon2}");
        assertThat(passwordEncoder.matches("an earlier passphrase", stored.passwordHash()))
                .isTrue();
        assertThat(stored.mustChangePassword()).as("still a one-time password").isTrue();
    }

    @Test
    void a_long_passphrase_against_an_earlier_bcrypt_hash_is_a_wrong_password_not_an_error() {
        var anna = people.findByUsername("anna").orElseThrow();
        anna.choosePassword("{bcrypt}" + new BCryptPasswordEncoder(10).encode("an earlier passphrase"));
        people.flush();

        assertThatThrownBy(() -> signIn("anna", THAI)).isInstanceOf(BadCredentialsException.class);
    }
}
