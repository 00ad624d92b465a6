package org.orienta.ownwords;

import java.util.Map;

/**
 * An answer a new one is compared with for review assistance: a reviewed answer with the level a
 * trainer gave each rubric criterion, or the author's model answer with the level it stands for.
 *
 * @param texts the answer's text per item (a rewrite's prompt or a reflection's question)
 * @param levels the level (1-4) per rubric criterion
 * @param model whether this is the author's model answer rather than a trainee's reviewed one
 */
public record RatedAnswer(Map<String, String> texts, Map<String, Integer> levels, boolean model) {

    public RatedAnswer {
        texts = Map.copyOf(texts);
        levels = Map.copyOf(levels);
    }
}
