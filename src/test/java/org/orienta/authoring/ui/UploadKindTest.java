package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A single YAML file uploaded on the Content page goes where its kind lives (issue 16). */
class UploadKindTest {

    private static String path(String name, String text) {
        return ContentView.pathFor(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_quiz_whose_first_line_is_questions_is_a_quiz() {
        assertThat(path("quiz-x.yaml", "questions:\n  - id: q1\n    type: single\nid: quiz-x\ntitle: X\n"))
                .isEqualTo("quizzes/quiz-x.yaml");
    }

    @Test
    void each_kind_is_told_by_its_fields_wherever_they_stand() {
        assertThat(path("rp-x.yaml", "nodes: []\nid: rp-x\n")).isEqualTo("scenarios/rp-x.yaml");
        assertThat(path("m.yml", "items:\n  - scenario: rp-01\nid: m\n")).isEqualTo("modules/m.yaml");
        assertThat(path("sx-x.yaml", "id: sx-x\ntype: order\n")).isEqualTo("exercises/sx-x.yaml");
        assertThat(path("competencies.yaml", "competencies: []\n")).isEqualTo("competencies.yaml");
    }

    @Test
    void a_broken_file_is_still_placed_by_the_fields_it_names() {
        assertThat(path("quiz-y.yaml", "questions:\n  - id: [unclosed\n")).isEqualTo("quizzes/quiz-y.yaml");
    }
}
