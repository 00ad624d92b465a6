package org.orienta.authoring;

/**
 * What a new item starts from: the smallest content of its kind that passes every rule, so a trainer
 * begins from something that plays and publishes, and changes it rather than fills in blanks.
 */
final class Templates {

    private Templates() {}

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
            case FRAMEWORK ->
                throw new IllegalArgumentException("the framework exists once and is edited, not created");
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
