package org.orienta.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Collation;
import org.orienta.base.Roles;
import org.orienta.base.SvgCharts;
import org.orienta.people.DepartmentId;
import org.orienta.reporting.DepartmentReport;
import org.orienta.reporting.PersonLevels;
import org.orienta.reporting.ReportFiles;
import org.orienta.reporting.ReportFilter;
import org.orienta.reporting.ReportService;

/**
 * One department: its levels against targets as a chart, and its people by competencies (for readers
 * who may see individuals), with CSV, XLSX and a PDF report.
 */
@Route("reports/departments/:id")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class DepartmentReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReportService reports;
    private final transient ReportExecutor executor;
    private final ReportFilters filters;
    private final ReportService.Options options;
    final Div content = new Div();
    private @Nullable DepartmentId department;
    private String title = "";
    private boolean reading;

    DepartmentReportView(ReportService reports, ReportExecutor executor, Clock clock) {
        this.reports = reports;
        this.executor = executor;
        addClassName("orienta-page");
        addClassName("orienta-reports");
        setId("department-report");
        options = reports.options();
        filters = new ReportFilters(options, clock, false);
        content.setId("department-content");
        filters.onChange(() -> {
            if (!reading && department != null) {
                filters.value()
                        .ifPresent(f -> getUI().ifPresent(ui -> ui.navigate(
                                DepartmentReportView.class,
                                new RouteParameters("id", Long.toString(department.value())),
                                ReportFilters.query(f, false))));
            }
        });
        title = getTranslation("reports.department.title", "");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        department = new DepartmentId(id);
        reading = true;
        try {
            filters.read(event.getLocation().getQueryParameters());
        } finally {
            reading = false;
        }
        var name =
                options.departments().stream().filter(d -> d.id().value() == id).findFirst();
        if (name.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = getTranslation("reports.department.title", name.get().name());
        removeAll();
        var back = new RouterLink(getTranslation("reports.back"), ReportsView.class);
        var filter = filters.value().orElse(ReportFilter.EVERYONE).withDepartment(department);
        back.setQueryParameters(ReportFilters.query(filter, true));
        back.setId("back-to-reports");
        add(back, ReportParts.explanation(this), filters, content);
        var chosen = filter;
        ReportLoader.load(content, executor, () -> reports.department(department, chosen), r -> show(r, chosen));
    }

    private void show(DepartmentReport report, ReportFilter filter) {
        var described = filters.describe(filter);
        var bars = bars(report);
        var ticks = List.of(
                getTranslation("level.1"),
                getTranslation("level.2"),
                getTranslation("level.3"),
                getTranslation("level.4.short"));
        var chart = new Svg(SvgCharts.levelBars(
                "department-chart",
                getTranslation("reports.department.chart", report.name()),
                getTranslation("reports.department.chartDescription", chartValues(bars)),
                bars,
                4,
                ticks,
                getTranslation("reports.cell.noLevel")));
        chart.addClassName("orienta-chart-box");
        chart.setId("department-chart");
        content.add(
                ReportParts.coverage(this, report.coverage(), described),
                new H2(getTranslation("reports.department.levels")),
                chart);
        var people = peopleTable(report);
        var summary = summaryTable(report);
        var name = title;
        var pdf = ReportParts.download(
                this,
                reports,
                "department-pdf",
                getTranslation("reports.export.pdf"),
                ReportsView.file(report.name(), "pdf"),
                "application/pdf",
                name,
                described,
                () -> ReportFiles.pdf(new ReportFiles.Report(
                        title,
                        ReportParts.about(this, report.coverage(), described).subList(0, 1),
                        getTranslation("reports.department.levels"),
                        ReportParts.chartHeader(this),
                        bars,
                        report.people().isEmpty() ? List.of(summary) : List.of(summary, peopleForPrint(report)),
                        ReportParts.explanationLines(this),
                        getTranslation("reports.pdf.missingCharacters"),
                        getLocale())));
        if (!report.coverage().individualsShown()) {
            content.add(new Paragraph(getTranslation("reports.department.individuals")), ReportParts.exports(pdf));
            return;
        }
        content.add(new H2(
                getTranslation("reports.department.people", report.people().size())));
        var grid = new Grid<PersonLevels>();
        grid.setId("department-people");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(p -> {
                    var link = new RouterLink(
                            p.name(), PersonReportView.class, new RouteParameters("id", Long.toString(p.id().value())));
                    // The person's levels from the same evidence as the department's.
                    link.setQueryParameters(PersonReportView.query(filter.source()));
                    link.setId("person-" + p.id().value());
                    return link;
                })
                .setHeader(getTranslation("reports.col.person"))
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(PersonLevels::name);
        grid.addColumn(p -> p.jobRole() == null ? "–" : p.jobRole())
                .setHeader(getTranslation("reports.col.jobRole"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        for (int i = 0; i < report.competencies().size(); i++) {
            int index = i;
            var competency = report.competencies().get(i);
            var header = new Span(competency.code());
            header.getElement().setAttribute("title", competency.name().in(getLocale()));
            grid.addComponentColumn(p -> level(p, index))
                    .setHeader(header)
                    .setWidth("5rem")
                    .setFlexGrow(0)
                    .setComparator(
                            p -> p.levels().get(index) == null ? 0 : p.levels().get(index));
        }
        grid.setItems(Collation.sorted(report.people(), PersonLevels::name, getLocale()));
        grid.setHeight("32rem");
        var files = ReportParts.tableExports(
                this,
                reports,
                "department",
                getTranslation("reports.file.people", report.name()),
                people,
                report.coverage(),
                described);
        content.add(grid, ReportParts.exports(files[0], files[1], pdf));
    }

    private Component level(PersonLevels person, int index) {
        var level = person.levels().get(index);
        int target = person.targets().get(index);
        var cell = new Span(level == null ? "–" : Integer.toString(level));
        cell.addClassNames(
                "orienta-level-cell",
                "orienta-person-level",
                ReportParts.gapClass(level == null ? null : (double) (target - level)));
        cell.getElement()
                .setAttribute(
                        "title",
                        level == null
                                ? getTranslation("reports.person.noLevel", target)
                                : getTranslation("reports.person.level", level, target));
        return cell;
    }

    /** The chart's values in words for screen readers, as its description: the chart is an image to them. */
    private String chartValues(List<SvgCharts.Bar> bars) {
        var values = new ArrayList<String>();
        for (var bar : bars) {
            values.add(
                    bar.value() == null
                            ? getTranslation("reports.department.chartValue.none", bar.label())
                            : bar.target() == null
                                    ? getTranslation(
                                            "reports.department.chartValue.noTarget",
                                            bar.label(),
                                            String.format(getLocale(), "%.1f", bar.value()))
                                    : getTranslation(
                                            "reports.department.chartValue",
                                            bar.label(),
                                            String.format(getLocale(), "%.1f", bar.value()),
                                            String.format(getLocale(), "%.1f", bar.target())));
        }
        return String.join("; ", values);
    }

    private List<SvgCharts.Bar> bars(DepartmentReport report) {
        var bars = new ArrayList<SvgCharts.Bar>();
        for (int i = 0; i < report.competencies().size(); i++) {
            var competency = report.competencies().get(i);
            var cell = report.summary().cells().get(i);
            bars.add(new SvgCharts.Bar(
                    competency.code() + " " + competency.name().in(getLocale()),
                    ReportFiles.level(cell.meanLevel()),
                    cell.hidden() || cell.withLevel() == 0
                            ? null
                            : ReportFiles.level(cell.targetSum() / cell.withLevel())));
        }
        return bars;
    }

    ReportFiles.Table summaryTable(DepartmentReport report) {
        var header = List.of(
                getTranslation("reports.col.competency"),
                getTranslation("reports.col.meanLevel"),
                getTranslation("reports.col.meanTarget"),
                getTranslation("reports.col.atTargetShare"),
                getTranslation("reports.col.withLevelCount"),
                getTranslation("reports.col.people"));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (int i = 0; i < report.competencies().size(); i++) {
            var competency = report.competencies().get(i);
            var cell = report.summary().cells().get(i);
            rows.add(java.util.Arrays.asList(
                    competency.code() + " " + competency.name().in(getLocale()),
                    ReportFiles.level(cell.meanLevel()),
                    cell.hidden() || cell.withLevel() == 0
                            ? null
                            : ReportFiles.level(cell.targetSum() / cell.withLevel()),
                    ReportFiles.percent(cell.shareAtTarget()),
                    cell.hidden() ? null : cell.withLevel(),
                    report.summary().people()));
        }
        return new ReportFiles.Table(getTranslation("reports.department.levels"), header, rows);
    }

    /** People by competency on paper: one column per competency, "level / target" in each cell. */
    ReportFiles.Table peopleForPrint(DepartmentReport report) {
        return people(
                report,
                getTranslation("reports.department.peopleForPrint"),
                c -> List.of(c.code()),
                (level, target) -> List.of((level == null ? "–" : level.toString()) + " / " + target));
    }

    /** People by competency for spreadsheets: a level column and a target column per competency. */
    ReportFiles.Table peopleTable(DepartmentReport report) {
        return people(
                report,
                getTranslation("reports.department.peopleTitle"),
                c -> List.of(
                        getTranslation("reports.col.level", c.code()), getTranslation("reports.col.target", c.code())),
                (level, target) -> java.util.Arrays.asList(level, target));
    }

    private ReportFiles.Table people(
            DepartmentReport report,
            String title,
            java.util.function.Function<org.orienta.reporting.CompetencyColumn, List<String>> headers,
            java.util.function.BiFunction<@Nullable Integer, Integer, List<@Nullable Object>> cells) {
        var header = new ArrayList<String>(
                List.of(getTranslation("reports.col.person"), getTranslation("reports.col.jobRole")));
        report.competencies().forEach(c -> header.addAll(headers.apply(c)));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var p : report.people()) {
            var row = new ArrayList<@Nullable Object>();
            row.add(p.name());
            row.add(p.jobRole() == null ? "" : p.jobRole());
            for (int i = 0; i < p.levels().size(); i++) {
                row.addAll(cells.apply(p.levels().get(i), p.targets().get(i)));
            }
            rows.add(row);
        }
        return new ReportFiles.Table(title, header, rows);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
