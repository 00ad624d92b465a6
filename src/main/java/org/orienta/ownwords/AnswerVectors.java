package org.orienta.ownwords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Free-text answers as vectors, each text embedded once and then kept in memory, so a reviewed answer
 * that later serves as a reference for others costs a lookup (docs/decisions/0045). The cache is keyed
 * by a hash of the text, so it holds no trainee's words, and it is bounded: past {@link #LIMIT} texts
 * the least recently used go.
 */
final class AnswerVectors {

    /** About 15 MB of vectors at all-MiniLM-L6-v2's 384 dimensions. */
    static final int LIMIT = 10_000;

    private final Function<String, float[]> embed;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > LIMIT;
        }
    };

    AnswerVectors(Function<String, float[]> embed) {
        this.embed = embed;
    }

    /** The vector of each item's text; blank items are left out. */
    Map<String, float[]> of(Map<String, String> texts) {
        var vectors = new LinkedHashMap<String, float[]>();
        texts.forEach((item, text) -> {
            var clean = ReplyMatcher.clean(text);
            if (!clean.isEmpty()) {
                vectors.put(item, vector(clean));
            }
        });
        return vectors;
    }

    private float[] vector(String text) {
        var key = hash(text);
        synchronized (cache) {
            var known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        // Embedded outside the lock: two reviewers' first look at a new exercise run side by side.
        var vector = embed.apply(text);
        synchronized (cache) {
            cache.put(key, vector);
        }
        return vector;
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
