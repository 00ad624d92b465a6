package org.orienta.people;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.orienta.base.VisibleText;

/**
 * The rules a person's details must follow. The service enforces them; forms call the same checks so
 * that a message appears on the field while the administrator types.
 */
public final class PersonRules {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 64;
    public static final int DISPLAY_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]*");
    // Deliberately simple: one @, a dot in the domain, no spaces. Delivery proves the rest.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private PersonRules() {}

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The message key of what is wrong with this username, if anything. */
    public static Optional<String> checkUsername(String username) {
        var normalised = normaliseUsername(username);
        if (normalised.isEmpty()) {
            return Optional.of("person.username.required");
        }
        if (normalised.length() < USERNAME_MIN_LENGTH || normalised.length() > USERNAME_MAX_LENGTH) {
            return Optional.of("person.username.length");
        }
        if (!USERNAME.matcher(normalised).matches()) {
            return Optional.of("person.username.characters");
        }
        return Optional.empty();
    }

    public static Optional<String> checkDisplayName(String displayName) {
        var stripped = displayName.strip();
        if (stripped.isEmpty()) {
            return Optional.of("person.displayName.required");
        }
        if (stripped.length() > DISPLAY_NAME_MAX_LENGTH) {
            return Optional.of("person.displayName.length");
        }
        if (VisibleText.invisible(stripped).isPresent()) {
            return Optional.of("person.displayName.invisible");
        }
        return Optional.empty();
    }

    public static Optional<String> checkEmail(String email) {
        var normalised = normaliseEmail(email);
        if (normalised.isEmpty()) {
            return Optional.of("person.email.required");
        }
        if (normalised.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(normalised).matches()) {
            return Optional.of("person.email.invalid");
        }
        return Optional.empty();
    }
}
