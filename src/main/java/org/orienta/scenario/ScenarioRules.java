package org.orienta.scenario;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * The rules a conversation graph must follow, shared by the file importer and the editor. Each problem
 * names the path of what is wrong ("nodes/dp-1/options/greet/next"), which the importer turns into a
 * line and column and the editor into the node to select.
 */
public final class ScenarioRules {

    /**
     * The fewest example phrasings an option of an own-words decision needs: its written text alone is
     * one way of saying it, and trainees say it in many (docs/decisions/0042).
     */
    public static final int MIN_EXAMPLES = 2;

    private ScenarioRules() {}

    public static List<FieldProblem> check(ScenarioDefinition scenario, Set<CompetencyCode> knownCompetencies) {
        var problems = new ArrayList<FieldProblem>();
        var nodes = new LinkedHashMap<String, ScenarioNode>();
        var optionIds = new HashSet<String>();
        var counters = new HashSet<String>(scenario.initialState().counters().keySet());
        counters.add(ScenarioState.MOOD);
        var names = new Names(counters, scenario.draws());
        if (!scenario.shuffle()
                && (scenario.shuffleReason() == null || scenario.shuffleReason().isBlank())) {
            problems.add(FieldProblem.of("shuffle", "scenario.shuffleReason"));
        }

        for (ScenarioNode node : scenario.nodes()) {
            var path = "nodes/" + node.id();
            if (nodes.putIfAbsent(node.id(), node) != null) {
                problems.add(FieldProblem.of(path, "scenario.duplicateNode", node.id()));
            }
            if (node instanceof Decision decision) {
                for (Option option : decision.options()) {
                    if (!optionIds.add(option.id())) {
                        problems.add(FieldProblem.of(
                                path + "/options/" + option.id(), "scenario.duplicateOption", option.id()));
                    }
                }
            }
        }
        if (!nodes.containsKey(scenario.start())) {
            problems.add(FieldProblem.of("start", "scenario.startMissing", scenario.start()));
        }
        for (ScenarioNode node : nodes.values()) {
            checkNode(node, nodes, names, knownCompetencies, problems);
            if (node instanceof Decision decision && scenario.replyAt(decision) == ReplyMode.OWN_WORDS) {
                checkOwnWords(decision, problems);
            }
        }
        // A link to a node that does not exist makes nodes unreachable and paths endless: consequences,
        // reported once the link is fixed, not beside (and before) their cause.
        boolean dangling = problems.stream().anyMatch(p -> p.messageKey().equals("scenario.targetMissing"));
        if (nodes.values().stream().noneMatch(Ending.class::isInstance)) {
            problems.add(FieldProblem.of("nodes", "scenario.noEndings"));
        } else if (nodes.containsKey(scenario.start()) && !dangling) {
            checkPaths(scenario.start(), nodes, problems);
        }
        return problems;
    }

    private static void checkOwnWords(Decision decision, List<FieldProblem> problems) {
        for (Option option : decision.options()) {
            if (option.examples().size() < MIN_EXAMPLES) {
                var path = "nodes/" + decision.id() + "/options/" + option.id();
                problems.add(FieldProblem.of(
                        option.examples().isEmpty() ? path : path + "/examples",
                        "scenario.ownWordsExamples",
                        option.id(),
                        MIN_EXAMPLES));
            }
        }
    }

    /** What conditions may read: mood and counters (compared with numbers), drawn names (with their values). */
    private record Names(Set<String> counters, Map<String, List<String>> draws) {}

    private static void checkNode(
            ScenarioNode node,
            Map<String, ScenarioNode> nodes,
            Names names,
            Set<CompetencyCode> knownCompetencies,
            List<FieldProblem> problems) {
        var path = "nodes/" + node.id();
        switch (node) {
            case Narration n -> {
                checkLines(path + "/lines", n.lines(), names, problems);
                checkNext(path + "/next", n.next(), nodes, names, problems);
            }
            case CustomerLine c -> {
                checkLines(path + "/lines", c.lines(), names, problems);
                checkNext(path + "/next", c.next(), nodes, names, problems);
            }
            case Decision d -> {
                if (d.options().isEmpty()) {
                    problems.add(FieldProblem.of(path + "/options", "scenario.noOptions", d.id()));
                } else if (d.options().stream().allMatch(o -> o.when() != null)) {
                    problems.add(FieldProblem.of(path + "/options", "scenario.noUnconditionalOption", d.id()));
                }
                for (Option option : d.options()) {
                    var optionPath = path + "/options/" + option.id();
                    checkNext(optionPath + "/next", option.next(), nodes, names, problems);
                    checkCondition(optionPath + "/when", option.when(), names, problems);
                    for (String counter : option.effects().keySet()) {
                        if (names.draws().containsKey(counter)) {
                            problems.add(FieldProblem.of(optionPath + "/effects", "scenario.effectOnDrawn", counter));
                        } else if (!names.counters().contains(counter)) {
                            problems.add(FieldProblem.of(optionPath + "/effects", "scenario.unknownCounter", counter));
                        }
                    }
                    for (Evidence evidence : option.evidence()) {
                        if (!knownCompetencies.contains(evidence.competency())) {
                            problems.add(FieldProblem.of(
                                    optionPath + "/evidence",
                                    "evidence.unknownCompetency",
                                    evidence.competency().value()));
                        }
                    }
                }
            }
            case Ending e -> {
                checkLines(path + "/title", e.titles(), names, problems);
                checkLines(path + "/debrief", e.debriefs(), names, problems);
            }
        }
    }

