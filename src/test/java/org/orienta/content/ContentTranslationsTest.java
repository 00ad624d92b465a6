package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.TextUnits;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuizScoring;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioYaml;

class ContentTranslationsTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");

    private final List<ContentFile> pack = BundledEnglish.files();

    private ContentReader.Result readWith(ContentFile... translations) {
        var files = new ArrayList<>(pack);
        files.addAll(List.of(translations));
        return ContentReader.read(ContentTypes.builtIn(), files, ContentReader.Known.NOTHING);
    }

    private static List<String> keys(String folder, String file) throws Exception {
        var document = SafeYaml.parse(java.nio.file.Files.readString(Path.of("content", folder, file)));
        var context = new ReadContext();
        ContentTypes.builtIn().stream()
                .filter(type -> type.folder().equals(folder))
                .findFirst()
                .orElseThrow()
                .read(document, context);
        return TextUnits.of(document, context).stream().map(TextUnits.Unit::key).toList();
    }

    @Test
    void the_units_of_an_item_are_what_its_reader_reads_as_text_keyed_by_path_and_id() throws Exception {
        assertThat(keys("scenarios", "rp-01.yaml"))
                .startsWith("title", "summary", "setting", "persona/name", "persona/situation", "persona/expects")
                .contains(
                        "nodes/dp-greeting/prompt",
                        "nodes/dp-greeting/options/greet-warmly/say",
                        "nodes/dp-greeting/options/greet-warmly/feedback")
                .doesNotContain("id", "feedback", "nodes/dp-greeting/options/greet-warmly/next");
        assertThat(keys("quizzes", "quiz-foundations.yaml"))
                .contains("questions/q20/accepted/0", "questions/q20/accepted/9");
        assertThat(keys("exercises", "sx-02.yaml")).contains("parts/e-base/unit");
        assertThat(keys("modules", "foundations.yaml")).containsExactly("title", "description");
    }

    @Test
    void a_translation_file_adds_its_language_to_each_text_it_names() {
        var result = readWith(ContentFile.of("translations/hr/scenarios/rp-01.yaml", """
                # Croatian translation of scenarios/rp-01.yaml
                title: Iznenađenje s internetskim bankarstvom
                persona/name: Ivana
                nodes/dp-greeting/options/greet-warmly/say: "Dobro jutro, ja sam Ana. Ispričavam se zbog čekanja."
                """));

        assertThat(result.problems()).isEmpty();
        var scenario = scenario(result, "rp-01");
        assertThat(scenario.title().in(CROATIAN)).isEqualTo("Iznenađenje s internetskim bankarstvom");
        assertThat(scenario.title().english()).isEqualTo("The internet-banking surprise");
        assertThat(scenario.persona().localizedName().in(CROATIAN)).isEqualTo("Ivana");
        assertThat(scenario.persona().name()).isEqualTo("Irina");
        assertThat(scenario.summary().hasTranslationsBeyondEnglish()).isFalse();
    }

    @Test
    void translated_short_answers_are_accepted_beside_the_english_ones() {
        var result = readWith(ContentFile.of("translations/hr/quizzes/quiz-foundations.yaml", """
                # Croatian translation of quizzes/quiz-foundations.yaml
                questions/q20/accepted/0: usmjerenost na kupca
                """));

        assertThat(result.problems()).isEmpty();
        var question = (Question.ShortAnswer) result.content().quizzes().stream()
                .filter(q -> q.id().equals("quiz-foundations"))
                .findFirst()
                .orElseThrow()
                .questions()
                .stream()
                .filter(q -> q.info().id().equals("q20"))
                .findFirst()
                .orElseThrow();
        assertThat(QuizScoring.textResponse(question, "Usmjerenost na kupca")).isPresent();
        assertThat(QuizScoring.textResponse(
                        question, question.accepted().getFirst().english()))
                .isPresent();
    }

    @Test
    void problems_in_translation_files_are_reported_with_file_and_line() {
        var result = readWith(
                ContentFile.of("translations/hr/scenarios/rp-01.yaml", """
                        # Croatian translation of scenarios/rp-01.yaml
                        title: Iznenađenje
                        persona/nmae: Ivana
                        summary: "  "
                        setting: [a, b]
                        """),
                ContentFile.of("translations/de/scenarios/rp-01.yaml", "title: Die Überraschung\n"),
                ContentFile.of("translations/sv/scenarios/rp-99.yaml", "title: Överraskningen\n"));

        assertThat(result.problems())
                .extracting(ContentProblem::describe)
                .containsExactlyInAnyOrder(
                        "translations/de/scenarios/rp-01.yaml:1:1: Orienta has no content language “de”;"
                                + " translation folders are named hr, sv, pl, ru, th.",
                        "translations/hr/scenarios/rp-01.yaml:3:1: The item has no text “persona/nmae”;"
                                + " did you mean “persona/name”?",
                        "translations/hr/scenarios/rp-01.yaml:4:10: The translation of “summary” is empty;"
                                + " write the text or remove the line.",
                        "translations/hr/scenarios/rp-01.yaml:5:10: The translation of “setting” must be a text,"
                                + " not a list or a map.",
                        "translations/sv/scenarios/rp-99.yaml:1:1: This translates scenarios/rp-99.yaml,"
                                + " which is not among the files imported.");
    }

    @Test
    void an_exported_item_splits_into_its_english_file_and_translation_files_that_read_back_the_same() {
        var translated = readWith(ContentFile.of("translations/sv/scenarios/rp-01.yaml", """
                title: Internetbanksöverraskningen
                persona/name: Ingrid
                """));
        var scenario = scenario(translated, "rp-01");
        var body = ScenarioYaml.write(scenario);

        var split = ContentTranslations.split("scenarios/rp-01.yaml", body, ScenarioYaml::read, ScenarioYaml::write);

        assertThat(split.english()).doesNotContain("Ingrid").contains("Irina");
        assertThat(split.translations()).containsOnlyKeys("translations/sv/scenarios/rp-01.yaml");
        assertThat(split.translations().get("translations/sv/scenarios/rp-01.yaml"))
                .startsWith("# Swedish translation of scenarios/rp-01.yaml\n")
                .contains("persona/name: Ingrid");
        var files = new ArrayList<>(pack.stream()
                .filter(f -> !f.path().equals("scenarios/rp-01.yaml"))
                .toList());
        files.add(ContentFile.of("scenarios/rp-01.yaml", split.english()));
        split.translations().forEach((path, text) -> files.add(ContentFile.of(path, text)));
        var again = ContentReader.read(ContentTypes.builtIn(), files, ContentReader.Known.NOTHING);
        assertThat(again.problems()).isEmpty();
        assertThat(scenario(again, "rp-01")).isEqualTo(scenario);
    }

    @Test
    void the_xliff_notes_name_the_glossary_terms_a_text_contains_in_the_target_language() {
        var glossary = Xliff.Glossary.of("hr");

        assertThat(glossary.in("Customer orientation pays off for the customer."))
                .anySatisfy(term -> assertThat(term).startsWith("customer orientation = orijentacija prema kupcu"))
                .anySatisfy(term -> assertThat(term).startsWith("customer = "));
        assertThat(glossary.in("The weather is fine.")).isEmpty();
    }

    private static ScenarioDefinition scenario(ContentReader.Result result, String id) {
        return result.content().scenarios().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
