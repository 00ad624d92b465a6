package org.orienta.scenario;

import java.util.Set;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.competency.CompetencyCode;

/** Small scenarios written out as YAML, so tests read like the files trainers write. */
final class ScenarioFixtures {

    static final Set<CompetencyCode> CODES =
            Set.of(new CompetencyCode("CO1"), new CompetencyCode("CO2"), new CompetencyCode("CO4"));

    /** Two decisions; the customer's reply and the ending depend on the state. */
    static final String TWO_DECISIONS = """
            id: tiny
            title: A tiny scenario
            summary: Two decisions.
            setting: A shop.
            persona: {name: Sam, age: 40, situation: Buying a kettle., expects: A quick answer.}
            minutes: 3
            sectors: [retail]
            state: {mood: 3, good: 0}
            start: hello
            nodes:
              - id: hello
                type: customer
                text: "Hello?"
                next: dp-1
              - id: dp-1
                type: decision
                options:
                  - id: warm
                    say: "Good morning!"
                    feedback: Warm.
                    evidence: {CO2: 3}
                    effects: {mood: +1, good: +1}
                    next: reply
                  - id: cold
                    say: "Next."
                    feedback: Cold.
                    evidence: {CO2: 1}
                    effects: {mood: -2}
                    next: reply
              - id: reply
                type: customer
                lines:
                  - when: mood <= 2
                    text: "Whatever."
                  - text: "Thanks!"
                next: dp-2
              - id: dp-2
                type: decision
                options:
                  - id: honest
                    say: "It costs 20."
                    feedback: Honest.
                    evidence: {CO4: 3}
                    effects: {good: +1}
                    next:
                      - when: good >= 2
                        goto: end-wow
                      - goto: end-standard
                  - id: vague
                    say: "It's cheap."
                    feedback: Vague.
                    evidence: {CO4: 1}
                    next:
                      - when: mood <= 2
                        goto: end-low
                      - goto: end-standard
              - id: end-low
                type: ending
                outcome: low
                title: Gone
                debrief: Sam left.
              - id: end-standard
                type: ending
                outcome: standard
                title: Fine
                debrief: Sam bought it.
              - id: end-wow
                type: ending
                outcome: wow
                title: Delighted
                debrief: Sam will be back.
            """;

    /**
     * Three options (the last pinned), a hidden value drawn per attempt, and an ending whose title and
     * debrief follow the state.
     */
    static final String SHUFFLED_WITH_DRAW = """
            id: guess
            title: Guess what he does not like
            summary: One decision.
            setting: A cafe.
            persona: {name: Ben, age: 50, situation: Waiting., expects: Quiet.}
            minutes: 3
            sectors: [hospitality]
            state: {mood: 3, hurt: 0}
            draw:
              dislike: [noise, waiting, small-talk]
            start: hello
            nodes:
              - id: hello
                type: customer
                lines:
                  - when: dislike == noise
                    text: "It is loud in here."
                  - text: "Hello."
                next: dp-1
              - id: dp-1
                type: decision
                options:
                  - id: quiet-table
                    say: "A quieter table?"
                    feedback: Noticed.
                    evidence: {CO2: 3}
                    next:
                      - when: dislike == noise
                        goto: end-wow
                      - goto: end-standard
                  - id: chat
                    say: "Lovely weather!"
                    feedback: Chatty.
                    evidence: {CO2: 2}
                    effects: {hurt: +1}
                    next:
                      - when: dislike != small-talk
                        goto: end-standard
                      - goto: end-low
                  - id: hurry
                    say: "Right away."
                    feedback: Quick.
                    evidence: {CO2: 2}
                    next: end-standard
                  - id: wait
                    say: "(Say nothing yet.)"
                    feedback: Patient.
                    evidence: {CO2: 2}
                    pin: true
                    next: end-standard
              - id: end-low
                type: ending
                outcome: low
                title: Annoyed
                debrief: Ben left.
              - id: end-standard
                type: ending
                outcome: standard
                title:
                  - when: hurt >= 1
                    text: Tolerated
                  - text: Fine
                debrief:
                  - when: dislike == waiting
                    text: Ben hates waiting; you were quick enough.
                  - text: Ben was served.
              - id: end-wow
                type: ending
                outcome: wow
                title: Delighted
                debrief: Ben will be back.
            """;

    private ScenarioFixtures() {}

    static ScenarioDefinition read(String yaml) {
        var context = new ReadContext();
        try {
            var definition = ScenarioYaml.read(SafeYaml.parse(yaml), context);
            if (definition == null) {
                throw new AssertionError("fixture does not read: " + context.problems());
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
