package org.orienta.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.orienta.base.ItemKind;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.competency.Evidence;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Option;

/** The audit's rules for one role-play. */
final class ScenarioAudit {

    private ScenarioAudit() {}

    /**
     * With {@code shuffled} given (the engine may not read the flag yet, the rule must work already), and
     * without playing the naive strategies unless {@code play}: the content list wants only the warnings.
     */
    static ItemAudit audit(
            String file,
            String text,
            YamlValue document,
            ReadContext context,
            ScenarioDefinition scenario,
            boolean shuffled,
            boolean play) {
        var warnings = new ArrayList<AuditWarning>();
        var decisions = scenario.decisions();
        var longestBest = new ArrayList<Decision>();
        var thin = new ArrayList<Decision>();
        var positions = new HashMap<Integer, List<Decision>>();
        int cued = 0;
        for (Decision decision : decisions) {
            var options = decision.options();
            if (options.size() < IntegrityAudit.MIN_OPTIONS) {
                thin.add(decision);
            }
            var lengths =
                    options.stream().map(o -> Lengths.of(o.say().english())).toList();
            var best = best(options);
            if (best.size() < options.size()) {
                cued++;
                if (best.stream().anyMatch(i -> Lengths.strictlyLongest(lengths, i))) {
                    longestBest.add(decision);
                }
                positions
                        .computeIfAbsent(best.getFirst(), i -> new ArrayList<>())
                        .add(decision);
            }
            for (int i = 0; i < options.size(); i++) {
                if (Lengths.outlier(lengths, i)) {
                    var option = options.get(i);
                    warnings.add(new AuditWarning(
                            file,
                            context.positionOf(optionPath(decision, option) + "/say"),
                            AuditRule.LENGTH_OUTLIER,
                            "integrity.lengthOutlier",
                            List.of(lengths.get(i), Math.round(Lengths.meanOfSiblings(lengths, i)))));
                }
            }
        }
        if (cued > 0 && longestBest.size() > IntegrityAudit.MAX_LONGEST_BEST * cued) {
            warnings.add(new AuditWarning(
                    file,
                    context.positionOf(nodePath(longestBest.getFirst())),
                    AuditRule.LENGTH_CUE,
                    "integrity.lengthCue",
                    List.of(
                            longestBest.size(),
                            cued,
                            IntegrityAudit.percent(longestBest.size(), cued),
                            ids(longestBest))));
        }
        if (!shuffled) {
            int compared = cued;
            positions.entrySet().stream()
                    .max(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(List::size)))
                    .filter(e -> compared > 1 && e.getValue().size() > IntegrityAudit.MAX_SAME_POSITION * compared)
                    .ifPresent(e -> warnings.add(new AuditWarning(
                            file,
                            context.positionOf("shuffle"),
                            AuditRule.POSITION_CUE,
                            "integrity.positionCue",
                            List.of(
                                    e.getKey() + 1,
                                    e.getValue().size(),
                                    compared,
                                    IntegrityAudit.percent(e.getValue().size(), compared)))));
        }
        if (!decisions.isEmpty() && thin.size() > IntegrityAudit.MAX_THIN * decisions.size()) {
            warnings.add(new AuditWarning(
                    file,
                    context.positionOf(nodePath(thin.getFirst())),
                    AuditRule.THIN_CHOICES,
                    "integrity.thinChoices",
                    List.of(
                            thin.size(),
                            decisions.size(),
                            IntegrityAudit.percent(thin.size(), decisions.size()),
                            ids(thin))));
        }
        if (decisions.size() > 1 && Simulation.linear(scenario)) {
            warnings.add(new AuditWarning(
                    file,
                    context.positionOf("start"),
                    AuditRule.LINEAR_GRAPH,
                    "integrity.linearGraph",
                    List.of(decisions.size())));
        }
        warnings.addAll(Citations.find(file, text, document));
        var strategies = !play
                ? null
                : new NaiveStrategies.RolePlay(
                        Simulation.outcome(scenario, Simulation.SEED, Simulation.longest()),
                        Simulation.outcome(scenario, Simulation.SEED, Simulation.first()),
                        Simulation.random(scenario),
                        Simulation.RANDOM_RUNS);
        return new ItemAudit(
                file,
                ItemKind.SCENARIO,
                scenario.id(),
                decisions.size(),
                decisions.size() - thin.size(),
                strategies,
                warnings);
    }

    /**
     * The indexes of the options with the highest evidence level a decision offers (an option without
     * evidence counts as level 0); all of them when they are equal, which makes nothing "best".
     */
    static List<Integer> best(List<Option> options) {
        var levels = options.stream().map(ScenarioAudit::level).toList();
        int top = levels.stream().mapToInt(Integer::intValue).max().orElse(0);
        var best = new ArrayList<Integer>();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) == top) {
                best.add(i);
            }
        }
        return best;
    }

    private static int level(Option option) {
        return option.evidence().stream().mapToInt(Evidence::level).max().orElse(0);
    }

    private static String nodePath(Decision decision) {
        return "nodes/" + decision.id();
    }

    private static String optionPath(Decision decision, Option option) {
        return nodePath(decision) + "/options/" + option.id();
    }

    /** "dp-greeting, dp-needs, dp-fee" (at most five, then "…"). */
    static String ids(List<Decision> decisions) {
        var ids = decisions.stream().map(Decision::id).toList();
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + ", …";
    }
}
