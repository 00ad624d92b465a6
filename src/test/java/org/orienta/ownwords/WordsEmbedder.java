package org.orienta.ownwords;

import java.util.Locale;

/**
 * A stand-in for the model in tests of the service's own logic: a bag of words hashed into 64
 * dimensions, so texts that share words are similar and texts that share none are orthogonal.
 */
final class WordsEmbedder implements Embedder {

    int calls;

    @Override
    public float[] embed(String text) {
        calls++;
        var vector = new float[64];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() > 2) {
                vector[Math.floorMod(word.hashCode(), 64)] += 1;
            }
        }
        return Embedder.normalised(vector);
    }
}
