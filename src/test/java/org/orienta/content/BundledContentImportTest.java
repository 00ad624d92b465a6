package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.CompetencyService;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.competency.LevelDefinition;
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

    @Test
    void a_framework_imported_in_english_only_gains_its_translations_in_place_from_the_pack() {
        importPack();
        SystemAuthentication.call(() -> competencies.importFramework(englishOnly(competencies.framework())));

        var imported = importPack();

        assertThat(imported.report().frameworkChanged()).isTrue();
        assertThat(imported.report().newVersions()).isZero();
        SystemAuthentication.call(() -> {
            var first = competencies.framework().competencies().getFirst();
            assertThat(first.name().in(Locale.forLanguageTag("pl"))).isEqualTo("Rozpoznawanie potrzeb i empatia");
            assertThat(competencies.framework().level(4).name().in(Locale.forLanguageTag("sv")))
                    .isEqualTo("WOW / förebild");
            return null;
        });
        assertThat(importPack().report().frameworkChanged()).isFalse();
    }

    private static FrameworkDefinition englishOnly(FrameworkDefinition framework) {
        return new FrameworkDefinition(
                framework.levels().stream()
                        .map(l -> new LevelDefinition(l.level(), english(l.name()), english(l.description())))
                        .toList(),
                framework.competencies().stream()
                        .map(c -> new CompetencyDefinition(
                                c.code(),
                                english(c.name()),
                                english(c.definition()),
                                c.levels().stream()
                                        .map(BundledContentImportTest::english)
                                        .toList(),
                                c.sources()))
                        .toList());
    }

    private static LocalizedText english(LocalizedText text) {
        return LocalizedText.english(text.english());
    }
}
