package org.orienta.authoring.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.GraphLayout;
import org.orienta.authoring.GraphLayout.Arrow;
import org.orienta.authoring.GraphLayout.Box;
import org.orienta.base.SafeHtml;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Narration;

/**
 * The scenario drawn as boxes and arrows, rendered on the server as one SVG (no client code to keep in
 * step with the model), inside a scrollable pane for panning, with zoom buttons. A click or Enter on a
 * node selects it; the editor shows it in the side panel.
 */
class ScenarioGraph extends Div {

    private static final double[] ZOOMS = {0.5, 0.67, 0.8, 1.0, 1.25, 1.5};

    private final Div pane = new Div();
    private final Svg svg = new Svg();
    private int zoom = 3;
    private int width;
    private int height;

    ScenarioGraph(Consumer<String> onSelect) {
        addClassName("orienta-graph");
        setId("scenario-graph");
        var zoomOut = new Button(VaadinIcon.MINUS.create(), e -> zoom(-1));
        zoomOut.setAriaLabel(getTranslation("editor.graph.zoomOut"));
        zoomOut.setId("graph-zoom-out");
        var zoomIn = new Button(VaadinIcon.PLUS.create(), e -> zoom(1));
        zoomIn.setAriaLabel(getTranslation("editor.graph.zoomIn"));
        zoomIn.setId("graph-zoom-in");
        var fit = new Button(getTranslation("editor.graph.reset"), e -> {
            zoom = 3;
            applyZoom();
        });
        fit.setId("graph-zoom-reset");
        for (Button b : new Button[] {zoomOut, zoomIn, fit}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var tools = new Div(zoomOut, zoomIn, fit);
        tools.addClassName("orienta-graph-tools");
        pane.addClassName("orienta-graph-pane");
        pane.add(svg);
        add(tools, pane);
        pane.getElement()
                .addEventListener("click", e -> {
                    var node = e.getEventData().get(NODE_UNDER_EVENT);
                    if (node != null && !node.asString("").isEmpty()) {
                        onSelect.accept(node.asString(""));
                    }
                })
                .addEventData(NODE_UNDER_EVENT);
        pane.getElement()
                .addEventListener("keydown", e -> {
                    var node = e.getEventData().get(NODE_UNDER_EVENT);
                    if (node != null && !node.asString("").isEmpty()) {
                        onSelect.accept(node.asString(""));
                    }
                })
                .addEventData(NODE_UNDER_EVENT)
                .setFilter("event.key === 'Enter' || event.key === ' '");
    }

    private static final String NODE_UNDER_EVENT = "event.target.closest('[data-node]') ? "
            + "event.target.closest('[data-node]').getAttribute('data-node') : ''";

    /** Figures drawn onto the graph by the path analytics: a note per node, a label per option arrow. */
    record Annotations(java.util.Map<String, String> nodes, java.util.Map<String, String> options) {}

    private @Nullable Annotations annotations;

    void annotate(@Nullable Annotations figures) {
        this.annotations = figures;
    }

    void show(ScenarioDefinition scenario, @Nullable String selected, Set<String> withProblems) {
        var layout = GraphLayout.of(scenario);
        // Figures on arrows that go round the right of the boxes need room beyond the widest row.
        width = layout.width() + (annotations == null ? 0 : FIGURE_ROOM);
        height = layout.height();
        var out = new StringBuilder();
        out.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("' role='group' aria-label='")
                .append(escape(getTranslation("editor.graph.label")))
                .append("'><defs><marker id='arrow-head' viewBox='0 0 10 10' refX='9' refY='5' markerWidth='7'"
                        + " markerHeight='7' orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z'"
                        + " class='orienta-graph-head'/></marker></defs>");
        // Options of one decision that lead to the same node share one arrow's place: their figures are
        // drawn together, one line per option named by its id, never on top of each other.
        var together = new java.util.LinkedHashMap<String, java.util.List<String>>();
        for (Arrow arrow : layout.arrows()) {
            together.computeIfAbsent(arrow.from() + ">" + arrow.to(), k -> new java.util.ArrayList<>())
                    .add(arrow.label());
        }
        var drawn = new java.util.HashSet<String>();
        for (Arrow arrow : layout.arrows()) {
            var from = layout.boxes().get(arrow.from());
            var to = layout.boxes().get(arrow.to());
            var pair = arrow.from() + ">" + arrow.to();
            out.append(path(from, to, arrow, drawn.add(pair) ? together.get(pair) : java.util.List.of()));
        }
        for (Box box : layout.boxes().values()) {
            out.append(box(
                    box,
                    box.node().id().equals(selected),
                    withProblems.contains(box.node().id()),
                    box.node().id().equals(scenario.start())));
        }
        out.append("</svg>");
        svg.setSvg(out.toString());
        applyZoom();
        if (selected == null) {
            // Rows are centred; on a narrow screen, start with the centre (where the start node is) in view.
            pane.getElement()
                    .executeJs("requestAnimationFrame(() => { this.scrollLeft = Math.max(0,"
                            + " (this.scrollWidth - this.clientWidth) / 2); });");
        }
    }

    private void zoom(int step) {
        zoom = Math.clamp(zoom + step, 0, ZOOMS.length - 1);
        applyZoom();
    }

    private void applyZoom() {
        var factor = ZOOMS[zoom];
        svg.getElement().getStyle().set("width", Math.round(width * factor) + "px");
        svg.getElement().getStyle().set("height", Math.round(height * factor) + "px");
    }

    private String path(Box from, Box to, Arrow arrow, java.util.List<String> labelsHere) {
        double x1 = from.x() + GraphLayout.NODE_WIDTH / 2.0;
        double y1 = from.y() + GraphLayout.NODE_HEIGHT;
        double x2 = to.x() + GraphLayout.NODE_WIDTH / 2.0;
        double y2 = to.y();
        String d;
        if (arrow.back()) {
            // Back and sideways arrows go round the right of the boxes, so they never cross a box's text.
            double side = Math.max(from.x(), to.x()) + GraphLayout.NODE_WIDTH + 14;
            d = "M" + (from.x() + GraphLayout.NODE_WIDTH) + "," + (from.y() + GraphLayout.NODE_HEIGHT / 2.0)
                    + " C" + side + "," + (from.y() + GraphLayout.NODE_HEIGHT / 2.0) + " " + side + ","
                    + (to.y() + GraphLayout.NODE_HEIGHT / 2.0) + " " + (to.x() + GraphLayout.NODE_WIDTH) + ","
                    + (to.y() + GraphLayout.NODE_HEIGHT / 2.0);
        } else {
            double mid = (y1 + y2) / 2;
            d = "M" + x1 + "," + y1 + " C" + x1 + "," + mid + " " + x2 + "," + mid + " " + x2 + "," + (y2 - 2);
        }
        var title = arrow.label().isEmpty() ? "" : "<title>" + escape(arrow.label()) + "</title>";
        var path = "<path class='orienta-graph-arrow' d='" + d + "' marker-end='url(#arrow-head)'>" + title + "</path>";
        if (annotations == null) {
            return path;
        }
        var lines = new java.util.ArrayList<String>();
        for (String option : labelsHere) {
            var figure = annotations.options().get(arrow.from() + "/" + option);
            if (figure != null) {
                lines.add(getTranslation("analytics.optionShare", option, figure));
            }
        }
        if (lines.isEmpty()) {
            return path;
        }
        // The shares sit on their arrow, a little above the target so arrows into one node stay apart;
        // several options on one arrow stack upwards, one line each.
        double lx = arrow.back() ? Math.max(from.x(), to.x()) + GraphLayout.NODE_WIDTH + 16 : (x1 * 0.35 + x2 * 0.65);
        double ly = arrow.back() ? (from.y() + to.y()) / 2.0 + GraphLayout.NODE_HEIGHT / 2.0 : (y1 * 0.35 + y2 * 0.65);
        var text = new StringBuilder("<text class='orienta-graph-figure' text-anchor='")
                .append(arrow.back() ? "start" : "middle")
                .append("' x='")
                .append(lx)
                .append("' y='")
                .append(ly - (lines.size() - 1) * FIGURE_LINE)
                .append("'>");
        for (int i = 0; i < lines.size(); i++) {
            text.append("<tspan x='")
                    .append(lx)
                    .append("' dy='")
                    .append(i == 0 ? 0 : FIGURE_LINE)
                    .append("'>")
                    .append(escape(lines.get(i)))
                    .append("</tspan>");
        }
        return path + text.append("</text>");
    }

    /** Room to the right for the figures of back arrows, in the SVG's units. */
    static final int FIGURE_ROOM = 200;

    /** The height of one line of figures on an arrow, in the SVG's units. */
    static final int FIGURE_LINE = 14;

    private String box(Box box, boolean selected, boolean problem, boolean start) {
        var node = box.node();
        var kind = kind(node);
        var classes = "orienta-graph-node orienta-graph-" + kind + (selected ? " selected" : "")
                + (problem ? " problem" : "");
        var note = annotations == null ? null : annotations.nodes().get(node.id());
        var label = getTranslation("editor.node." + kind);
        if (start) {
            label = getTranslation("text.meta", label, getTranslation("editor.graph.start"));
        }
        if (note != null) {
            label = getTranslation("text.meta", label, note);
        }
        var text = shorten(summary(node), 28);
        return "<g class='" + classes + "' data-node='" + escape(node.id()) + "' tabindex='0' role='button'"
                + " aria-label='" + escape(label + ": " + node.id() + ". " + summary(node)) + "' id='node-"
                + escape(node.id()) + "' transform='translate(" + box.x() + "," + box.y() + ")'>"
                + "<rect width='" + GraphLayout.NODE_WIDTH + "' height='" + GraphLayout.NODE_HEIGHT + "' rx='10'/>"
                + "<text x='10' y='20' class='orienta-graph-kind'>" + escape(label) + "</text>"
                + "<text x='10' y='38' class='orienta-graph-id'>" + escape(shorten(node.id(), 26)) + "</text>"
                + "<text x='10' y='55' class='orienta-graph-text'>" + escape(text) + "</text></g>";
    }

    static String kind(ScenarioNode node) {
        return switch (node) {
            case CustomerLine c -> "customer";
            case Narration n -> "narration";
            case Decision d -> "decision";
            case Ending e ->
                "ending-"
                        + (Set.of(Ending.LOW, Ending.STANDARD, Ending.WOW).contains(e.outcome())
                                ? e.outcome()
                                : "other");
        };
    }

    private static String summary(ScenarioNode node) {
        var text = switch (node) {
            case CustomerLine c -> c.lines().getLast().text().english();
            case Narration n -> n.lines().getLast().text().english();
            case Decision d ->
                d.prompt() != null ? d.prompt().english() : d.options().size() + " options";
            case Ending e -> e.title().english();
        };
        return SafeHtml.plainText(text).replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
