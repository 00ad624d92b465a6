package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.orienta.base.ItemKind;
import org.orienta.base.LocalizedText;
import org.orienta.exercise.ExerciseType;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionType;
import org.orienta.scenario.ScenarioNode.Ending;

/** The content pack Orienta ships: complete, valid, and as the domain material describes it. */
class BundledContentTest {

    private final ContentReader.Result pack = ContentReader.read(
            ContentTypes.builtIn(), ContentSource.folder(Path.of("content")), ContentReader.Known.NOTHING);

    @Test
    void the_bundled_pack_validates_clean() {
        assertThat(pack.problems()).extracting(ContentProblem::describe).isEmpty();
    }

    @Test
    void it_has_the_framework_twenty_role_plays_fifteen_exercises_and_sixty_three_questions() {
        var content = pack.content();

        assertThat(content.framework().competencies()).hasSize(10);
        assertThat(content.framework().levels()).hasSize(4);
        assertThat(content.scenarios()).hasSize(20);
        assertThat(content.exercises()).hasSize(15);
        assertThat(content.quizzes().stream()
                        .mapToInt(q -> q.questions().size())
                        .sum())
                .isEqualTo(63);
        assertThat(content.modules()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void the_framework_reads_in_every_trainee_language_beside_english() {
        var framework = pack.content().framework();
        var texts = new ArrayList<LocalizedText>();
        framework.levels().forEach(level -> {
            texts.add(level.name());
            texts.add(level.description());
        });
        framework.competencies().forEach(competency -> {
            texts.add(competency.name());
            texts.add(competency.definition());
            texts.addAll(competency.levels());
        });

        assertThat(texts)
                .hasSize(4 * 2 + 10 * 6)
                .allSatisfy(text -> assertThat(text.translations())
                        .as(text.english())
                        .containsOnlyKeys("en", "hr", "sv", "pl", "ru", "th"));
        var first = framework.competencies().getFirst().name();
        assertThat(first.in(Locale.ENGLISH)).isEqualTo("Needs discovery and empathy");
        assertThat(first.in(Locale.forLanguageTag("hr-HR"))).isEqualTo("Otkrivanje potreba i empatija");
        assertThat(first.in(Locale.forLanguageTag("th-TH"))).isEqualTo("การค้นหาความต้องการและความเข้าอกเข้าใจลูกค้า");
    }

    @Test
    void every_role_play_has_five_decisions_evidence_and_feedback_on_every_option_and_three_endings() {
        for (var scenario : pack.content().scenarios()) {
            assertThat(scenario.decisions()).as(scenario.id()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(scenario.decisions())
                    .flatMap(d -> d.options())
                    .as(scenario.id())
                    .allSatisfy(o -> {
                        assertThat(o.evidence()).isNotEmpty();
                        assertThat(o.feedback().english()).isNotBlank();
                    });
            assertThat(scenario.nodes().stream()
                            .filter(Ending.class::isInstance)
                            .map(n -> ((Ending) n).outcome())
                            .collect(Collectors.toSet()))
                    .as(scenario.id())
                    .containsAll(Set.of("low", "standard", "wow"));
            assertThat(scenario.initialState().counters())
                    .as(scenario.id() + " has state that matters")
                    .isNotEmpty();
        }
    }

    @Test
    void every_exercise_type_and_question_type_appears_in_the_pack() {
        assertThat(pack.content().exercises().stream().map(e -> e.info().type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ExerciseType.values());
        assertThat(pack.content().quizzes().stream()
                        .flatMap(q -> q.questions().stream())
                        .map(Question::type)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void every_item_is_part_of_some_module() {
        var used = pack.content().modules().stream()
                .flatMap(m -> m.items().stream())
                .collect(Collectors.toSet());

        assertThat(pack.content().scenarios())
                .allSatisfy(s -> assertThat(used)
                        .anyMatch(i -> i.kind() == ItemKind.SCENARIO && i.key().equals(s.id())));
        assertThat(pack.content().exercises())
                .allSatisfy(e -> assertThat(used)
                        .anyMatch(i -> i.kind() == ItemKind.EXERCISE && i.key().equals(e.id())));
        assertThat(pack.content().quizzes())
                .allSatisfy(q -> assertThat(used)
                        .anyMatch(i -> i.kind() == ItemKind.QUIZ && i.key().equals(q.id())));
    }
}
