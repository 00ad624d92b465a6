package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.content.ContentProblem;
import org.orienta.scenario.Next;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * A role-play: its graph with the selected node's side panel, and its header in a tab of its own. A
 * problem on a node leads to that node; any node can be played from.
 */
class ScenarioEditor extends Div implements KindEditor {

    private static final Pattern NODE_TEXT = Pattern.compile("nodes-(\\d+)-(.+)");
    private final Host host;
    private final ScenarioGraph graph = new ScenarioGraph(this::select);
    private final Div side = new Div();
    private final Div headerTab = new Div();
    private @Nullable TabSheet tabs;
    private @Nullable ScenarioHeaderForm headerForm;
    private @Nullable NodeForm form;
    private @Nullable ScenarioDefinition scenario;
    private @Nullable String selected;
    private Set<String> withProblems = Set.of();

    ScenarioEditor(Host host) {
        this.host = host;
        setId("scenario-editor");
        side.setId("side-panel");
        side.addClassName("orienta-side-panel");
        var canvas = new Div(addNodeBar(), graph);
        canvas.addClassName("orienta-graph-canvas");
        add(canvas, side);
        addClassName("orienta-graph-layout");
        headerTab.setId("header-tab");
        translating();
    }

    /** In another language the side panel widens, so the English can stand beside each field. */
    private void translating() {
        getElement().getClassList().set("orienta-translating", !EditorLanguage.isEnglish(host.language()));
    }

    @Override
    public void addTabs(TabSheet tabs) {
        this.tabs = tabs;
        tabs.add(getTranslation("editor.tab.graph"), this).setId("tab-graph");
        tabs.add(getTranslation("editor.tab.header"), headerTab).setId("tab-header");
    }

    @Override
    public void show(String text, List<ContentProblem> problems) {
        scenario = host.authoring().readScenario(text).orElse(null);
        withProblems = problems.stream().flatMap(p -> p.node().stream()).collect(Collectors.toSet());
        showHeader();
        if (scenario != null) {
            graph.show(scenario, selected, withProblems);
            graph.setVisible(true);
            if (form != null) {
                form.scenarioChanged(scenario);
            }
            if (selected != null && scenario.node(selected).isEmpty()) {
                select(null);
            } else if (form == null) {
                renderSide();
            }
        } else {
            graph.setVisible(false);
            side.removeAll();
            form = null;
            side.add(new Paragraph(getTranslation("editor.graph.unreadable")));
        }
    }

    @Override
    public boolean goTo(ContentProblem problem) {
        var node = problem.node();
        if (node.isPresent() && scenario != null && scenario.node(node.get()).isPresent() && tabs != null) {
            tabs.setSelectedIndex(0);
            select(node.get());
            return true;
        }
        return false;
    }

    @Override
    public void languageChanged() {
        headerForm = null;
        form = null;
        translating();
    }

    @Override
    public Optional<Object> definition() {
        return Optional.ofNullable(scenario);
    }

    /** A node's text selects the node and moves to its field; a header text opens the header tab. */
    @Override
    public boolean goToText(String path) {
        if (scenario == null || tabs == null) {
            return false;
        }
        var node = NODE_TEXT.matcher(path);
        if (node.matches()) {
            int index = Integer.parseInt(node.group(1)) - 1;
            if (index >= scenario.nodes().size()) {
                return false;
            }
            tabs.setSelectedIndex(0);
            select(scenario.nodes().get(index).id());
            return form != null && form.focus(node.group(2));
        }
        tabs.setSelectedIndex(1);
        return headerForm != null && headerForm.focus(path);
    }

    @Override
    public Optional<Preview> preview() {
        return Optional.of(
                new Preview("editor.previewStart", () -> playFrom(scenario == null ? "" : scenario.start())));
    }

    @Override
    public boolean audited() {
        return true;
    }

    @Override
    public boolean played() {
        return true;
    }

