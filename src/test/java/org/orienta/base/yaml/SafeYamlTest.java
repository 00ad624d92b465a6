package org.orienta.base.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orienta.base.yaml.YamlValue.Mapping;
import org.orienta.base.yaml.YamlValue.Scalar;
import org.orienta.base.yaml.YamlValue.ScalarType;
import org.orienta.base.yaml.YamlValue.Sequence;

class SafeYamlTest {

    private static YamlProblem problemOf(String yaml) {
        try {
            SafeYaml.parse(yaml);
        } catch (YamlSyntaxException e) {
            return e.problem();
        }
        throw new AssertionError("expected a problem");
    }

    @Test
    void reads_a_mapping_with_positions_and_scalar_types() throws YamlSyntaxException {
        var root = (Mapping) SafeYaml.parse("id: rp-01\nminutes: 8\nratio: 0.5\npublic: true\nnone: ~\nlist: [a, b]\n");

        assertThat(root.entries().get("minutes").value())
                .isEqualTo(new Scalar("8", ScalarType.INTEGER, new Position(2, 10)));
        assertThat(((Scalar) root.entries().get("ratio").value()).type()).isEqualTo(ScalarType.FLOAT);
        assertThat(((Scalar) root.entries().get("public").value()).type()).isEqualTo(ScalarType.BOOLEAN);
        assertThat(((Scalar) root.entries().get("none").value()).type()).isEqualTo(ScalarType.NULL);
        assertThat(((Sequence) root.entries().get("list").value()).items()).hasSize(2);
        assertThat(root.entries().get("list").keyPosition()).isEqualTo(new Position(6, 1));
    }

    @Test
    void a_duplicate_key_is_refused_with_both_lines() {
        var problem = problemOf("id: a\ntitle: x\nid: b\n");

        assertThat(problem.messageKey()).isEqualTo("yaml.duplicateKey");
        assertThat(problem.position()).isEqualTo(new Position(3, 1));
        assertThat(problem.arguments()).containsExactly("id", 1);
    }

    @Test
    void custom_tags_are_refused_before_anything_is_constructed() {
        var problem = problemOf("id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n");

        assertThat(problem.messageKey()).isEqualTo("yaml.customTag");
        assertThat(problemOf("title: !secret x\n").messageKey()).isEqualTo("yaml.customTag");
    }

    @Test
    void an_alias_bomb_is_refused() {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            var previous = (char) (c - 1);
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append(", *")
                    .append(previous)
                    .append("]\n");
        }

        assertThat(problemOf(bomb.toString()).messageKey()).isIn("yaml.tooManyAliases", "yaml.tooManyValues");
    }

    @ParameterizedTest(name = "spaces around the text: {0}")
    @ValueSource(booleans = {true, false})
    void one_text_referred_to_by_thousands_of_aliases_is_refused_at_the_anchor_with_the_limit(boolean whitespace) {
        var bomb = AliasBombs.into("id: x\nsummary: s\n", whitespace);
        assertThat(bomb.length()).isBetween(700_000, SafeYaml.MAX_CHARACTERS);
        long allocated = AliasBombs.allocatedByThisThread();
        long started = System.nanoTime();

        var problem = problemOf(bomb);

        assertThat(problem.messageKey()).isEqualTo("yaml.tooLargeExpanded");
        assertThat(problem.position().line()).isEqualTo(2);
        assertThat(problem.arguments()).containsExactly(SafeYaml.MAX_EXPANDED_CHARACTERS);
        assertThat(AliasBombs.allocatedByThisThread() - allocated).isLessThan(300_000_000L);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_text_reused_by_alias_a_few_times_is_still_read() throws YamlSyntaxException {
        var root = (Mapping) SafeYaml.parse("a: &t \"" + "x".repeat(1000) + "\"\nb: [*t, *t, *t]\n");

        assertThat(((Sequence) root.entries().get("b").value()).items()).hasSize(3);
    }

    @Test
    void a_recursive_alias_is_refused() {
        assertThat(problemOf("a: &a\n  b: *a\n").messageKey()).isIn("yaml.recursiveAlias", "yaml.syntax");
    }

    @Test
    void deep_nesting_is_refused() {
        var deep = "[".repeat(200) + "]".repeat(200);

        assertThat(problemOf(deep).messageKey()).isIn("yaml.tooDeep", "yaml.syntax");
    }

    @Test
    void a_syntax_error_points_at_its_line() {
        var problem = problemOf("id: rp-01\ntitle: [unclosed\nminutes: 3\n");

        assertThat(problem.messageKey()).isEqualTo("yaml.syntax");
        assertThat(problem.position().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void merge_keys_two_documents_and_empty_files_are_refused() {
        assertThat(problemOf("base: &b {x: 1}\nitem:\n  <<: *b\n").messageKey()).isEqualTo("yaml.mergeKey");
        assertThat(problemOf("a: 1\n---\nb: 2\n").messageKey()).isEqualTo("yaml.oneDocument");
        assertThat(problemOf("# only a comment\n").messageKey()).isEqualTo("yaml.empty");
    }

    @Test
    void oversized_input_is_refused_before_parsing() {
        assertThat(problemOf("x: " + "y".repeat(SafeYaml.MAX_CHARACTERS)).messageKey())
                .isEqualTo("yaml.tooLarge");
    }
}
