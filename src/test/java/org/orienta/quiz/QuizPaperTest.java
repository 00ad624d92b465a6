package org.orienta.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.yaml.YamlSyntaxException;

class QuizPaperTest {

    /** Five single-choice questions; q2 and q3 are a worked pair; q1's last option is pinned. */
    static final String PAIRED = """
            id: paired
            title: A worked pair
            minutes: 5
            pass_mark: 1
            questions:
              - id: q1
                type: single
                text: Which?
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: false}
                  - {id: c, text: Three, correct: false}
                  - {id: none, text: None of these, correct: false, pin: true}
                explanation: Because.
                evidence: {CO1: 2}
              - id: q2
                type: single
                group: pair
                text: First step?
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: false}
                explanation: Because.
                evidence: {CO1: 2}
              - id: q3
                type: single
                group: pair
                text: Second step?
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: false}
                explanation: Because.
                evidence: {CO1: 2}
              - id: q4
                type: single
                text: Another?
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: false}
                explanation: Because.
                evidence: {CO1: 2}
              - id: q5
                type: single
                text: And?
                options:
                  - {id: a, text: One, correct: true}
                  - {id: b, text: Two, correct: false}
                explanation: Because.
                evidence: {CO1: 2}
            """;

    private static List<String> ids(QuizPaper paper) {
        return paper.questions().stream().map(Question::id).toList();
    }

    @Test
    void questions_and_options_are_shuffled_by_default_and_the_same_seed_gives_the_same_paper()
            throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED);
        var orders = new HashSet<List<String>>();
        var firstOptions = new HashSet<String>();

        for (long seed = 0; seed < 200; seed++) {
            var paper = QuizPaper.draw(quiz, seed);
            assertThat(QuizPaper.draw(quiz, seed)).isEqualTo(paper);
            orders.add(ids(paper));
            firstOptions.add(paper.displayOrder().get("q1").getFirst());
        }

        assertThat(quiz.shuffle()).isTrue();
        assertThat(orders).hasSizeGreaterThan(20);
        assertThat(firstOptions).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_group_stays_together_in_authored_order_wherever_it_lands() throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED);
        var pairPositions = new HashSet<Integer>();

        for (long seed = 0; seed < 200; seed++) {
            var order = ids(QuizPaper.draw(quiz, seed));
            int at = order.indexOf("q2");
            assertThat(order.get(at + 1)).isEqualTo("q3");
            pairPositions.add(at);
        }

        assertThat(pairPositions).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void a_pinned_option_keeps_its_place() throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED);

        for (long seed = 0; seed < 100; seed++) {
            assertThat(QuizPaper.draw(quiz, seed).displayOrder().get("q1").getLast())
                    .isEqualTo("none");
        }
    }

    @Test
    void shuffling_off_keeps_the_authored_order_of_questions_or_of_one_questions_options() throws YamlSyntaxException {
        var fixed = QuizYamlTest.read(
                PAIRED.replace("pass_mark: 1\n", "pass_mark: 1\nshuffle: false\nshuffle_reason: A story in order.\n"));
        var fixedOptions = QuizYamlTest.read(PAIRED.replace(
                "  - id: q4\n    type: single\n",
                "  - id: q4\n    type: single\n    shuffle_options: false\n    shuffle_reason: Scale.\n"));

        for (long seed = 0; seed < 50; seed++) {
            assertThat(ids(QuizPaper.draw(fixed, seed))).containsExactly("q1", "q2", "q3", "q4", "q5");
            assertThat(QuizPaper.draw(fixedOptions, seed).displayOrder().get("q4"))
                    .containsExactly("a", "b");
        }
    }

    @Test
    void switching_shuffling_off_needs_a_reason() throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED.replace("pass_mark: 1\n", "pass_mark: 1\nshuffle: false\n")
                .replace(
                        "  - id: q4\n    type: single\n",
                        "  - id: q4\n    type: single\n    shuffle_options: false\n"));

        assertThat(QuizRules.check(quiz, QuizYamlTest.CODES))
                .containsExactlyInAnyOrder(
                        FieldProblem.of("shuffle", "quiz.shuffleReason"),
                        FieldProblem.of("questions/q4/shuffle_options", "quiz.shuffleOptionsReason"));
    }

    @Test
    void a_draw_cannot_be_combined_with_groups() throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED.replace("pass_mark: 1\n", "pass_mark: 1\ndraw: 3\n"));

        assertThat(QuizRules.check(quiz, QuizYamlTest.CODES))
                .containsExactly(FieldProblem.of("questions/q2/group", "quiz.drawWithGroups", 3));
    }

    @Test
    void pins_groups_and_reasons_are_written_back() throws YamlSyntaxException {
        var quiz = QuizYamlTest.read(PAIRED.replace(
                "  - id: q4\n    type: single\n",
                "  - id: q4\n    type: single\n    shuffle_options: false\n    shuffle_reason: Scale.\n"));

        var written = QuizYaml.write(quiz);

        assertThat(QuizYamlTest.read(written)).isEqualTo(quiz);
        assertThat(written).contains("pin: true", "group: pair", "shuffle_options: false");
    }
}
