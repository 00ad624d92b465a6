package org.orienta.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.orienta.integrity.Items.auditQuiz;
import static org.orienta.integrity.Items.auditScenario;
import static org.orienta.integrity.Items.decision;
import static org.orienta.integrity.Items.fairScenario;
import static org.orienta.integrity.Items.messages;
import static org.orienta.integrity.Items.option;
import static org.orienta.integrity.Items.quiz;
import static org.orienta.integrity.Items.rules;
import static org.orienta.integrity.Items.scenario;

import org.junit.jupiter.api.Test;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.SafeYaml;

class IntegrityAuditTest {

    @Test
    void a_fair_role_play_gets_no_warning_even_with_shuffling_off() throws Exception {
        var audit = auditScenario(fairScenario(), false);

        assertThat(audit.warnings()).as(messages(audit)).isEmpty();
        assertThat(audit.choices()).isEqualTo(3);
        assertThat(audit.threeOptions()).isEqualTo(3);
    }

    @Test
    void the_best_option_strictly_longest_in_more_than_40_percent_of_decisions_is_a_length_cue() throws Exception {
        var text = fairScenario()
                .replace("I can check that for you now.", "I can check that for you right now, Sam.")
                .replace("I will sort it out before noon.", "I will sort it out for you before noon.");

        var audit = auditScenario(text);

        assertThat(rules(audit)).containsExactly(AuditRule.LENGTH_CUE);
        assertThat(audit.warnings().getFirst().english())
                .startsWith("The best option is the strictly longest in 2 of 3 decisions (67 %; at most 40 %)")
                .endsWith("Decisions: dp-1, dp-2.");
    }

    @Test
    void the_best_option_longest_in_40_percent_or_fewer_is_no_length_cue() throws Exception {
        var text = fairScenario().replace("I can check that for you now.", "I can check that for you right now, Sam.");

        assertThat(rules(auditScenario(text))).doesNotContain(AuditRule.LENGTH_CUE);
    }

    @Test
    void an_option_more_than_twice_the_mean_of_its_siblings_is_an_outlier_where_it_stands() throws Exception {
        var text = fairScenario()
                .replace(
                        "There is nothing to be done.",
                        "There is nothing to be done today, I am afraid, and probably not tomorrow either.");

        var audit = auditScenario(text);

        assertThat(rules(audit)).containsExactly(AuditRule.LENGTH_OUTLIER);
        var line = lineOf(text, "There is nothing to be done today");
        assertThat(audit.warnings().getFirst().position()).isEqualTo(new Position(line, 14));
        assertThat(audit.warnings().getFirst().english()).startsWith("This option has 81 characters");
    }

    @Test
    void with_shuffling_off_the_best_option_in_the_same_place_in_more_than_half_is_a_position_cue() throws Exception {
        var text = scenario(
                "",
                decision(
                        "dp-1",
                        option("check", "I can check that for you now.", 3, "dp-2"),
                        option("look", "Let me see what I can do here.", 2, "dp-3"),
                        option("shrug", "That is not really my problem.", 1, "dp-3")),
                decision(
                        "dp-2",
                        option("sort", "I will sort it out before noon.", 3, "end-wow"),
                        option("closing", "We are closing in five minutes.", 1, "end-low"),
                        option("later", "Could you come back tomorrow?", 2, "end-std")),
                decision(
                        "dp-3",
                        option("manager", "I will pass it to my manager.", 2, "end-std"),
                        option("nothing", "There is nothing to be done.", 1, "end-low"),
                        option("call", "I will call you back by five.", 3, "end-wow")));

        assertThat(rules(auditScenario(text, false))).containsExactly(AuditRule.POSITION_CUE);
        assertThat(auditScenario(text, false).warnings().getFirst().english())
                .startsWith("Shuffling is off, and the best option is option 1 in 2 of 3 decisions (67 %");
        assertThat(rules(auditScenario(text, true))).isEmpty();
    }

    @Test
    void shuffling_is_off_only_where_the_file_says_shuffle_false() throws Exception {
        assertThat(RawFlags.shuffled(SafeYaml.parse("id: a\nshuffle: false\n"))).isFalse();
        assertThat(RawFlags.shuffled(SafeYaml.parse("id: a\nshuffle: true\n"))).isTrue();
        assertThat(RawFlags.shuffled(SafeYaml.parse("id: a\n"))).isTrue();
        var quiz = SafeYaml.parse("questions:\n  - id: q1\n    shuffle_options: false\n  - id: q2\n");
        assertThat(RawFlags.optionsShuffled(quiz, "q1")).isFalse();
        assertThat(RawFlags.optionsShuffled(quiz, "q2")).isTrue();
    }

    @Test
    void more_than_a_fifth_of_decisions_with_fewer_than_three_options_is_thin() throws Exception {
        var text = fairScenario()
                .replace(option("later", "Could you come back tomorrow?", 2, "end-std"), "")
                .replace(option("nothing", "There is nothing to be done.", 1, "end-low"), "");

        var audit = auditScenario(text);

        assertThat(rules(audit)).containsExactly(AuditRule.THIN_CHOICES);
        assertThat(audit.warnings().getFirst().english())
                .startsWith("2 of 3 decisions have fewer than three options (67 %; at most 20 %)");
        assertThat(audit.threeOptions()).isEqualTo(1);
    }

