package org.orienta.base.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private final ReadContext context = new ReadContext();

    private Fields read(String yaml) throws YamlSyntaxException {
        return Fields.root(SafeYaml.parse(yaml), context);
    }

    @Test
    void an_unknown_field_is_reported_with_the_closest_known_name() throws YamlSyntaxException {
        var fields = read("title: x\ntilte: y\n");
        fields.text("title", true);
        fields.integer("minutes", false, 1, 10);

        fields.finish();

        assertThat(context.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("field.unknownDidYouMean");
            assertThat(p.arguments()).containsExactly("tilte", "title");
            assertThat(p.position()).isEqualTo(new Position(2, 1));
        });
    }

    @Test
    void missing_and_mistyped_fields_are_all_reported() throws YamlSyntaxException {
        var fields = read("minutes: many\nsectors: banking\n");

        assertThat(fields.text("title", true)).isNull();
        assertThat(fields.integer("minutes", true, 1, 120)).isNull();
        assertThat(fields.strings("sectors", true)).isEmpty();

        assertThat(context.problems())
                .extracting(YamlProblem::messageKey)
                .containsExactly("field.missing", "field.notWholeNumber", "field.notList");
    }

    @Test
    void text_may_carry_translations_with_english_first_and_falls_back_to_english() throws YamlSyntaxException {
        var fields = read("title: {de: Die Umkleide, en: The fitting room}\n");

        var title = fields.text("title", true);

        assertThat(title.translations().keySet()).containsExactly("en", "de");
        assertThat(title.in(Locale.GERMAN)).isEqualTo("Die Umkleide");
        assertThat(title.in(Locale.FRENCH)).isEqualTo("The fitting room");
    }

    @Test
    void translations_without_english_are_refused() throws YamlSyntaxException {
        var fields = read("title: {de: Die Umkleide}\n");

        assertThat(fields.text("title", true)).isNull();
        assertThat(context.problems()).extracting(YamlProblem::messageKey).containsExactly("text.englishRequired");
    }

    @Test
    void numbers_outside_their_range_are_refused() throws YamlSyntaxException {
        var fields = read("minutes: 500\n");

        assertThat(fields.integer("minutes", true, 1, 120)).isNull();
        assertThat(context.problems())
                .singleElement()
                .extracting(YamlProblem::messageKey)
                .isEqualTo("field.outOfRange");
    }

    @Test
    void ids_must_be_lower_case_words_joined_by_hyphens() throws YamlSyntaxException {
        var fields = read("id: RP 01\n");

        assertThat(fields.id("id", true)).isNull();
        assertThat(context.problems())
                .singleElement()
                .extracting(YamlProblem::messageKey)
                .isEqualTo("field.badId");
    }

    @Test
    void a_path_without_its_own_position_falls_back_to_its_parent() throws YamlSyntaxException {
        var fields = read("nodes:\n  - id: a\n    next: b\n");
        var node = fields.maps("nodes", true).getFirst().as("nodes/a");
        node.id("id", true);
        node.id("next", true);

        assertThat(context.positionOf("nodes/a/next")).isEqualTo(new Position(3, 11));
        assertThat(context.positionOf("nodes/a/options/x/next")).isEqualTo(new Position(2, 5));
    }
}