    /** Shows a node in the side panel (the graph reports clicks here), or the hint for none. */
    void select(@Nullable String nodeId) {
        selected = nodeId;
        renderSide();
        if (scenario != null) {
            graph.show(scenario, selected, withProblems);
        }
    }

    private Component addNodeBar() {
        var bar = new Div(new Span(getTranslation("editor.addNode")));
        bar.addClassName("orienta-add-node");
        for (String type : List.of("customer", "narration", "decision", "ending")) {
            var button = new Button(
                    getTranslation("editor.node." + (type.equals("ending") ? "ending-standard" : type)),
                    VaadinIcon.PLUS.create(),
                    e -> addNode(type));
            button.setId("add-" + type);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(button);
        }
        return bar;
    }

    private void renderSide() {
        side.removeAll();
        form = null;
        if (scenario == null) {
            return;
        }
        if (selected == null || scenario.node(selected).isEmpty()) {
            var hint = new Paragraph(getTranslation("editor.side.hint"));
            hint.addClassName("orienta-hint");
            side.add(hint);
            return;
        }
        form = new NodeForm(scenario, selected, host.language(), new NodeForm.Editor() {
            @Override
            public void change(UnaryOperator<ScenarioDefinition> change) {
                applyStructural(change);
            }

            @Override
            public void playFrom(String nodeId) {
                ScenarioEditor.this.playFrom(nodeId);
            }

            @Override
            public void select(@Nullable String nodeId) {
                ScenarioEditor.this.select(nodeId);
            }

            @Override
            public org.orienta.ownwords.@Nullable OwnWordsService ownWords() {
                return host.ownWords();
            }
        });
        side.add(form);
    }

    /** The role-play's header fields, in their own tab; an unreadable text is fixed in the source first. */
    private void showHeader() {
        if (scenario == null) {
            headerTab.removeAll();
            headerForm = null;
            headerTab.add(new Paragraph(getTranslation("editor.graph.unreadable")));
        } else if (headerForm == null) {
            headerTab.removeAll();
            headerForm = new ScenarioHeaderForm(scenario, host.language(), this::applyStructural);
            headerTab.add(headerForm);
        } else {
            headerForm.show(scenario);
        }
    }

    private void applyStructural(UnaryOperator<ScenarioDefinition> change) {
        if (scenario == null) {
            return;
        }
        host.save(host.authoring().write(change.apply(scenario)));
    }

    private void addNode(String type) {
        if (scenario == null) {
            return;
        }
        var taken = scenario.nodes().stream().map(ScenarioNode::id).collect(Collectors.toSet());
        int n = 1;
        while (taken.contains(type + "-" + n)) {
            n++;
        }
        var id = type + "-" + n;
        ScenarioNode node = switch (type) {
            case "customer" ->
                new CustomerLine(id, List.of(new Line(null, text("editor.new.customer"))), null, Next.to("unlinked"));
            case "narration" ->
                new Narration(id, List.of(new Line(null, text("editor.new.narration"))), Next.to("unlinked"));
            case "decision" ->
                new Decision(
                        id,
                        text("editor.new.prompt"),
                        List.of(new Option(
                                NodeForm.freeOptionId(scenario),
                                text("editor.new.option.say"),
                                text("editor.new.option.feedback"),
                                Next.to("unlinked"),
                                List.of(),
                                Map.of(),
                                null)));
            default ->
                new Ending(
                        id,
                        Ending.STANDARD,
                        text("editor.new.ending.title"),
                        text("editor.new.ending.debrief"),
                        List.of());
        };
        selected = id;
        applyStructural(s -> NodeForm.withNode(s, node));
        renderSide();
    }

    private LocalizedText text(String translationKey) {
        return LocalizedText.english(getTranslation(translationKey));
    }

    private void playFrom(String nodeId) {
        if (scenario != null) {
            new PlayFromDialog(scenario, nodeId, host.ownWords()).open();
        }
    }
}