    @Test
    void a_graph_where_every_path_meets_the_same_decisions_in_the_same_order_is_linear() throws Exception {
        var linear = scenario(
                "",
                decision(
                        "dp-1",
                        option("check", "I can check that for you now.", 3, "dp-2"),
                        option("look", "Let me see what I can do here.", 2, "dp-2"),
                        option("shrug", "That is not really my problem.", 1, "dp-2")),
                decision(
                        "dp-2",
                        option("closing", "We are closing in five minutes.", 1, "end-low"),
                        option("sort", "I will sort it out before noon.", 3, "end-wow"),
                        option("later", "Could you come back tomorrow?", 2, "end-std")));

        var audit = auditScenario(linear);

        assertThat(rules(audit)).containsExactly(AuditRule.LINEAR_GRAPH);
        assertThat(audit.warnings().getFirst().english()).startsWith("Every path meets the same 2 decisions");
    }

    @Test
    void source_files_line_references_and_the_article_shown_to_trainees_are_cited_sources() throws Exception {
        var text = fairScenario()
                .replace("sectors: [retail]", "sectors: [retail]\nsources: [\"003_c9a1f1f879450384.txt ~L17\"]")
                .replace("Hello? Is anybody there?", "Hello? See 003_c9a1f1f879450384.txt, L17-19.")
                .replace("I will call you back by five.", "As the Polish article says, call back.");

        var audit = auditScenario(text);

        assertThat(rules(audit)).containsOnly(AuditRule.SOURCE_CITATION);
        assertThat(audit.warnings())
                .extracting(w -> w.arguments().getFirst())
                .containsExactly("003_c9a1f1f879450384.txt", "L17-19", "the Polish article");
        int line = lineOf(text, "Hello? See");
        assertThat(audit.warnings().getFirst().position()).isEqualTo(new Position(line, 23));
        assertThat(audit.warnings().get(2).position().line()).isEqualTo(lineOf(text, "As the Polish article"));
    }

    @Test
    void ordinary_words_near_article_and_text_are_no_citation() throws Exception {
        var text = fairScenario()
                .replace("Hello? Is anybody there?", "I read the whole article on kettles. Send me the text message.")
                .replace("Noted.", "The text you send should be short.");

        assertThat(rules(auditScenario(text))).doesNotContain(AuditRule.SOURCE_CITATION);
    }

    @Test
    void the_correct_answer_strictly_longest_in_more_than_40_percent_of_questions_is_a_length_cue() throws Exception {
        var audit = auditQuiz(
                quiz(
                        "Kettle?|*The steel one with a lid|Plastic|Glass one",
                        "Colour?|*Red or blue, as you like|Green|Pink one",
                        "Size?|Small|*Large|Medium"),
                true);

        assertThat(rules(audit)).contains(AuditRule.LENGTH_CUE);
        assertThat(audit.warnings().stream()
                        .filter(w -> w.rule() == AuditRule.LENGTH_CUE)
                        .findFirst()
                        .orElseThrow()
                        .english())
                .startsWith("The correct option is the strictly longest in 2 of 3 single-choice questions (67 %");
    }

    @Test
    void quiz_questions_that_do_not_shuffle_with_the_answer_in_one_place_are_a_position_cue() throws Exception {
        var text = quiz("Kettle?|*Steel|Plastic|Glass", "Colour?|*Red|Green|Pink", "Size?|Small|*Large|Medium");

        assertThat(rules(auditQuiz(text, false))).containsExactly(AuditRule.POSITION_CUE);
        assertThat(rules(auditQuiz(text, true))).isEmpty();
    }

    @Test
    void naive_strategies_are_played_through_the_engine() throws Exception {
        // The longest option is the best one at every decision: always-longest reaches WOW; the first
        // authored option is never the best: always-first ends low.
        var text = scenario(
                "",
                decision(
                        "dp-1",
                        option("shrug", "Not my problem.", 1, "end-low"),
                        option("look", "Let me see what I can do.", 2, "end-std"),
                        option("check", "I can check that for you now.", 3, "dp-2")),
                decision(
                        "dp-2",
                        option("closing", "We are closing soon.", 1, "end-low"),
                        option("later", "Come back tomorrow?", 2, "end-std"),
                        option("sort", "I will sort it out before noon.", 3, "end-wow")));

        var strategies = (NaiveStrategies.RolePlay) auditScenario(text).strategies();

        assertThat(strategies.longest()).isEqualTo("wow");
        assertThat(strategies.first()).isEqualTo("low");
        assertThat(strategies.runs()).isEqualTo(1_000);
        // WOW needs the right one of three twice: 1/9 of random runs.
        assertThat(strategies.randomShare("wow")).isBetween(0.08, 0.15);
        assertThat(strategies.random().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(1_000);
        assertThat(((NaiveStrategies.RolePlay) auditScenario(text).strategies()).random())
                .as("the same every time")
                .isEqualTo(strategies.random());
    }

    @Test
    void naive_strategies_on_a_quiz_count_single_choice_questions_answered_right() throws Exception {
        var audit = auditQuiz(
                quiz("Kettle?|*The steel one with a lid|Plastic|Glass", "Colour?|Red|*Green|Pink or purple"), true);

        var strategies = (NaiveStrategies.Quiz) audit.strategies();

        assertThat(strategies.questions()).isEqualTo(2);
        assertThat(strategies.longestRight()).isEqualTo(1);
        assertThat(strategies.firstRight()).isEqualTo(1);
        assertThat(strategies.randomRight()).isBetween(0.28, 0.39);
    }

    @Test
    void a_file_with_problems_is_left_to_the_validator() throws Exception {
        assertThat(IntegrityAudit.audit(Items.SCENARIO_FILE, "id: [")).isEmpty();
        assertThat(IntegrityAudit.audit(Items.SCENARIO_FILE, "id: shop\n")).isEmpty();
        assertThat(IntegrityAudit.audit("exercises/sx-01.yaml", "id: sx-01\n")).isEmpty();
    }

    private static int lineOf(String text, String part) {
        var lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not in the text");
    }
}
