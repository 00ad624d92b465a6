package org.orienta.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentSource;
import org.orienta.content.ContentTypes;

/** Checklist files are read, checked and translated like every other kind, problems at their line. */
class ChecklistYamlTest {

    private static final String COUNTER = """
            id: counter-check
            title: Counter check
            context: counter
            behaviours:
              - id: greets
                text: Greets within 30 seconds.
                evidence: {CO2: 2}
              - id: next-step
                text: Names the next step.
                hint: When, and who does it.
                evidence: {CO4: 3}
            """;

    private static ContentReader.Result read(String path, String text) {
        var files = new ArrayList<>(ContentSource.folder(Path.of("content")).stream()
                .filter(f -> f.path().equals("competencies.yaml"))
                .toList());
        files.add(ContentFile.of(path, text));
        return ContentReader.read(ContentTypes.builtIn(), files, ContentReader.Known.NOTHING);
    }

    @Test
    void a_checklist_reads_with_its_behaviours_evidence_and_context() {
        var result = read("checklists/counter-check.yaml", COUNTER);

        assertThat(result.problems()).isEmpty();
        var checklist = result.content().of(ChecklistDefinition.class).getFirst();
        assertThat(checklist.context()).isEqualTo(ChecklistContext.COUNTER);
        assertThat(checklist.behaviours()).extracting(Behaviour::id).containsExactly("greets", "next-step");
        assertThat(checklist.behaviour("next-step").orElseThrow().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo(3));
    }

    @Test
    void writing_and_reading_again_gives_the_same_checklist() {
        var checklist = read("checklists/counter-check.yaml", COUNTER)
                .content()
                .of(ChecklistDefinition.class)
                .getFirst();

        var again = read("checklists/counter-check.yaml", ChecklistYaml.write(checklist));

        assertThat(again.problems()).isEmpty();
        assertThat(again.content().of(ChecklistDefinition.class).getFirst()).isEqualTo(checklist);
    }

    @Test
    void an_unknown_context_is_reported_at_its_line() {
        var result = read("checklists/counter-check.yaml", COUNTER.replace("context: counter", "context: shop"));

        assertThat(result.problems())
                .extracting(ContentProblem::file, p -> p.position().line(), ContentProblem::messageKey)
                .containsExactly(tuple("checklists/counter-check.yaml", 3, "field.notOneOf"));
    }

    @Test
    void a_competency_the_framework_lacks_is_reported_at_the_behaviours_line() {
        var result = read("checklists/counter-check.yaml", COUNTER.replace("{CO4: 3}", "{CO42: 3}"));

        assertThat(result.problems())
                .extracting(ContentProblem::messageKey, p -> p.position().line())
                .containsExactly(tuple("evidence.unknownCompetency", 11));
    }

    @Test
    void two_behaviours_with_one_id_are_refused() {
        var result = read("checklists/counter-check.yaml", COUNTER.replace("id: next-step", "id: greets"));

        assertThat(result.problems()).extracting(ContentProblem::messageKey).contains("exercise.duplicateId");
    }

    @Test
    void a_behaviour_text_takes_its_translation_from_the_overlay() {
        var files = new ArrayList<ContentFile>(List.of(
                ContentFile.of("checklists/counter-check.yaml", COUNTER),
                ContentFile.of("translations/hr/checklists/counter-check.yaml", """
                        behaviours/greets/text: Pozdravlja unutar 30 sekundi.
                        """)));
        files.addAll(ContentSource.folder(Path.of("content")).stream()
                .filter(f -> f.path().equals("competencies.yaml"))
                .toList());

        var result = ContentReader.read(ContentTypes.builtIn(), files, ContentReader.Known.NOTHING);

        assertThat(result.problems()).isEmpty();
        var greets = result.content()
                .of(ChecklistDefinition.class)
                .getFirst()
                .behaviour("greets")
                .orElseThrow();
        assertThat(greets.text().in(Locale.forLanguageTag("hr"))).isEqualTo("Pozdravlja unutar 30 sekundi.");
    }

    @Test
    void the_bundled_pack_has_a_checklist_for_each_standard_and_live_exercise_translated_in_full() {
        var pack = ContentReader.read(
                ContentTypes.builtIn(), ContentSource.folder(Path.of("content")), ContentReader.Known.NOTHING);

        assertThat(pack.problems()).isEmpty();
        assertThat(pack.content().of(ChecklistDefinition.class))
                .extracting(ChecklistDefinition::id)
                .containsExactlyInAnyOrder(
                        "counter-visit",
                        "phone-call",
                        "complaint",
                        "live-service-levels",
                        "live-yes-and",
                        "live-vocabulary",
                        "live-guess-dislike",
                        "live-explain-simply",
                        "live-small-talk");
        var checklists = pack.completeness().entrySet().stream()
                .filter(e -> e.getKey().startsWith("checklists/"))
                .toList();
        assertThat(checklists).hasSize(9);
        for (var entry : checklists) {
            for (var language : List.of("hr", "sv", "pl", "ru", "th")) {
                assertThat(entry.getValue().complete(language))
                        .as(entry.getKey() + " in " + language)
                        .isTrue();
            }
        }
    }
}
