package org.orienta.tools;

import java.util.List;

/** Reading the commands' few arguments, with a sentence instead of a NumberFormatException. */
final class Arguments {

    private Arguments() {}

    /** The whole number at {@code index}, or {@code fallback} when there is none. */
    static int count(List<String> arguments, int index, int fallback) {
        if (arguments.size() <= index) {
            return fallback;
        }
        var text = arguments.get(index).replace("_", "").replace(",", "");
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below as one sentence.
        }
        throw new IllegalArgumentException("'" + arguments.get(index) + "' is not a positive whole number");
    }
}
