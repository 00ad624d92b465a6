package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.orienta.authoring.ContentKind;
import org.orienta.base.Roles;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.progress.analytics.AnalyticsService;
import org.orienta.progress.analytics.AnalyticsService.Filter;
import org.orienta.progress.analytics.ItemStatistics.ItemStat;
import org.orienta.scenario.ScenarioNode.Decision;

/**
 * How trainees actually went through an item, from assessed, finished attempts: for a role-play the
 * editor's graph with each option's share and count, the endings reached and where low endings come
 * from; for a quiz or an exercise the item analysis with flags. Filtered by department and period.
 */
@Route("analytics/:kind/:key")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class AnalyticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Select<DepartmentOption> department = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Div results = new Div();
    private final transient AnalyticsService analytics;
    private final transient PeopleService people;
    private ContentKind kind = ContentKind.SCENARIO;
    private String key = "";

    AnalyticsView(AnalyticsService analytics, PeopleService people) {
        this.analytics = analytics;
        this.people = people;
        addClassName("orienta-page");
        setId("analytics");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.title", key);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            kind = ContentKind.fromWord(event.getRouteParameters().get("kind").orElse(""));
            key = event.getRouteParameters().get("key").orElse("");
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (kind != ContentKind.SCENARIO && kind != ContentKind.QUIZ && kind != ContentKind.EXERCISE) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        var back = new Anchor("content/" + kind.word() + "/" + key, getTranslation("analytics.back"));
        var intro = new Paragraph(getTranslation("analytics.intro"));
        intro.addClassName("orienta-hint");
        department.setId("analytics-department");
        department.setLabel(getTranslation("assignments.col.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d == null ? getTranslation("reviews.allDepartments") : d.name());
        department.setEmptySelectionAllowed(true);
        from.setLabel(getTranslation("analytics.from"));
        from.setId("analytics-from");
        to.setLabel(getTranslation("analytics.to"));
        to.setId("analytics-to");
        department.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new Div(department, from, to);
        filters.addClassName("orienta-actions");
        results.setId("analytics-results");
        add(back, intro, filters, results);
        try {
            refresh();
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void refresh() {
        results.removeAll();
        var filter = new Filter(
                department.getValue() == null ? null : department.getValue().id(), from.getValue(), to.getValue());
        if (kind == ContentKind.SCENARIO) {
            paths(filter);
        } else {
            var report = kind == ContentKind.QUIZ ? analytics.quiz(key, filter) : analytics.exercise(key, filter);
            if (report.hiddenAttempts() > 0) {
                results.add(new H2(report.title()), hidden(report.hiddenAttempts(), report.minimumGroupSize()));
                return;
            }
            results.add(new H2(report.title()), new Paragraph(getTranslation("analytics.attempts", report.attempts())));
            results.add(items(report.items(), report.labels()));
        }
    }

    /** Why there is nothing to see although people finished: too few of them to stay anonymous. */
    private Paragraph hidden(int runs, int minimumGroupSize) {
        var note = new Paragraph(getTranslation("analytics.hidden", runs, minimumGroupSize));
        note.setId("analytics-hidden");
        note.addClassName("orienta-hint");
        return note;
    }

    private void paths(Filter filter) {
        var report = analytics.paths(key, filter);
        var scenario = report.scenario();
        if (report.hiddenRuns() > 0) {
            results.add(new H2(scenario.title().english()), hidden(report.hiddenRuns(), report.minimumGroupSize()));
            return;
        }
        results.add(new H2(scenario.title().english()), new Paragraph(getTranslation("analytics.runs", report.runs())));
        var nodes = new HashMap<String, String>();
        var options = new HashMap<String, String>();
        for (Decision decision : scenario.decisions()) {
            long reached = report.reached(decision.id());
            if (reached > 0) {
                nodes.put(decision.id(), getTranslation("analytics.reached", reached));
            }
            var counts = report.choices().getOrDefault(decision.id(), Map.of());
            for (var option : decision.options()) {
                long n = counts.getOrDefault(option.id(), 0L);
                if (reached > 0) {
                    options.put(
                            decision.id() + "/" + option.id(),
                            getTranslation("analytics.share", Math.round(100.0 * n / reached), n));
                }
            }
        }
        report.endings()
                .forEach((ending, n) -> nodes.put(
                        ending,
                        getTranslation("analytics.share", Math.round(100.0 * n / Math.max(1, report.runs())), n)));
        var graph = new ScenarioGraph(id -> {});
        graph.annotate(new ScenarioGraph.Annotations(nodes, options));
        graph.show(scenario, null, Set.of());
        results.add(graph);
        var method = new Paragraph(getTranslation("analytics.lowMethod"));
        method.setId("low-sources-method");
        method.addClassName("orienta-hint");
        var low = new Div(new H3(getTranslation("analytics.lowSources")), method);
        low.setId("low-sources");
        long lowRuns = report.endings().entrySet().stream()
                .filter(e -> scenario.node(e.getKey())
                        .filter(n -> n instanceof org.orienta.scenario.ScenarioNode.Ending end
                                && end.outcome().equals(org.orienta.scenario.ScenarioNode.Ending.LOW))
                        .isPresent())
                .mapToLong(Map.Entry::getValue)
                .sum();
        if (report.lowEndingSources().isEmpty()) {
            low.add(new Paragraph(getTranslation("analytics.lowNone")));
        } else {
            var list = new UnorderedList();
            report.lowEndingSources().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> {
                        var parts = e.getKey().split("/", 2);
                        var said = scenario.node(parts[0])
                                .filter(Decision.class::isInstance)
                                .map(Decision.class::cast)
                                .flatMap(d -> d.option(parts[1]))
                                .map(o -> o.say().english())
                                .orElse(parts[1]);
                        list.add(new ListItem(
                                getTranslation("analytics.lowSource", parts[0], said, e.getValue(), lowRuns)));
                    });
            low.add(list);
        }
        results.add(low);
        if (scenario.hasOwnWords()) {
            results.add(unplaced(scenario));
        }
    }

    /** What trainees typed that no option covers, per decision, grouped by what it says. */
    private Component unplaced(org.orienta.scenario.ScenarioDefinition scenario) {
        var intro = new Paragraph(getTranslation("ownWords.analytics.intro"));
        intro.addClassName("orienta-hint");
        var box = new Div(new H3(getTranslation("ownWords.analytics.title")), intro);
        box.setId("unplaced-replies");
        java.util.List<AnalyticsService.UnplacedReplies> decisions;
        try {
            decisions = analytics.unplacedReplies(key);
        } catch (org.orienta.ownwords.OwnWordsUnavailableException e) {
            box.add(new Paragraph(getTranslation("ownWords.editor.unavailable")));
            return box;
        }
        if (decisions.isEmpty()) {
            box.add(new Paragraph(getTranslation("ownWords.analytics.none")));
        }
        for (var decision : decisions) {
            var prompt = scenario.node(decision.decisionId())
                    .filter(Decision.class::isInstance)
                    .map(Decision.class::cast)
                    .map(d -> d.prompt() == null ? d.id() : d.prompt().english())
                    .orElse(decision.decisionId());
            box.add(new com.vaadin.flow.component.html.H4(getTranslation("ownWords.analytics.decision", prompt)));
            if (decision.hiddenReplies() > 0) {
                box.add(hidden(decision.hiddenReplies(), decision.minimumGroupSize()));
                continue;
            }
            var list = new UnorderedList();
            for (var group : decision.groups()) {
                var item = new ListItem(getTranslation(
                        "ownWords.analytics.group",
                        group.replies().size(),
                        org.orienta.base.Formats.quote(group.replies().getFirst(), getLocale())));
                item.addClassName("orienta-unplaced-group");
                list.add(item);
            }
            box.add(list);
        }
        return box;
    }

    private Component items(java.util.List<ItemStat> stats, Map<String, String> labels) {
        var grid = new Grid<ItemStat>();
        grid.setId("item-statistics");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> labels.getOrDefault(s.item(), s.item()))
                .setHeader(getTranslation("analytics.item"))
                .setFlexGrow(5);
        grid.addColumn(ItemStat::responses)
                .setHeader(getTranslation("analytics.responses"))
                .setFlexGrow(1);
        grid.addColumn(s -> Math.round(s.facility() * 100) + " %")
                .setHeader(getTranslation("analytics.facility"))
                .setFlexGrow(1);
        grid.addColumn(s -> s.discrimination() == null ? "–" : String.format(Locale.ROOT, "%.2f", s.discrimination()))
                .setHeader(getTranslation("analytics.discrimination"))
                .setFlexGrow(1);
        grid.addColumn(s -> s.meanSeconds() == null ? "–" : Math.round(s.meanSeconds()) + " s")
                .setHeader(getTranslation("analytics.time"))
                .setFlexGrow(1);
        grid.addComponentColumn(s -> {
                    var box = new Div();
                    box.addClassName("orienta-badges");
                    s.flags().forEach(f -> {
                        var badge = new Badge(getTranslation("analytics.flag." + f.name()));
                        badge.addThemeVariants(BadgeVariant.WARNING, BadgeVariant.SMALL);
                        box.add(badge);
                    });
                    return box;
                })
                .setHeader(getTranslation("analytics.flags"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.answers().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(4)
                        .map(e -> shorten(e.getKey()) + ": " + e.getValue())
                        .collect(Collectors.joining(" · ")))
                .setHeader(getTranslation("analytics.answers"))
                .setFlexGrow(3);
        grid.setItems(stats);
        grid.setEmptyStateText(getTranslation("analytics.empty"));
        var note = new Paragraph(getTranslation("analytics.itemsNote"));
        note.addClassName("orienta-hint");
        return new Div(grid, note);
    }

    private static String shorten(String answer) {
        return answer.length() <= 40 ? answer : answer.substring(0, 39) + "…";
    }
}
