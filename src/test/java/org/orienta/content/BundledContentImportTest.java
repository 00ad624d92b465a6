package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.competency.CompetencyService;
import org.orienta.curriculum.CurriculumService;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.SystemAuthentication;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;

/** The bundled pack goes into the database whole, and a second import of the same files writes nothing. */
@IntegrationTest
class BundledContentImportTest {

    @Autowired
    ContentService content;

    @Autowired
    CompetencyService competencies;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    ExerciseService exercises;

    @Autowired
    QuizService quizzes;

    @Autowired
    CurriculumService modules;

    private ContentImport importPack() {
        return SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
    }

    @Test
    void the_pack_imports_with_every_item_published() {
        var imported = importPack();

        assertThat(imported.problems()).isEmpty();
        SystemAuthentication.call(() -> {
            assertThat(competencies.framework().competencies()).hasSize(10);
            assertThat(scenarios.publishedScenarios()).hasSize(20);
            assertThat(exercises.publishedExercises()).hasSize(15);
            assertThat(quizzes.publishedQuizzes()).hasSize(7);
            assertThat(modules.publishedModules()).hasSizeGreaterThanOrEqualTo(6);
            return null;
        });
    }

    @Test
    void importing_the_unchanged_pack_again_creates_no_versions() {
        importPack();

        var again = importPack();

        assertThat(again.report()).isNotNull();
        assertThat(again.report().newVersions()).isZero();
        assertThat(again.report().frameworkChanged()).isFalse();
    }
}
