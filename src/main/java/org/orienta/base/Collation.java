package org.orienta.base;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorting names the way the reader's language does: Croatian puts Č after C and Š after S, Swedish puts
 * Å, Ä and Ö after Z, Polish puts Ł after L. {@code String.compareTo} sorts by code point, which puts
 * every accented capital after z; the database's collation is the server's, not the reader's.
 */
public final class Collation {

    private Collation() {}

    /** Compares texts as a dictionary of the locale's language does, ignoring case but not accents. */
    public static Comparator<String> of(Locale locale) {
        var collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        // A Collator is not safe to share between threads; each comparator keeps its own.
        return collator::compare;
    }

    public static <T> Comparator<T> by(Function<T, String> name, Locale locale) {
        return Comparator.comparing(name, of(locale));
    }

    /** A copy of the items sorted by name in the locale's order. */
    public static <T> List<T> sorted(Collection<T> items, Function<T, String> name, Locale locale) {
        var copy = new ArrayList<>(items);
        copy.sort(by(name, locale));
        return copy;
    }
}
