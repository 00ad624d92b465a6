package org.orienta.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.quiz.QuizYaml;
import org.orienta.scenario.ScenarioYaml;

/** Hand-made role-plays and quizzes for the audit's tests, written as the authors write them. */
final class Items {

    static final String SCENARIO_FILE = "scenarios/shop.yaml";
    static final String QUIZ_FILE = "quizzes/quiz-shop.yaml";

    private Items() {}

    static String option(String id, String say, int level, String next) {
        return """
                      - id: %s
                        say: "%s"
                        feedback: Noted.
                        evidence: {CO1: %d}
                        next: %s
                """.formatted(id, say, level, next);
    }

    static String decision(String id, String... options) {
        return """
                  - id: %s
                    type: decision
                    options:
                """.formatted(id) + String.join("", options);
    }

    /** A shop role-play: a customer line leading to dp-1, the given decisions, and three endings. */
    static String scenario(String header, String... decisions) {
        return """
                id: shop
                title: A shop
                summary: A question about a kettle.
                setting: A shop.
                persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
                minutes: 3
                sectors: [retail]
                state: {mood: 3, good: 0}
                start: hello
                %s
                nodes:
                  - id: hello
                    type: customer
                    text: "Hello? Is anybody there?"
                    next: dp-1
                """.formatted(header) + String.join("", decisions) + """
                  - id: end-low
                    type: ending
                    outcome: low
                    title: Gone
                    debrief: Sam left.
                  - id: end-std
                    type: ending
                    outcome: standard
                    title: Served
                    debrief: Sam got a kettle.
                  - id: end-wow
                    type: ending
                    outcome: wow
                    title: Delighted
                    debrief: Sam will be back.
                """;
    }

    /**
     * Three decisions of three options of about the same length, the best never the longest and each time
     * in another place, and the first choice leading to different decisions: nothing to warn about.
     */
    static String fairScenario() {
        return scenario(
                "",
                decision(
                        "dp-1",
                        option("check", "I can check that for you now.", 3, "dp-2"),
                        option("look", "Let me see what I can do here.", 2, "dp-3"),
                        option("shrug", "That is not really my problem.", 1, "dp-3")),
                decision(
                        "dp-2",
                        option("closing", "We are closing in five minutes.", 1, "end-low"),
                        option("sort", "I will sort it out before noon.", 3, "end-wow"),
                        option("later", "Could you come back tomorrow?", 2, "end-std")),
                decision(
                        "dp-3",
                        option("manager", "I will pass it to my manager.", 2, "end-std"),
                        option("nothing", "There is nothing to be done.", 1, "end-low"),
                        option("call", "I will call you back by five.", 3, "end-wow")));
    }

    static ItemAudit auditScenario(String text) throws YamlSyntaxException {
        return auditScenario(text, true);
    }

    static ItemAudit auditScenario(String text, boolean shuffled) throws YamlSyntaxException {
        var document = SafeYaml.parse(text);
        var context = new ReadContext();
        var scenario = ScenarioYaml.read(document, context);
        assertThat(context.problems()).as("the hand-made role-play is valid").isEmpty();
        return ScenarioAudit.audit(SCENARIO_FILE, text, document, context, scenario, shuffled, true);
    }

    /** A quiz of single-choice questions; each question is "text|option|option|…" with the right one marked *. */
    static String quiz(String... questions) {
        var text = new StringBuilder("""
                id: quiz-shop
                title: Kettles
                minutes: 5
                pass_mark: 1
                questions:
                """);
        for (int q = 0; q < questions.length; q++) {
            var parts = questions[q].split("\\|");
            text.append("""
                      - id: q%d
                        type: single
                        text: "%s"
                        explanation: Because.
                        evidence: {CO1: 2}
                        options:
                    """.formatted(q + 1, parts[0]));
            var options = Arrays.asList(parts).subList(1, parts.length);
            for (int o = 0; o < options.size(); o++) {
                var option = options.get(o);
                boolean correct = option.startsWith("*");
                text.append("          - {id: o%d, text: \"%s\", correct: %s}\n"
                        .formatted(o + 1, correct ? option.substring(1) : option, correct));
            }
        }
        return text.toString();
    }

    static ItemAudit auditQuiz(String text, boolean shuffled) throws YamlSyntaxException {
        var document = SafeYaml.parse(text);
        var context = new ReadContext();
        var quiz = QuizYaml.read(document, context);
        assertThat(context.problems()).as("the hand-made quiz is valid").isEmpty();
        return QuizAudit.audit(QUIZ_FILE, text, document, context, quiz, id -> shuffled, true);
    }

    static List<AuditRule> rules(ItemAudit audit) {
        return audit.warnings().stream().map(AuditWarning::rule).toList();
    }

    static String messages(ItemAudit audit) {
        return audit.warnings().stream()
                .map(w -> w.position() + " " + w.english())
                .collect(Collectors.joining("\n"));
    }
}
