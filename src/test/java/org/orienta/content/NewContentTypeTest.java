package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.LocalizedText;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.catalogue.ContentSummary;
import org.orienta.catalogue.ContentType;
import org.orienta.catalogue.KnownContent;
import org.orienta.competency.CompetencyCode;

/**
 * A kind of content the reader has never heard of, registered beside the built-in ones, is read from its
 * folder, checked by its own rules and reported with file and line: adding a kind needs no change here.
 */
class NewContentTypeTest {

    private static final String SURVEY = """
            id: first-week
            question: How was your first week?
            competency: CO2
            """;

    @Test
    void a_registered_type_is_read_from_its_folder_beside_the_built_in_kinds() {
        var result = ContentReader.read(types(), files(ContentFile.of("surveys/first-week.yaml", SURVEY)), none());

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().byKind().get("SURVEY"))
                .extracting(survey -> ((Survey) survey).id())
                .containsExactly("first-week");
        assertThat(result.content().of(Survey.class)).hasSize(1);
        assertThat(result.content().scenarios()).hasSize(1);
        assertThat(result.content().items()).last().isInstanceOf(Survey.class);
        assertThat(result.completeness()).containsKey("surveys/first-week.yaml");
    }

    @Test
    void its_translations_merge_like_those_of_every_kind() {
        var files = files(ContentFile.of("surveys/first-week.yaml", SURVEY));
        files.add(ContentFile.of("translations/hr/surveys/first-week.yaml", """
                question: Kako je prošao tvoj prvi tjedan?
                """));

        var result = ContentReader.read(types(), files, none());

        assertThat(result.problems()).isEmpty();
        assertThat(result.content().of(Survey.class).getFirst().question().in(Locale.forLanguageTag("hr")))
                .isEqualTo("Kako je prošao tvoj prvi tjedan?");
        assertThat(result.completeness().get("surveys/first-week.yaml").complete(Locale.forLanguageTag("hr")))
                .isTrue();
    }

    @Test
    void its_rules_see_the_framework_and_report_at_the_line_of_the_field() {
        var result = ContentReader.read(
                types(), files(ContentFile.of("surveys/first-week.yaml", SURVEY.replace("CO2", "CO99"))), none());

        assertThat(result.problems())
                .extracting(ContentProblem::file, ContentProblem::position, ContentProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "surveys/first-week.yaml", new Position(3, 13), "evidence.unknownCompetency"));
    }

    @Test
    void its_reader_reports_an_id_that_does_not_match_the_file_name_as_for_every_kind() {
        var result = ContentReader.read(types(), files(ContentFile.of("surveys/other.yaml", SURVEY)), none());

        assertThat(result.problems()).extracting(ContentProblem::messageKey).containsExactly("content.idMismatch");
    }

    @Test
    void without_the_type_its_folder_is_an_unknown_file() {
        var result = ContentReader.read(
                ContentTypes.builtIn(), files(ContentFile.of("surveys/first-week.yaml", SURVEY)), none());

        assertThat(result.problems()).extracting(ContentProblem::messageKey).containsExactly("content.unknownFile");
    }

    private static List<ContentType<?>> types() {
        var types = new ArrayList<ContentType<?>>(ContentTypes.builtIn());
        types.add(new SurveyType());
        return types;
    }

    private static List<ContentFile> files(ContentFile extra) {
        var files = new ArrayList<>(ContentCorpus.base());
        files.add(extra);
        return files;
    }

    private static ContentReader.Known none() {
        return ContentReader.Known.NOTHING;
    }

    record Survey(String id, LocalizedText question, String competency) {}

    /** The smallest kind there is: one question, one competency it gives evidence for. */
    static final class SurveyType implements ContentType<Survey> {

        @Override
        public String kind() {
            return "SURVEY";
        }

        @Override
        public String folder() {
            return "surveys";
        }

        @Override
        public Class<Survey> definitionType() {
            return Survey.class;
        }

        @Override
        public String key(Survey definition) {
            return definition.id();
        }

        @Override
        public @Nullable Survey read(YamlValue document, ReadContext context) {
            var root = Fields.root(document, context);
            if (root == null) {
                return null;
            }
            var id = root.id("id", true);
            var question = root.text("question", true);
            var competency = root.string("competency", true);
            root.finish();
            return id == null || question == null || competency == null ? null : new Survey(id, question, competency);
        }

        @Override
        public String write(Survey definition) {
            return "id: " + definition.id() + "\ncompetency: " + definition.competency() + "\n";
        }

        @Override
        public List<FieldProblem> check(Survey definition, KnownContent known) {
            return CompetencyCode.isValid(definition.competency())
                            && known.competencies().contains(new CompetencyCode(definition.competency()))
                    ? List.of()
                    : List.of(FieldProblem.of("competency", "evidence.unknownCompetency", definition.competency()));
        }

        @Override
        public ContentSummary summarise(Survey definition) {
            return new ContentSummary(LocalizedText.english(definition.id()), Set.of());
        }
    }
}
