package org.orienta.ownwords;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How typed replies are matched, each default written once, here (docs/performance.md has the figures
 * they were calibrated with).
 *
 * @param threshold the confidence (0..1) a reply needs to go down an option's branch; below it the
 *     customer says they did not quite follow ({@code ORIENTA_OWNWORDS_THRESHOLD})
 * @param floor the cosine similarity the closest option needs; below it a reply is off-topic
 *     ({@code ORIENTA_OWNWORDS_FLOOR})
 * @param endpoint an embeddings service for languages other than English
 */
@ConfigurationProperties("orienta.own-words")
public record OwnWordsSettings(
        @DefaultValue("0.5") double threshold,
        @DefaultValue("0.42") double floor,
        @DefaultValue Endpoint endpoint) {

    public OwnWordsSettings {
        MatchRules.Thresholds.check(threshold, floor);
    }

    /** The defaults: what the evaluation and benchmark commands use. */
    public static OwnWordsSettings defaults() {
        return new OwnWordsSettings(0.5, 0.42, Endpoint.none());
    }

    MatchRules.Thresholds bundled() {
        return new MatchRules.Thresholds(threshold, floor);
    }

    /**
     * An OpenAI-compatible ({@code /v1/embeddings}) or Ollama ({@code /api/embed}) embeddings endpoint the
     * organisation runs, used for replies in languages other than English; unset, own-words replies are
     * offered in English only.
     *
     * @param url the endpoint's base URL, e.g. {@code http://ollama:11434} ({@code ORIENTA_OWNWORDS_ENDPOINT_URL})
     * @param kind {@code openai} or {@code ollama}
     * @param model the embedding model's name, e.g. {@code bge-m3} ({@code ORIENTA_OWNWORDS_ENDPOINT_MODEL})
     * @param apiKey sent as a bearer token when set
     * @param threshold as above, for the endpoint's model
     * @param floor as above, for the endpoint's model
     * @param timeout how long one embedding may take before the trainee chooses from the options instead
     */
    public record Endpoint(
            @DefaultValue("") String url,
            @DefaultValue("openai") String kind,
            @DefaultValue("") String model,
            @Nullable String apiKey,
            @DefaultValue("0.5") double threshold,
            @DefaultValue("0.42") double floor,
            @DefaultValue("5s") Duration timeout) {

        public Endpoint {
            if (!kind.equals("openai") && !kind.equals("ollama")) {
                throw new IllegalArgumentException(
                        "orienta.own-words.endpoint.kind must be openai or ollama, not " + kind);
            }
            if (!url.isBlank() && model.isBlank()) {
                throw new IllegalArgumentException(
                        "orienta.own-words.endpoint.model (ORIENTA_OWNWORDS_ENDPOINT_MODEL) is needed with an endpoint URL");
            }
            MatchRules.Thresholds.check(threshold, floor);
        }

        static Endpoint none() {
            return new Endpoint("", "openai", "", null, 0.5, 0.42, Duration.ofSeconds(5));
        }

        boolean configured() {
            return !url.isBlank();
        }

        MatchRules.Thresholds thresholds() {
            return new MatchRules.Thresholds(threshold, floor);
        }
    }
}
