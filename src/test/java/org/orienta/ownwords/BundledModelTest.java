package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.Next;
import org.orienta.scenario.ScenarioNode.Option;

/** The bundled model itself, on this machine's CPU: it loads from the jar and tells plain cases apart. */
class BundledModelTest {

    private static Option option(String id, String say, String... examples) {
        return new Option(
                id,
                LocalizedText.english(say),
                LocalizedText.english("Feedback."),
                Next.to("end"),
                List.of(),
                Map.of(),
                null,
                false,
                List.of(examples));
    }

    private static final List<Option> OPTIONS = List.of(
            option(
                    "swap",
                    "Of course, I'll swap it for a new kettle right now.",
                    "Sure, here's a brand new one, take it.",
                    "No problem, I'll exchange it on the spot."),
            option(
                    "repair",
                    "We'll send it to the manufacturer for repair; it takes about three weeks.",
                    "It has to go back to the factory to be repaired, that's about three weeks.",
                    "We send faulty ones off for repair, you'll have it back in a few weeks."));

    @Test
    void the_bundled_model_loads_lazily_and_places_a_paraphrase_and_refuses_small_talk() {
        var embedder = new BundledEmbedder();
        var service = new OwnWordsService(OwnWordsSettings.defaults(), embedder, null);
        assertThat(embedder.loaded()).isFalse();

        var swap = service.match(OPTIONS, "no worries, I'll give you a replacement straight away", Locale.ENGLISH);
        var repair = service.match(OPTIONS, "it needs to be sent away to get fixed, roughly 3 weeks", Locale.ENGLISH);
        var weather = service.match(OPTIONS, "Did you see the football match last night?", Locale.ENGLISH);

        assertThat(embedder.loaded()).isTrue();
        assertThat(swap.optionId()).isEqualTo("swap");
        assertThat(repair.optionId()).isEqualTo("repair");
        assertThat(weather.matched()).isFalse();
    }

    @Test
    void vectors_are_unit_length_so_a_dot_product_is_the_cosine() {
        var vector = new BundledEmbedder().embed("Hello there");

        assertThat(Embedder.cosine(vector, vector)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
}
