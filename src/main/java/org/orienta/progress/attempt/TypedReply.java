package org.orienta.progress.attempt;

import org.springframework.modulith.NamedInterface;

/**
 * What a trainee typed at an own-words decision, kept with the choice it became.
 *
 * @param confidence the matcher's confidence in the option chosen (0..1)
 * @param matched true when the matcher placed the reply; false when it abstained and the trainee then
 *     chose among the closest options
 */
@NamedInterface("attempt")
public record TypedReply(String text, double confidence, boolean matched) {

    /** The longest reply kept: a spoken turn, not an essay. */
    public static final int MAX_LENGTH = 1000;

    public TypedReply {
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
    }
}
