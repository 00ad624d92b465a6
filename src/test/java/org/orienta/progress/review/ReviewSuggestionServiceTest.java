package org.orienta.progress.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.ownwords.LevelSuggestion;
import org.orienta.ownwords.LevelSuggestion.Basis;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.ReviewSuggestion;
import org.orienta.progress.attempt.ReviewSuggestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Review assistance with the bundled model (issue 25): what is suggested for a rewrite or a reflection
 * under review, that the suggestion and the trainer's decision are kept side by side, and how often
 * they agreed.
 */
@IntegrationTest
class ReviewSuggestionServiceTest {

    /** A reflection without model notes: only reviewed answers can say anything about it. */
    private static final String OPEN_REFLECTION = """
            id: sx-open
            type: reflection
            title: A customer you remember
            instructions: Think of a customer you served this week.
            minutes: 5
            evidence: {CO1: 2}
            questions:
              - id: what
                text: What happened?
            rubric:
              - id: specific
                criterion: A specific episode
                description: What was said and done.
            """;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewSuggestionService suggestions;

    @Autowired
    ReviewSuggestionRepository rows;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content_and_a_trainer() {
        ProgressFixtures.importTestContent(content);
        var imported = SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> content.importFiles(List.of(ContentFile.of("exercises/sx-open.yaml", OPEN_REFLECTION))));
        assertThat(imported.problems()).isEmpty();
        SignedIn.as(users, TestUsers.TRAINER);
    }

    private AttemptId submitted(String exercise, ExerciseAnswer answer) {
        return SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.EXERCISE, exercise), AttemptMode.ASSESSED, null);
            attempts.submit(id, answer);
            return id;
        });
    }

    private AttemptId rewrite(String refund) {
        return submitted("sx-rewrite", new RewriteAnswer(Map.of("refund", refund)));
    }

    @Test
    void an_answer_close_to_the_model_answer_is_suggested_its_level_and_the_trainer_s_decision_is_kept_beside_it() {
        var id = rewrite(
                "I'm so sorry about the wait. I'll start your refund right now and email you once it's through.");

        var suggested = suggestions.suggest(id);

        // The model answer stands for the level the exercise is written for (evidence CO4: 3).
        assertThat(suggested).containsOnlyKeys("empathy", "action");
        assertThat(suggested.values()).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Basis.SUGGESTED);
            assertThat(s.level()).isEqualTo(3);
            assertThat(s.closeToModel()).isTrue();
            assertThat(s.confidence()).isBetween(0.0, 1.0);
        });

        reviews.submit(id, Map.of("empathy", 3, "action", 2), "Warm; say when the email comes.");

        assertThat(rows.findByAttemptId(id.value()))
                .extracting(
                        ReviewSuggestion::criterion, ReviewSuggestion::suggestedLevel, ReviewSuggestion::decidedLevel)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("empathy", 3, 3),
                        org.assertj.core.groups.Tuple.tuple("action", 3, 2));
        var accuracy = suggestions.accuracy();
        assertThat(accuracy.rows())
                .extracting(
                        ReviewSuggestionService.AccuracyRow::criterion,
                        ReviewSuggestionService.AccuracyRow::decided,
                        ReviewSuggestionService.AccuracyRow::suggested,
                        ReviewSuggestionService.AccuracyRow::agreed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("empathy", 1, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("action", 1, 1, 0));
        assertThat(accuracy.rows().getFirst().title().english()).isEqualTo("Warm it up");
        assertThat(accuracy.rows().getFirst().criterionName().english()).isEqualTo("Empathy");
        assertThat(accuracy.agreement()).isEqualTo(0.5);
    }

    @Test
    void reviewed_answers_close_to_this_one_decide_the_suggestion_for_each_criterion() {
        for (String cold : List.of(
                "Refunds take 14 days. There is nothing I can do about it.",
                "Refunds always take 14 days, nothing I can do.",
                "It takes 14 days for a refund. Nothing I can do about that.")) {
            var id = rewrite(cold);
            reviews.submit(id, Map.of("empathy", 1, "action", 2), "Still cold.");
        }
        var id = rewrite("Refunds take fourteen days, there's nothing I can do.");

        var suggested = suggestions.suggest(id);

        assertThat(suggested.get("empathy"))
                .extracting(LevelSuggestion::level, LevelSuggestion::closeAnswers, LevelSuggestion::closeToModel)
                .containsExactly(1, 3, false);
        assertThat(suggested.get("action").level()).isEqualTo(2);
    }

    @Test
    void without_a_model_answer_and_with_too_few_reviewed_answers_there_is_no_suggestion() {
        var reviewed = submitted("sx-open", new ReflectionAnswer(Map.of("what", "A man shouted about a late bus.")));
        reviews.submit(reviewed, Map.of("specific", 3), "Vivid.");
        var id = submitted("sx-open", new ReflectionAnswer(Map.of("what", "A woman shouted about a late train.")));

        var suggested = suggestions.suggest(id);

        assertThat(suggested).containsOnlyKeys("specific");
        assertThat(suggested.get("specific").basis()).isEqualTo(Basis.TOO_LITTLE_BASIS);
        assertThat(rows.findByAttemptId(id.value()))
                .singleElement()
                .satisfies(r -> assertThat(r.suggestedLevel()).isNull());
    }

    @Test
    void an_answer_in_a_language_no_available_model_covers_gets_no_suggestion_and_its_decision_counts_as_unsuggested() {
        var id = rewrite("Förlåt att du fick vänta. Jag startar återbetalningen nu och mejlar dig när den är klar.");

        var suggested = suggestions.suggest(id);

        assertThat(suggested.values()).allSatisfy(s -> {
            assertThat(s.basis()).isEqualTo(Basis.LANGUAGE_NOT_COVERED);
            assertThat(s.language()).isEqualTo(Locale.forLanguageTag("sv"));
        });
        reviews.submit(id, Map.of("empathy", 4, "action", 3), "Bra.");
        var accuracy = suggestions.accuracy();
        assertThat(accuracy.decided()).isEqualTo(2);
        assertThat(accuracy.suggested()).isZero();
        assertThat(accuracy.agreement()).isZero();
    }

    @Test
    void a_reviewed_answer_shows_the_suggestions_it_was_reviewed_with() {
        var id = rewrite(
                "I'm so sorry about the wait. I'll start your refund right now and email you once it's through.");
        var shown = suggestions.suggest(id);
        reviews.submit(id, Map.of("empathy", 3, "action", 3), "Good.");
        // Later reviews change the basis; what this answer was reviewed with stays as it was.
        for (int i = 0; i < 3; i++) {
            reviews.submit(
                    rewrite("Sorry for the wait, I'll start the refund now and email you."),
                    Map.of("empathy", 1, "action", 1),
                    "Hm.");
        }

        var again = suggestions.suggest(id);

        assertThat(again.keySet()).containsExactly("empathy", "action");
        assertThat(again.get("empathy").level()).isEqualTo(shown.get("empathy").level());
        assertThat(again.get("empathy").confidence())
                .isEqualTo(shown.get("empathy").confidence());
    }
}
