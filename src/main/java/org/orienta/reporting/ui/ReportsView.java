package org.orienta.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Roles;
import org.orienta.base.SvgCharts;
import org.orienta.reporting.CompletionReport;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.OrgMatrix;
import org.orienta.reporting.ReportFiles;
import org.orienta.reporting.ReportFilter;
import org.orienta.reporting.ReportService;
import org.orienta.reporting.TrendReport;

/**
 * HR's reports: the organisation matrix (departments by competencies), completion of assignments, and
 * trends, all under the same filters, each computed in the background and exportable.
 */
@Route("reports")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 50, title = "nav.reports", icon = "vaadin:chart-grid")
class ReportsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReportService reports;
    private final transient ReportExecutor executor;
    private final ReportFilters filters;
    final TabSheet tabs = new TabSheet();
    final Div matrix = new Div();
    final Div completion = new Div();
    final Div trends = new Div();
    private final List<Div> holders = List.of(matrix, completion, trends);
    private static final List<String> TABS = List.of("matrix", "completion", "trends");
    /** The filter each tab was last computed for: a tab is computed again only when it changed. */
    private final ReportFilter[] computed = new ReportFilter[3];

    private boolean reading;

    ReportsView(ReportService reports, ReportExecutor executor, Clock clock) {
        this.reports = reports;
        this.executor = executor;
        addClassName("orienta-page");
        addClassName("orienta-reports");
        setId("reports");
        filters = new ReportFilters(reports.options(), clock, true);
        matrix.setId("matrix-report");
        completion.setId("completion-report");
        trends.setId("trends-report");
        tabs.add(getTranslation("reports.tab.matrix"), matrix).setId("tab-matrix");
        tabs.add(getTranslation("reports.tab.completion"), completion).setId("tab-completion");
        tabs.add(getTranslation("reports.tab.trends"), trends).setId("tab-trends");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> {
            if (!reading) {
                remember();
                refresh();
            }
        });
        filters.onChange(() -> {
            if (!reading) {
                remember();
                refresh();
            }
        });
        add(ReportParts.explanation(this), filters, tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reading = true;
        try {
            var query = event.getLocation().getQueryParameters();
            filters.read(query);
            var tab = query.getSingleParameter("tab").map(TABS::indexOf).orElse(0);
            tabs.setSelectedIndex(Math.max(0, tab));
        } finally {
            reading = false;
        }
        refresh();
    }

    /** Keeps the filters and the tab in the address, so the report can be bookmarked and drilling back returns here. */
    private void remember() {
        filters.value().ifPresent(filter -> {
            var query =
                    new java.util.HashMap<>(ReportFilters.query(filter, true).getParameters());
            query.put("tab", List.of(TABS.get(Math.max(0, tabs.getSelectedIndex()))));
            var location =
                    new com.vaadin.flow.router.Location("reports", new com.vaadin.flow.router.QueryParameters(query));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
        });
    }

    /** Computes the visible tab's report if the filters changed since it was last computed. */
    private void refresh() {
        int tab = tabs.getSelectedIndex();
        var filter = filters.value();
        if (tab < 0 || filter.isEmpty() || filter.get().equals(computed[tab])) {
            return;
        }
        computed[tab] = filter.get();
        var holder = holders.get(tab);
        var chosen = filter.get();
        switch (tab) {
            case 0 -> ReportLoader.load(holder, executor, () -> reports.matrix(chosen), m -> showMatrix(m, chosen));
            case 1 ->
                ReportLoader.load(holder, executor, () -> reports.completion(chosen), c -> showCompletion(c, chosen));
            default -> ReportLoader.load(holder, executor, () -> reports.trends(chosen), t -> showTrends(t, chosen));
        }
    }

    // --- organisation matrix --------------------------------------------------------------------------

    private void showMatrix(OrgMatrix report, ReportFilter filter) {
        var described = filters.describe(filter);
        var grid = new Grid<org.orienta.reporting.MatrixRow>();
        grid.setId("matrix-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(row -> departmentLink(row, filter))
                .setHeader(getTranslation("reports.col.department"))
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(org.orienta.reporting.MatrixRow::people)
                .setHeader(getTranslation("reports.col.people"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (int i = 0; i < report.competencies().size(); i++) {
            int index = i;
            var competency = report.competencies().get(i);
            // Code and name; a long name is cut to two lines on screen, its whole text on hover and
            // for screen readers (which read the element's text, not what the style cuts).
            var name = competency.name().in(getLocale());
            var code = new Span(competency.code());
            code.addClassName("orienta-matrix-code");
            var full = new Span(name);
            full.addClassName("orienta-matrix-name");
            var header = new Div(code, full);
            header.addClassName("orienta-matrix-header");
            header.setId("matrix-header-" + competency.code());
            header.getElement().setAttribute("title", competency.code() + " " + name);
            grid.addComponentColumn(row -> ReportParts.cell(
                            this,
                            row.cells().get(index),
                            competency.code() + " " + competency.name().in(getLocale()),
                            rowName(row)))
                    .setHeader(header)
                    .setWidth("7.5rem")
                    .setFlexGrow(0);
        }
        var rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        grid.setItems(rows);
        grid.setPartNameGenerator(row -> row.total() ? "orienta-total-row" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reports.empty"));
        matrix.add(
                ReportParts.coverage(this, report.coverage(), described),
                legend(),
                grid,
                ReportParts.exports(ReportParts.tableExports(
                        this,
                        reports,
                        "matrix",
                        "organisation-matrix",
                        matrixTable(report),
                        report.coverage(),
                        described)));
    }

    private Component departmentLink(org.orienta.reporting.MatrixRow row, ReportFilter filter) {
        if (row.department() == null) {
            var name = new Span(rowName(row));
            name.addClassName("orienta-cell-title");
            return name;
        }
        var link = new RouterLink(
                row.name(),
                DepartmentReportView.class,
                new com.vaadin.flow.router.RouteParameters(
                        "id", Long.toString(row.department().value())));
        link.setQueryParameters(ReportFilters.query(filter, false));
        link.setId("department-" + row.department().value());
        return link;
    }

    private String rowName(org.orienta.reporting.MatrixRow row) {
        if (row.total()) {
            return getTranslation("reports.row.total");
        }
        return row.department() == null ? getTranslation("reports.row.noDepartment") : row.name();
    }

    ReportFiles.Table matrixTable(OrgMatrix report) {
        var header = new ArrayList<String>(
                List.of(getTranslation("reports.col.department"), getTranslation("reports.col.people")));
        for (var c : report.competencies()) {
            header.add(getTranslation("reports.col.mean", c.code()));
            header.add(getTranslation("reports.col.atTarget", c.code()));
            header.add(getTranslation("reports.col.withLevel", c.code()));
        }
        var rows = new ArrayList<List<@Nullable Object>>();
        var all = new ArrayList<>(report.rows());
        all.add(report.total());
        for (var row : all) {
            var cells = new ArrayList<@Nullable Object>();
            cells.add(rowName(row));
            cells.add(row.people());
            for (var cell : row.cells()) {
                cells.add(ReportFiles.level(cell.meanLevel()));
                cells.add(ReportFiles.percent(cell.shareAtTarget()));
                cells.add(cell.hidden() ? null : cell.withLevel());
            }
            rows.add(cells);
        }
        return new ReportFiles.Table(getTranslation("reports.tab.matrix"), header, rows);
    }

    private Component legend() {
        var legend = new Div();
        legend.addClassName("orienta-gap-legend");
        for (var kind : List.of("ok", "near", "below", "none")) {
            var swatch = new Span(getTranslation("reports.legend.sign." + kind));
            swatch.addClassNames("orienta-legend-swatch", "orienta-gap-" + kind);
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new Span(swatch, new Span(getTranslation("reports.legend." + kind))));
        }
        var cell = new Span(getTranslation("reports.legend.cell"));
        cell.addClassName("orienta-hint");
        legend.add(cell);
        return legend;
    }

    // --- completion -----------------------------------------------------------------------------------

    private void showCompletion(CompletionReport report, ReportFilter filter) {
        // Completion counts assignments and attempts, not evidence: the source is said not to apply.
        var described = filters.describe(filter, false);
        if (filter.source() != EvidenceFilter.ALL) {
            var note = new Paragraph(
                    getTranslation("reports.source.notForCompletion", filters.sourceName(filter.source())));
            note.addClassNames("orienta-hint", "orienta-source-note");
            note.setId("completion-source-note");
            completion.add(note);
        }
        var grid = new Grid<CompletionReport.Row>();
        grid.setId("completion-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r == report.total()
                        ? getTranslation("reports.row.total")
                        : r.department().isEmpty() ? getTranslation("reports.row.noDepartment") : r.department())
                .setHeader(getTranslation("reports.col.department"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.title().in(getLocale()))
                .setHeader(getTranslation("reports.col.module"))
                .setAutoWidth(true);
        grid.addColumn(CompletionReport.Row::assigned).setHeader(getTranslation("reports.col.assigned"));
        grid.addColumn(r -> shown(r, r.completed())).setHeader(getTranslation("reports.col.completed"));
        grid.addColumn(r -> shown(r, r.inProgress())).setHeader(getTranslation("reports.col.inProgress"));
        grid.addColumn(r -> shown(r, r.notStarted())).setHeader(getTranslation("reports.col.notStarted"));
        grid.addColumn(r -> shown(r, r.overdue())).setHeader(getTranslation("reports.col.overdue"));
        grid.addComponentColumn(r -> r.hidden() ? new Span("–") : progressBar(r.completedShare()))
                .setHeader(getTranslation("reports.col.completedShare"))
                .setWidth("9rem")
                .setFlexGrow(0);
        var rows = new ArrayList<>(report.rows());
        if (!rows.isEmpty()) {
            rows.add(report.total());
        }
        grid.setItems(rows);
        grid.setPartNameGenerator(row -> row == report.total() ? "orienta-total-row" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("reports.completion.empty"));
        completion.add(
                ReportParts.coverage(this, report.coverage(), described),
                grid,
                ReportParts.exports(ReportParts.tableExports(
                        this,
                        reports,
                        "completion",
                        "completion",
                        completionTable(report),
                        report.coverage(),
                        described)));
        completion.add(new H2(getTranslation("reports.overdue.title")));
        if (!report.coverage().individualsShown()) {
            completion.add(new Paragraph(getTranslation("reports.overdue.individuals")));
            return;
        }
        var overdue = new Grid<CompletionReport.Overdue>();
        overdue.setId("overdue-grid");
        overdue.addThemeVariants(GridVariant.LUMO_COMPACT);
        overdue.addComponentColumn(o -> {
                    var link = new RouterLink(
                            o.name(),
                            PersonReportView.class,
                            new com.vaadin.flow.router.RouteParameters(
                                    "id", Long.toString(o.person().value())));
                    return link;
                })
                .setHeader(getTranslation("reports.col.person"))
                .setAutoWidth(true);
        overdue.addColumn(CompletionReport.Overdue::department).setHeader(getTranslation("reports.col.department"));
        overdue.addColumn(o -> o.module().in(getLocale())).setHeader(getTranslation("reports.col.module"));
        overdue.addColumn(o -> date(o.due())).setHeader(getTranslation("reports.col.due"));
        overdue.addColumn(CompletionReport.Overdue::daysOverdue).setHeader(getTranslation("reports.col.daysOverdue"));
        overdue.addColumn(o -> o.completed() + " / " + o.items()).setHeader(getTranslation("reports.col.itemsDone"));
        overdue.setItems(report.overdue());
        overdue.setEmptyStateText(getTranslation("reports.overdue.none"));
        overdue.setHeight("24rem");
        completion.add(
                overdue,
                ReportParts.exports(ReportParts.tableExports(
                        this, reports, "overdue", "overdue", overdueTable(report), report.coverage(), described)));
    }

    private String shown(CompletionReport.Row row, int value) {
        return row.hidden() ? "–" : Integer.toString(value);
    }

    private Component progressBar(double share) {
        var bar = new com.vaadin.flow.component.progressbar.ProgressBar(0, 1, share);
        var label = new Span(ReportFiles.percent(share) + " %");
        // A progress bar needs a name of its own (WCAG 4.1.2); its value is the percentage beside it.
        bar.getElement().setAttribute("aria-label", getTranslation("reports.completion.bar"));
        bar.getElement().setAttribute("aria-valuetext", label.getText());
        var box = new Div(bar, label);
        box.addClassName("orienta-completion-share");
        return box;
    }

    ReportFiles.Table completionTable(CompletionReport report) {
        var header = List.of(
                getTranslation("reports.col.department"),
                getTranslation("reports.col.module"),
                getTranslation("reports.col.assigned"),
                getTranslation("reports.col.completed"),
                getTranslation("reports.col.inProgress"),
                getTranslation("reports.col.notStarted"),
                getTranslation("reports.col.overdue"),
                getTranslation("reports.col.completedShare"));
        var rows = new ArrayList<List<@Nullable Object>>();
        var all = new ArrayList<>(report.rows());
        all.add(report.total());
        for (var r : all) {
            var total = r == report.total();
            rows.add(java.util.Arrays.asList(
                    total
                            ? getTranslation("reports.row.total")
                            : r.department().isEmpty() ? getTranslation("reports.row.noDepartment") : r.department(),
                    total ? "" : r.title().in(getLocale()),
                    r.assigned(),
                    r.hidden() ? null : r.completed(),
                    r.hidden() ? null : r.inProgress(),
                    r.hidden() ? null : r.notStarted(),
                    r.hidden() ? null : r.overdue(),
                    r.hidden() ? null : ReportFiles.percent(r.completedShare())));
        }
        return new ReportFiles.Table(getTranslation("reports.tab.completion"), header, rows);
    }

    ReportFiles.Table overdueTable(CompletionReport report) {
        var header = List.of(
                getTranslation("reports.col.person"),
                getTranslation("reports.col.department"),
                getTranslation("reports.col.module"),
                getTranslation("reports.col.due"),
                getTranslation("reports.col.daysOverdue"),
                getTranslation("reports.col.itemsDone"));
        var rows = new ArrayList<List<@Nullable Object>>();
        report.overdue()
                .forEach(o -> rows.add(java.util.Arrays.asList(
                        o.name(),
                        o.department(),
                        o.module().in(getLocale()),
                        o.due().toString(),
                        o.daysOverdue(),
                        o.completed() + " / " + o.items())));
        return new ReportFiles.Table(getTranslation("reports.overdue.title"), header, rows);
    }

    // --- trends ---------------------------------------------------------------------------------------

    private void showTrends(TrendReport report, ReportFilter filter) {
        var described = filters.describe(filter);
        var coverage = new Paragraph(ReportParts.coverageText(
                this,
                report.coverage(),
                described.replace(
                        filters.period(filter.from(), filter.to()),
                        filters.period(
                                report.months().getFirst(), report.months().getLast()))));
        coverage.addClassNames("orienta-hint", "orienta-report-coverage");
        var intro = new Paragraph(getTranslation("reports.trends.intro"));
        intro.addClassName("orienta-hint");
        var grid = new Grid<TrendReport.Series>();
        grid.setId("trends-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(s -> s.competency().code() + " " + s.competency().name().in(getLocale()))
                .setHeader(getTranslation("reports.col.competency"))
                .setFrozen(true)
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addComponentColumn(s -> {
                    var values = new ArrayList<@Nullable Double>(s.means());
                    var svg = new Svg(SvgCharts.sparkline(
                            getTranslation(
                                    "competencies.trend",
                                    s.competency().name().in(getLocale()),
                                    trendValues(report.months(), values)),
                            values,
                            4));
                    svg.addClassName("orienta-sparkline-box");
                    return svg;
                })
                .setHeader(getTranslation("reports.col.trend"))
                .setWidth("8rem")
                .setFlexGrow(0);
        for (int i = 0; i < report.months().size(); i++) {
            int index = i;
            grid.addColumn(s -> {
                        var mean = ReportFiles.level(s.means().get(index));
                        return mean == null ? "–" : ReportFiles.text(mean, getLocale());
                    })
                    .setHeader(filters.month(report.months().get(i)))
                    .setWidth("5.5rem")
                    .setFlexGrow(0)
                    // The newest month stays in view at the right edge however narrow the screen.
                    .setFrozenToEnd(i == report.months().size() - 1)
                    .setTooltipGenerator(s ->
                            getTranslation("reports.trends.people", s.people().get(index)));
        }
        grid.setItems(report.series());
        grid.setAllRowsVisible(true);
        trends.add(
                coverage,
                intro,
                grid,
                ReportParts.exports(ReportParts.tableExports(
                        this, reports, "trends", "trends", trendTable(report), report.coverage(), described)));
        var beforeAfter = report.beforeAfter();
        if (beforeAfter == null) {
            var hint = new Paragraph(getTranslation("reports.beforeAfter.choose"));
            hint.addClassName("orienta-hint");
            trends.add(hint);
            return;
        }
        trends.add(
                new H2(getTranslation(
                        "reports.beforeAfter.title", beforeAfter.title().in(getLocale()))),
                new Paragraph(getTranslation("reports.beforeAfter.intro", beforeAfter.people())));
        var changes = new Grid<TrendReport.Change>();
        changes.setId("before-after-grid");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.addColumn(
                        c -> c.competency().code() + " " + c.competency().name().in(getLocale()))
                .setHeader(getTranslation("reports.col.competency"))
                .setFlexGrow(2);
        changes.addColumn(c -> level(c.before())).setHeader(getTranslation("reports.col.before"));
        changes.addColumn(c -> level(c.after())).setHeader(getTranslation("reports.col.after"));
        changes.addColumn(c -> c.before() == null || c.after() == null
                        ? "–"
                        : String.format(
                                java.util.Locale.ROOT,
                                "%+.1f",
                                ReportFiles.level(c.after()) - ReportFiles.level(c.before())))
                .setHeader(getTranslation("reports.col.change"));
        changes.addColumn(c -> c.peopleBefore() + " / " + c.peopleAfter())
                .setHeader(getTranslation("reports.col.peopleBeforeAfter"));
        changes.setItems(beforeAfter.changes());
        changes.setAllRowsVisible(true);
        trends.add(changes);
    }

    private String level(@Nullable Double mean) {
        var value = ReportFiles.level(mean);
        return value == null ? "–" : ReportFiles.text(value, getLocale());
    }

    /** A trend's values in words for screen readers: "Jul 2026: 2.4, Aug 2026: no level". */
    private String trendValues(List<java.time.YearMonth> months, List<@Nullable Double> values) {
        var points = new ArrayList<String>();
        for (int i = 0; i < months.size() && i < values.size(); i++) {
            var month = months.get(i).getMonth().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()) + " "
                    + months.get(i).getYear();
            var value = values.get(i);
            points.add(getTranslation(
                    "competencies.trend.point",
                    month,
                    value == null
                            ? getTranslation("competencies.trend.none")
                            : String.format(getLocale(), "%.1f", value)));
        }
        return points.isEmpty() ? getTranslation("competencies.trend.empty") : String.join(", ", points);
    }

    ReportFiles.Table trendTable(TrendReport report) {
        var header = new ArrayList<String>(List.of(getTranslation("reports.col.competency")));
        report.months().forEach(m -> header.add(m.toString()));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var s : report.series()) {
            var cells = new ArrayList<@Nullable Object>();
            cells.add(s.competency().code() + " " + s.competency().name().in(getLocale()));
            s.means().forEach(m -> cells.add(ReportFiles.level(m)));
            rows.add(cells);
        }
        return new ReportFiles.Table(getTranslation("reports.tab.trends"), header, rows);
    }

    private String date(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(getLocale()));
    }

    /**
     * A download's file name: Orienta, what it is (a person's or department's name), the date. Only
     * letters without accents, digits and hyphens, so the name works on every system and in every mail.
     */
    static String file(String name, String extension) {
        return file(name, extension, LocalDate.now());
    }

    static String file(String name, String extension, LocalDate date) {
        var plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("đ", "d")
                .replace("Đ", "D")
                .replace("ł", "l")
                .replace("Ł", "L")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return "orienta-" + (plain.isEmpty() ? "report" : plain) + "-" + date + "." + extension;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
