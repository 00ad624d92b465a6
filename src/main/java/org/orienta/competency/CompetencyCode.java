package org.orienta.competency;

import java.util.regex.Pattern;

/** A competency's stable code, such as CO4. */
public record CompetencyCode(String value) implements Comparable<CompetencyCode> {

    private static final Pattern FORMAT = Pattern.compile("CO[1-9][0-9]?");

    public CompetencyCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a competency code looks like CO4, not " + value);
        }
    }

    public static boolean isValid(String value) {
        return FORMAT.matcher(value).matches();
    }

    public int number() {
        return Integer.parseInt(value.substring(2));
    }

    @Override
    public int compareTo(CompetencyCode o) {
        return Integer.compare(number(), o.number());
    }

    @Override
    public String toString() {
        return value;
    }
}
