package org.orienta.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Password rules after OWASP ASVS 5 level 2 (v6.2): long enough, long passphrases allowed, no
 * composition rules, and not one of the passwords attackers try first. See
 * docs/decisions/0004-passwords.md.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * The message key of what is wrong with this password for this person, if anything. Length is
     * counted in Unicode code points, so that a passphrase in any script counts as it reads.
     */
    public static Optional<String> check(String password, String username, String email) {
        int length = password.codePointCount(0, password.length());
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of("password.blank");
        }
        if (length < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (!email.isBlank() && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (trivial(lower.codePoints().toArray())) {
            return Optional.of("password.repetitive");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /**
     * Twelve characters that are really one or two: the same few characters over and over
     * ("aaaaaaaaaaaa", "abababababab", "1234 1234 1234"), or a plain run ("123456789012", "zyxwvutsrqpo").
     * What a guesser tries right after the common-password list.
     */
    static boolean trivial(int[] points) {
        if (java.util.Arrays.stream(points).distinct().count() <= 3) {
            return true;
        }
        for (int unit = 1; unit <= 5 && unit * 2 <= points.length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < points.length && repeats; i++) {
                repeats = points[i] == points[i % unit];
            }
            if (repeats) {
                return true;
            }
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < points.length; i++) {
            int step = points[i] - points[i - 1];
            boolean digitWrap = points[i - 1] == '9' && points[i] == '0';
            up &= step == 1 || digitWrap;
            down &= step == -1 || (points[i - 1] == '0' && points[i] == '9');
        }
        return up || down;
    }

    private static Set<String> load() {
        var common = new HashSet<String>();
        try (var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"));
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
