package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.base.LocalizedText;
import org.orienta.scenario.Next;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Option;

class OwnWordsServiceTest {

    private final WordsEmbedder words = new WordsEmbedder();
    private final OwnWordsService service = new OwnWordsService(OwnWordsSettings.defaults(), words, null);

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

    private final Decision decision = new Decision(
            "dp-offer",
            null,
            List.of(
                    option(
                            "swap",
                            "(Smiles) I will swap the kettle for a new one",
                            "exchange kettle new replacement today",
                            "swap replacement kettle counter"),
                    option(
                            "repair",
                            "The kettle goes to the factory for repair",
                            "factory repair weeks waiting",
                            "repair workshop weeks factory")));

    @Test
    void a_reply_goes_to_the_option_whose_text_or_examples_it_resembles() {
        var match = service.match(decision.options(), "new replacement kettle today", Locale.ENGLISH);

        assertThat(match.matched()).isTrue();
        assertThat(match.optionId()).isEqualTo("swap");
    }

    @Test
    void a_reply_resembling_nothing_is_off_topic() {
        var match = service.match(decision.options(), "lovely weather outside", Locale.ENGLISH);

        assertThat(match.verdict()).isEqualTo(ReplyMatch.Verdict.OFF_TOPIC);
    }

    @Test
    void stage_directions_are_not_part_of_what_an_option_says() {
        assertThat(ReplyMatcher.spoken("(Smiles) I will swap it (nods)")).isEqualTo("I will swap it");
        assertThat(ReplyMatcher.spoken("(Log the call in the system)")).isEqualTo("(Log the call in the system)");
    }

    @Test
    void the_references_of_an_option_are_embedded_once_and_kept() {
        service.match(decision.options(), "factory repair", Locale.ENGLISH);
        int first = words.calls;

        service.match(decision.options(), "repair weeks", Locale.ENGLISH);

        assertThat(words.calls - first).isEqualTo(1);
    }

    @Test
    void english_is_always_understood_other_languages_only_with_an_endpoint() {
        assertThat(service.available(Locale.ENGLISH)).isTrue();
        assertThat(service.available(Locale.forLanguageTag("hr"))).isFalse();
        assertThat(new OwnWordsService(OwnWordsSettings.defaults(), words, new WordsEmbedder())
                        .available(Locale.forLanguageTag("hr")))
                .isTrue();
        assertThatThrownBy(() -> service.match(decision.options(), "bok", Locale.forLanguageTag("hr")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_model_that_fails_to_load_is_reported_as_unavailable_not_as_a_stack_trace() {
        Embedder broken = text -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path");
        };
        var failing = new OwnWordsService(OwnWordsSettings.defaults(), broken, null);

        assertThatThrownBy(() -> failing.match(decision.options(), "hello", Locale.ENGLISH))
                .isInstanceOf(OwnWordsUnavailableException.class);
    }

    @Test
    void the_quality_of_a_decision_holds_each_example_out_and_matches_it_against_the_rest() {
        var quality = service.quality(decision);

        assertThat(quality.examples()).isEqualTo(4);
        assertThat(quality.correct()
                        + quality.abstained()
                        + quality.confusions().stream()
                                .mapToInt(DecisionQuality.Confusion::count)
                                .sum())
                .isEqualTo(4);
        assertThat(quality.correct()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void options_that_say_the_same_are_reported_as_confused() {
        var twins = new Decision(
                "dp-twins",
                null,
                List.of(
                        option("a", "refund money back today", "refund money back", "money back refund today"),
                        option("b", "refund money back now", "refund money back now", "money back now")));

        var quality = service.quality(twins);

        assertThat(quality.correct()).isLessThan(quality.examples());
    }

    @Test
    void replies_that_say_the_same_thing_are_grouped_largest_group_first() {
        var groups = service.group(List.of(
                "can I pay by card",
                "lovely weather today",
                "pay by card please",
                "card pay possible",
                "weather lovely today"));

        assertThat(groups).hasSize(2);
        assertThat(groups.getFirst().replies()).hasSize(3).first().isEqualTo("can I pay by card");
        assertThat(groups.get(1).replies()).containsExactly("lovely weather today", "weather lovely today");
    }
}
