package org.orienta.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.ImportOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class ExerciseServiceTest {

    private static final ExerciseDefinition CLASSIFY = ExerciseFixtures.read(ExerciseFixtures.CLASSIFY);
    private static final ExerciseDefinition CHANGED =
            ExerciseFixtures.read(ExerciseFixtures.CLASSIFY.replace("answer: want", "answer: need"));
    /**
     * How the catalogue gives the versions back: only in the languages the item is complete in, so the
     * German title alone is left out (the version keeps it).
     */
    private static final ExerciseDefinition SHOWN = ExerciseFixtures.read(englishOnly(ExerciseFixtures.CLASSIFY));

    private static final ExerciseDefinition CHANGED_SHOWN =
            ExerciseFixtures.read(englishOnly(ExerciseFixtures.CLASSIFY.replace("answer: want", "answer: need")));

    private static String englishOnly(String yaml) {
        return yaml.replace(
                "title: {en: \"Needs or wants?\", de: \"Bedürfnis oder Wunsch?\"}", "title: Needs or wants?");
    }

    @Autowired
    ExerciseService exercises;

    @Test
    void importing_a_new_exercise_publishes_version_1() {
        assertThat(exercises.importPublished(CLASSIFY)).isEqualTo(new ImportOutcome("sx-classify", 1, true));

        assertThat(exercises.published("sx-classify")).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.definition()).isEqualTo(SHOWN);
        });
        assertThat(exercises.publishedExercises())
                .containsExactly(new ExerciseSummary(
                        "sx-classify", 1, ExerciseType.CLASSIFY, SHOWN.title(), 5, SHOWN.evidence()));
    }

    @Test
    void importing_the_same_exercise_again_creates_nothing() {
        exercises.importPublished(CLASSIFY);

        assertThat(exercises.importPublished(ExerciseFixtures.read(ExerciseFixtures.CLASSIFY + "# reformatted\n")))
                .isEqualTo(new ImportOutcome("sx-classify", 1, false));
        assertThat(exercises.versionCount("sx-classify")).isEqualTo(1);
    }

    @Test
    void a_changed_item_creates_exactly_version_2_and_version_1_still_reads_as_it_was() {
        exercises.importPublished(CLASSIFY);

        assertThat(exercises.importPublished(CHANGED)).isEqualTo(new ImportOutcome("sx-classify", 2, true));
        assertThat(exercises.importPublished(CHANGED).created()).isFalse();

        assertThat(exercises.versionCount("sx-classify")).isEqualTo(2);
        assertThat(exercises.published("sx-classify"))
                .hasValueSatisfying(p -> assertThat(p.version()).isEqualTo(2));
        assertThat(exercises.version("sx-classify", 1)).isEqualTo(SHOWN);
        assertThat(exercises.version("sx-classify", 2)).isEqualTo(CHANGED_SHOWN);
    }

    @Test
    void an_unknown_exercise_has_no_published_version() {
        assertThat(exercises.published("nothing-here")).isEmpty();
        assertThat(exercises.versionCount("nothing-here")).isZero();
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void trainees_cannot_import_exercises() {
        assertThatThrownBy(() -> exercises.importPublished(CLASSIFY)).isInstanceOf(AccessDeniedException.class);
    }
}
