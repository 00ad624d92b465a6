package org.orienta.ownwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orienta.ownwords.LevelSuggestion.Basis;

/** Review assistance through the service, with a bag-of-words stand-in for the model. */
class ReviewSuggestionsTest {

    private final WordsEmbedder words = new WordsEmbedder();
    private final OwnWordsService service = new OwnWordsService(OwnWordsSettings.defaults(), words, null);

    private static final List<String> CRITERIA = List.of("empathy", "action");

    private static RatedAnswer model(String text) {
        return new RatedAnswer(Map.of("refund", text), Map.of("empathy", 3, "action", 3), true);
    }

    private static RatedAnswer reviewed(String text, int empathy, int action) {
        return new RatedAnswer(Map.of("refund", text), Map.of("empathy", empathy, "action", action), false);
    }

    private static Map<String, String> answer(String text) {
        return Map.of("refund", text);
    }

    @Test
    void an_answer_close_to_the_model_answer_is_suggested_the_model_answer_s_level_for_every_criterion() {
        var suggestions = service.suggestLevels(
                answer("sorry for the wait, refund started now, email when through"),
                CRITERIA,
                List.of(model("sorry for the wait; I will start the refund now and email you when it is through")),
                3);

        assertThat(suggestions).containsOnlyKeys("empathy", "action");
        assertThat(suggestions.values()).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Basis.SUGGESTED);
            assertThat(s.level()).isEqualTo(3);
            assertThat(s.closeToModel()).isTrue();
        });
    }

    @Test
    void each_criterion_follows_the_levels_the_closest_reviewed_answers_got_for_it() {
        var suggestions = service.suggestLevels(
                answer("refunds take fourteen days nothing to be done"),
                CRITERIA,
                List.of(
                        model("sorry for the wait; I will start the refund now and email you when it is through"),
                        reviewed("refunds take fourteen days nothing can be done", 1, 2),
                        reviewed("refunds take fourteen days, nothing to be done here", 1, 2),
                        reviewed("refunds always take fourteen days nothing to do", 1, 2),
                        reviewed("lovely weather for a picnic outside", 4, 4)),
                3);

        assertThat(suggestions.get("empathy").level()).isEqualTo(1);
        assertThat(suggestions.get("action").level()).isEqualTo(2);
        assertThat(suggestions.get("action").closeAnswers()).isEqualTo(3);
        assertThat(suggestions.get("action").closeToModel()).isFalse();
    }

    @Test
    void without_a_model_answer_and_with_too_few_reviewed_answers_nothing_is_embedded() {
        var suggestions = service.suggestLevels(
                answer("refunds take fourteen days"),
                CRITERIA,
                List.of(reviewed("refunds take fourteen days", 1, 1), reviewed("refunds take fourteen days", 1, 1)),
                3);

        assertThat(suggestions.values()).extracting(LevelSuggestion::basis).containsOnly(Basis.TOO_LITTLE_BASIS);
        assertThat(words.calls).isZero();
    }

    @Test
    void an_answer_in_a_language_the_bundled_model_does_not_cover_gets_none_and_says_which_language() {
        var suggestions = service.suggestLevels(
                answer("Förlåt att du fick vänta. Jag startar återbetalningen nu och mejlar dig när den är klar."),
                CRITERIA,
                List.of(model("sorry for the wait; I will start the refund now and email you when it is through")),
                3);

        assertThat(suggestions.values()).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Basis.LANGUAGE_NOT_COVERED);
            assertThat(s.language()).isEqualTo(Locale.forLanguageTag("sv"));
        });
        assertThat(words.calls).isZero();
    }

    @Test
    void with_an_embeddings_endpoint_an_answer_in_another_language_is_compared_by_the_endpoint_s_model() {
        var endpoint = new WordsEmbedder();
        var withEndpoint = new OwnWordsService(OwnWordsSettings.defaults(), words, endpoint);

        var suggestions = withEndpoint.suggestLevels(
                answer("Förlåt att du fick vänta. Jag startar återbetalningen nu."),
                CRITERIA,
                List.of(model("Förlåt att du fick vänta. Jag startar återbetalningen nu.")),
                3);

        assertThat(suggestions.get("empathy").suggested()).isTrue();
        assertThat(endpoint.calls).isPositive();
        assertThat(words.calls).isZero();
    }

    @Test
    void an_answer_far_from_everything_rated_gets_no_suggestion() {
        var suggestions = service.suggestLevels(
                answer("lovely weather for a picnic outside"),
                CRITERIA,
                List.of(model("sorry for the wait; I will start the refund now and email you when it is through")),
                3);

        assertThat(suggestions.get("empathy").basis()).isEqualTo(Basis.NOTHING_CLOSE);
    }

    @Test
    void a_reviewed_answer_is_embedded_once_and_then_comes_from_memory() {
        var rated = List.of(
                reviewed("refunds take fourteen days nothing can be done", 1, 2),
                reviewed("refunds take fourteen days, nothing to be done here", 1, 2),
                reviewed("refunds always take fourteen days nothing to do", 1, 2));
        service.suggestLevels(answer("refunds take fourteen days"), CRITERIA, rated, 3);
        int first = words.calls;

        service.suggestLevels(answer("refunds take fourteen days"), CRITERIA, rated, 3);

        assertThat(first).isEqualTo(4);
        assertThat(words.calls).isEqualTo(first);
    }
}
