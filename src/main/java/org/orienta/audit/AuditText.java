package org.orienta.audit;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * What an audit entry says about its target or its outcome, as a message key of the interface bundle
 * ({@code audit.text.…}) with its arguments, so that each administrator reads it in their own language.
 * An argument that is itself such a key (a word like "none") is shown translated too. Identifiers
 * (usernames, item paths, file names, a format) and texts no one can translate (an exception's message,
 * an entry written before keys) are a {@link #literal}, shown as they are.
 */
public record AuditText(@Nullable String key, List<String> arguments) {

    public static final String PREFIX = "audit.text.";

    public AuditText {
        if (key != null && !key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("an audit text key starts with " + PREFIX + ": " + key);
        }
        arguments = List.copyOf(arguments);
    }

    /** A message key with its arguments (numbers and identifiers, written as they are). */
    public static AuditText of(String key, Object... arguments) {
        return new AuditText(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** An identifier or an untranslatable text, shown as it is in every language. */
    public static AuditText literal(String text) {
        return new AuditText(null, List.of(text));
    }

    /** Nothing to say. */
    public static AuditText none() {
        return literal("");
    }

    /** The text in the reader's words: {@code translate} is the interface's lookup (key and arguments). */
    public String shown(BiFunction<String, Object[], String> translate) {
        if (key == null) {
            return arguments.isEmpty() ? "" : arguments.getFirst();
        }
        Object[] shownArguments = arguments.stream()
                .map(a -> a.startsWith(PREFIX) ? translate.apply(a, new Object[0]) : a)
                .toArray();
        return translate.apply(key, shownArguments);
    }
}
