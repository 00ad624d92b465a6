package org.orienta.authoring;

import java.util.ArrayList;
import java.util.List;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.content.ContentProblem;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioYaml;

/**
 * What a new item starts from: the smallest content of its kind that reads and plays, so a trainer
 * begins from something that works and changes it rather than fills in blanks. It is an example, not a
 * role-play: until its example texts are replaced and each decision offers a real choice, the checks
 * say so and it cannot be published.
 */
final class Templates {

    /** The message keys of {@link #untouched}'s problems start with this. */
    static final String PLACEHOLDER = "template.";

    /** The role-play template's example texts, by the field that holds them. */
    private static final List<List<String>> SCENARIO_EXAMPLES = List.of(
            List.of("summary", "What the trainee practises in this role-play."),
            List.of("setting", "Where the conversation takes place, and who the trainee is."),
            List.of("persona/situation", "Why the customer has come."),
            List.of("persona/expects", "What the customer expects."));

    private Templates() {}

    /**
     * What of a template is left as it was in a role-play's text: each example text still in place, and
     * each decision with fewer than two options (one option is no choice; the template starts with one).
     */
    static List<ContentProblem> untouched(ContentKind kind, String key, String body) {
        if (kind != ContentKind.SCENARIO) {
            return List.of();
        }
        var file = kind.path(key);
        var lines = body.lines().toList();
        var problems = new ArrayList<ContentProblem>();
        for (List<String> example : SCENARIO_EXAMPLES) {
            var field = example.get(0);
            var text = example.get(1);
            for (int i = 0; i < lines.size(); i++) {
                int column = lines.get(i).indexOf(text);
                if (column >= 0) {
                    problems.add(new ContentProblem(
                            file,
                            new Position(i + 1, column + 1),
                            PLACEHOLDER + "example",
                            List.of(field, text),
                            field));
                }
            }
        }
        ScenarioDefinition scenario;
        try {
            scenario = ScenarioYaml.read(SafeYaml.parse(body), new ReadContext());
        } catch (YamlSyntaxException | RuntimeException unreadable) {
            // The reader's own problems say what is wrong with a text that does not read.
            scenario = null;
        }
        if (scenario != null) {
            for (Decision decision : scenario.decisions()) {
                if (decision.options().size() < 2) {
                    problems.add(new ContentProblem(
                            file,
                            new Position(lineOf(lines, decision.id()), 1),
                            PLACEHOLDER + "oneOption",
                            List.of(decision.id()),
                            "nodes/" + decision.id()));
                }
            }
        }
        return problems;
    }

    private static int lineOf(List<String> lines, String nodeId) {
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.equals("- id: " + nodeId) || line.equals("id: " + nodeId)) {
                return i + 1;
            }
        }
        return 1;
    }

    static String of(ContentKind kind, String key, String title) {
        var quoted = quote(title);
        return switch (kind) {
            case SCENARIO -> """
                    id: %s
                    title: %s
                    summary: What the trainee practises in this role-play.
                    setting: Where the conversation takes place, and who the trainee is.
                    persona:
                      name: Alex
                      age: 40
                      situation: Why the customer has come.
                      expects: What the customer expects.
                    minutes: 5
                    sectors: [retail]
                    feedback: immediate
                    state: {mood: 3}
                    start: opening
                    nodes:
                      - id: opening
                        type: customer
                        mood: 3
                        text: "Hello, I need some help, please."
                        next: first-decision
                      - id: first-decision
                        type: decision
                        prompt: How do you answer?
                        options:
                          - id: welcome
                            say: "Good morning! Of course, how can I help?"
                            feedback: A warm, immediate welcome.
                            evidence: {CO2: 3}
                            effects: {mood: +1}
                            next: ending
                      - id: ending
                        type: ending
                        outcome: standard
                        title: The customer got what they came for
                        debrief: What did the customer feel? Would they come back?
                    """.formatted(key, quoted);
            case EXERCISE -> """
                    id: %s
                    type: classify
                    title: %s
                    instructions: Sort each interaction by what the customer got compared with what they expected.
                    minutes: 5
                    evidence: {CO5: 3}
                    tags: []
                    categories:
                      - id: low
                        label: Low
                      - id: standard
                        label: Standard
                      - id: wow
                        label: WOW
                    items:
                      - id: first
                        text: The parcel arrives on time and the courier says goodbye.
                        answer: standard
                        explanation: Everything happened as agreed, so the expectation was met.
                      - id: second
                        text: The courier phones ahead, and carries the parcel up to the flat.
                        answer: wow
                        explanation: More than the customer expected, so they feel good and come back.
                    """.formatted(key, quoted);
            case QUIZ -> """
                    id: %s
                    title: %s
                    minutes: 5
                    pass_mark: 1
                    feedback: immediate
                    attempts: 0
                    shuffle: true
                    questions:
                      - id: q01
                        type: true_false
                        points: 1
                        text: A WOW service gives the customer more than they expected.
                        answer: true
                        explanation: WOW means more than expected; standard means exactly what was expected.
                        evidence: {CO5: 2}
                    """.formatted(key, quoted);
            case MODULE -> """
                    id: %s
                    title: %s
                    description: What the trainee will be able to do after this module.
                    competencies: [CO5]
                    job_roles: []
                    items: []
                    """.formatted(key, quoted);
            case CHECKLIST -> """
                    id: %s
                    title: %s
                    description: What the observer watches for, and when to use this checklist.
                    context: counter
                    behaviours:
                      - id: greets
                        text: Greets the customer within 30 seconds, with a smile, and introduces themselves.
                        evidence: {CO2: 2}
                    """.formatted(key, quoted);
            case ACTIVITY -> """
                    id: %s
                    title: %s
                    goal: What the participants practise, and what they take back to the counter.
                    minutes: 20
                    group: {min: 4, max: 16}
                    grouping: pairs
                    competencies: [CO2]
                    materials:
                      - A timer.
                    steps:
                      - id: explain
                        minutes: 3
                        text: Explain the rules and split the group into pairs.
                      - id: play
                        minutes: 10
                        text: The pairs play; call time when it is up.
                    debrief:
                      - What did you feel, and what was difficult?
                    """.formatted(key, quoted);
            case FRAMEWORK ->
                throw new IllegalArgumentException("the framework exists once and is edited, not created");
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
