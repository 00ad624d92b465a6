package org.orienta.authoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Narration;

/**
 * Lays a scenario graph out top to bottom: each node in the row of its shortest distance from the start,
 * in the order the conversation reaches it, so the trainer reads the graph as the customer lives it.
 * Nodes nothing reaches get a row of their own at the bottom, where they stand out. Computed on the
 * server in linear time, so a 60-node scenario lays out in well under a millisecond.
 */
public final class GraphLayout {

    public static final int NODE_WIDTH = 200;
    public static final int NODE_HEIGHT = 64;
    public static final int COLUMN_GAP = 28;
    public static final int ROW_GAP = 56;
    public static final int MARGIN = 16;

    /** A node's box. */
    public record Box(ScenarioNode node, int row, int x, int y) {}

    /** An arrow from a node (or one of a decision's options) to the node it leads to. */
    public record Arrow(String from, String to, String label, boolean back) {}

    public record Layout(
            Map<String, Box> boxes, List<Arrow> arrows, List<String> missingTargets, int width, int height) {}

    private GraphLayout() {}

    public static Layout of(ScenarioDefinition scenario) {
        var nodes = scenario.nodesById();
        var rows = new LinkedHashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        if (nodes.containsKey(scenario.start())) {
            rows.put(scenario.start(), 0);
            queue.add(scenario.start());
        }
        while (!queue.isEmpty()) {
            var id = queue.poll();
            for (String target : targets(nodes.get(id))) {
                if (nodes.containsKey(target) && !rows.containsKey(target)) {
                    rows.put(target, rows.get(id) + 1);
                    queue.add(target);
                }
            }
        }
        int unreachedRow =
                rows.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (String id : nodes.keySet()) {
            rows.putIfAbsent(id, unreachedRow);
        }
        var byRow = new LinkedHashMap<Integer, List<String>>();
        rows.forEach(
                (id, row) -> byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(id));
        int widest = byRow.values().stream().mapToInt(List::size).max().orElse(1);
        int width = MARGIN * 2 + widest * NODE_WIDTH + (widest - 1) * COLUMN_GAP;
        var boxes = new LinkedHashMap<String, Box>();
        byRow.forEach((row, ids) -> {
            int rowWidth = ids.size() * NODE_WIDTH + (ids.size() - 1) * COLUMN_GAP;
            int x = (width - rowWidth) / 2;
            for (String id : ids) {
                boxes.put(id, new Box(nodes.get(id), row, x, MARGIN + row * (NODE_HEIGHT + ROW_GAP)));
                x += NODE_WIDTH + COLUMN_GAP;
            }
        });
        var arrows = new ArrayList<Arrow>();
        var missing = new LinkedHashSet<String>();
        for (ScenarioNode node : nodes.values()) {
            if (node instanceof Decision d) {
                for (ScenarioNode.Option option : d.options()) {
                    for (String target : option.next().targets()) {
                        arrow(arrows, missing, boxes, d.id(), target, option.id());
                    }
                }
            } else {
                for (String target : targets(node)) {
                    arrow(arrows, missing, boxes, node.id(), target, "");
                }
            }
        }
        int rowsUsed = byRow.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int height = MARGIN * 2 + rowsUsed * NODE_HEIGHT + (rowsUsed - 1) * ROW_GAP;
        return new Layout(boxes, arrows, List.copyOf(missing), Math.max(width, NODE_WIDTH + 2 * MARGIN), height);
    }

    private static void arrow(
            List<Arrow> arrows, Set<String> missing, Map<String, Box> boxes, String from, String to, String label) {
        var target = boxes.get(to);
        if (target == null) {
            missing.add(to);
            return;
        }
        arrows.add(new Arrow(from, to, label, target.row() <= boxes.get(from).row()));
    }

    static List<String> targets(ScenarioNode node) {
        return switch (node) {
            case Narration n -> n.next().targets();
            case CustomerLine c -> c.next().targets();
            case Decision d ->
                d.options().stream()
                        .flatMap(o -> o.next().targets().stream())
                        .distinct()
                        .toList();
            case Ending e -> List.of();
        };
    }
}