    private static void checkLines(String path, List<Line> lines, Names names, List<FieldProblem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            checkCondition(path + "/" + i + "/when", lines.get(i).when(), names, problems);
            if (lines.get(i).when() == null && i < lines.size() - 1) {
                problems.add(FieldProblem.of(path + "/" + (i + 1), "scenario.lineAfterDefault"));
            }
        }
        if (!lines.isEmpty() && lines.getLast().when() != null) {
            problems.add(FieldProblem.of(path + "/" + (lines.size() - 1), "scenario.lastLineConditional"));
        }
    }

    private static void checkNext(
            String path, Next next, Map<String, ScenarioNode> nodes, Names names, List<FieldProblem> problems) {
        var branches = next.branches();
        for (int i = 0; i < branches.size(); i++) {
            var branch = branches.get(i);
            var branchPath = next.isPlain() ? path : path + "/" + i;
            if (!nodes.containsKey(branch.target())) {
                problems.add(FieldProblem.of(
                        next.isPlain() ? path : branchPath + "/goto", "scenario.targetMissing", branch.target()));
            }
            checkCondition(branchPath + "/when", branch.when(), names, problems);
            if (branch.when() == null && i < branches.size() - 1) {
                problems.add(FieldProblem.of(path + "/" + (i + 1), "scenario.branchAfterDefault"));
            }
        }
        if (!branches.isEmpty() && branches.getLast().when() != null) {
            problems.add(FieldProblem.of(path + "/" + (branches.size() - 1), "scenario.lastBranchConditional"));
        }
    }

    private static void checkCondition(
            String path, @Nullable Condition condition, Names names, List<FieldProblem> problems) {
        if (condition == null) {
            return;
        }
        for (Condition.Term term : condition.terms()) {
            var values = names.draws().get(term.name());
            if (values != null) {
                if (term.word() == null) {
                    problems.add(
                            FieldProblem.of(path, "scenario.drawnNeedsValue", term.name(), String.join(", ", values)));
                } else if (!values.contains(term.word())) {
                    problems.add(FieldProblem.of(
                            path, "scenario.unknownDrawValue", term.name(), term.word(), String.join(", ", values)));
                }
            } else if (!names.counters().contains(term.name())) {
                problems.add(FieldProblem.of(path, "scenario.unknownCounter", term.name()));
            } else if (term.word() != null) {
                problems.add(FieldProblem.of(path, "scenario.counterNeedsNumber", term.name(), term.word()));
            }
        }
    }

    /** Every node is reachable from the start, and every reachable node can still reach an ending. */
    private static void checkPaths(String start, Map<String, ScenarioNode> nodes, List<FieldProblem> problems) {
        var successors = new HashMap<String, Set<String>>();
        var predecessors = new HashMap<String, Set<String>>();
        for (ScenarioNode node : nodes.values()) {
            for (String target : targets(node)) {
                if (nodes.containsKey(target)) {
                    successors.computeIfAbsent(node.id(), k -> new HashSet<>()).add(target);
                    predecessors.computeIfAbsent(target, k -> new HashSet<>()).add(node.id());
                }
            }
        }
        var reachable = closure(Set.of(start), successors);
        for (String id : nodes.keySet()) {
            if (!reachable.contains(id)) {
                problems.add(FieldProblem.of("nodes/" + id, "scenario.unreachable", id));
            }
        }
        var endings = nodes.values().stream()
                .filter(Ending.class::isInstance)
                .map(ScenarioNode::id)
                .collect(java.util.stream.Collectors.toSet());
        var canEnd = closure(endings, predecessors);
        for (String id : reachable) {
            if (!canEnd.contains(id)) {
                var onCycle = closure(successors.getOrDefault(id, Set.of()), successors)
                        .contains(id);
                problems.add(
                        FieldProblem.of("nodes/" + id, onCycle ? "scenario.loopWithoutExit" : "scenario.noEnding", id));
            }
        }
    }

    static List<String> targets(ScenarioNode node) {
        return switch (node) {
            case Narration n -> n.next().targets();
            case CustomerLine c -> c.next().targets();
            case Decision d ->
                d.options().stream().flatMap(o -> o.next().targets().stream()).toList();
            case Ending e -> List.of();
        };
    }

    private static Set<String> closure(Set<String> from, Map<String, Set<String>> edges) {
        var seen = new HashSet<String>(from);
        var queue = new ArrayDeque<String>(from);
        while (!queue.isEmpty()) {
            for (String next : edges.getOrDefault(queue.poll(), Set.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
