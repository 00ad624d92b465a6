package org.orienta.reporting.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Roles;
import org.orienta.base.SvgCharts;
import org.orienta.people.PersonId;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.ui.ProfilePanel;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.PersonReport;
import org.orienta.reporting.ReportFiles;
import org.orienta.reporting.ReportService;

/**
 * One person as HR sees them: the profile they see on My competencies (chart, levels, trends and the
 * evidence behind each level), their assignments and their attempts, with a PDF report. The levels may
 * count one evidence source only ({@code ?source=job}, as on the other reports).
 */
@Route("reports/people/:id")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class PersonReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int ATTEMPTS_IN_PDF = 30;

    private final transient ReportService reports;
    private final transient ReportExecutor executor;
    final Div content = new Div();
    private String title = "";
    private EvidenceFilter source = EvidenceFilter.ALL;

    PersonReportView(ReportService reports, ReportExecutor executor) {
        this.reports = reports;
        this.executor = executor;
        addClassName("orienta-page");
        addClassName("orienta-reports");
        setId("person-report");
        content.setId("person-content");
        title = getTranslation("reports.person.title", "");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PersonId id;
        try {
            id = new PersonId(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        source = ReportFilters.source(event.getLocation().getQueryParameters()).orElse(EvidenceFilter.ALL);
        removeAll();
        var back = new RouterLink(getTranslation("reports.back"), ReportsView.class);
        back.setQueryParameters(query(source));
        back.setId("back-to-reports");
        add(back, ReportParts.explanation(this), content);
        content.removeAll();
        try {
            var trainee = reports.trainee(id);
            if (trainee.isEmpty()) {
                content.add(new Paragraph(getTranslation("reports.person.notFound")));
                return;
            }
            title = getTranslation("reports.person.title", trainee.get().displayName());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            title = getTranslation("reports.title");
            content.add(new Paragraph(getTranslation("reports.denied")));
            return;
        }
        // Offered only to a reader who may see this person.
        addComponentAtIndex(indexOf(content), sources(id));
        var chosen = source;
        ReportLoader.load(content, executor, () -> reports.person(id, chosen), this::show);
    }

    /** The address parameters that choose an evidence source (none for all evidence). */
    static com.vaadin.flow.router.QueryParameters query(EvidenceFilter source) {
        return source == EvidenceFilter.ALL
                ? com.vaadin.flow.router.QueryParameters.empty()
                : com.vaadin.flow.router.QueryParameters.simple(
                        java.util.Map.of(ReportFilters.SOURCE, source.parameter()));
    }

    /**
     * The evidence-source choice as links to this page: one person has no other filter, and links need no
     * component this page does not load already; the current one is marked for screen readers too.
     */
    private Nav sources(PersonId id) {
        var nav = new Nav();
        nav.setId("person-sources");
        nav.addClassName("orienta-source-links");
        nav.getElement().setAttribute("aria-label", getTranslation("reports.filter.source"));
        var label = new Span(getTranslation("reports.filter.source"));
        label.addClassName("orienta-source-label");
        nav.add(label);
        for (var filter : EvidenceFilter.values()) {
            var link = new RouterLink(
                    ReportParts.sourceName(this, filter),
                    PersonReportView.class,
                    new RouteParameters("id", Long.toString(id.value())));
            link.setQueryParameters(query(filter));
            link.setId("person-source-" + filter.parameter());
            if (filter == source) {
                link.getElement().setAttribute("aria-current", "page");
                link.addClassName("orienta-source-current");
            }
            nav.add(link);
        }
        return nav;
    }

    private void show(PersonReport report) {
        var person = report.person();
        var where = new Paragraph(getTranslation(
                "reports.person.where",
                person.displayName(),
                person.departmentName() == null ? getTranslation("reports.row.noDepartment") : person.departmentName(),
                person.jobRoleName() == null ? getTranslation("reports.person.noJobRole") : person.jobRoleName()));
        where.setId("person-where");
        if (person.department() != null) {
            var department = new RouterLink(
                    getTranslation("reports.person.department", person.departmentName()),
                    DepartmentReportView.class,
                    new RouteParameters("id", Long.toString(person.department().value())));
            department.setId("person-department");
            content.add(department);
        }
        var panel = new ProfilePanel(this, code -> reports.evidence(person.id(), code), false);
        var levels = levelsTable(report);
        var assignments = assignmentsTable(report);
        var attempts = attemptsTable(report, Integer.MAX_VALUE);
        // The person and the evidence their levels count, on the page's line, in the files and the audit.
        var described = String.join(" · ", person.displayName(), ReportParts.sourceDescribed(this, source));
        var pdf = ReportParts.download(
                this,
                reports,
                "person-pdf",
                getTranslation("reports.export.pdf"),
                ReportsView.file(person.displayName(), "pdf"),
                "application/pdf",
                title,
                described,
                () -> ReportFiles.pdf(new ReportFiles.Report(
                        title,
                        List.of(where.getText(), ReportParts.coverageText(this, report.coverage(), described)),
                        getTranslation("reports.profile.chart.heading"),
                        ReportParts.chartHeader(this),
                        bars(report),
                        List.of(levels, assignments, attemptsTable(report, ATTEMPTS_IN_PDF)),
                        ReportParts.explanationLines(this),
                        getTranslation("reports.pdf.missingCharacters"),
                        getLocale())));
        var levelFiles = ReportParts.tableExports(
                this,
                reports,
                "person-levels",
                getTranslation("reports.file.levels", person.displayName()),
                levels,
                report.coverage(),
                described);
        content.add(where, ReportParts.coverage(this, report.coverage(), described));
        if (source != EvidenceFilter.ALL) {
            // The list under a level holds training evidence only: observations are not listed one by one.
            var note = new Paragraph(getTranslation(
                    source.includesTraining() ? "reports.person.source.training" : "reports.person.source.observed",
                    ReportParts.sourceName(this, source)));
            note.addClassNames("orienta-hint", "orienta-source-note");
            note.setId("person-source-note");
            content.add(note);
        }
        content.add(
                ReportParts.exports(levelFiles[0], levelFiles[1], pdf),
                panel.chart(report.profile()),
                panel.list(report.profile()));

        content.add(new H2(getTranslation("reports.person.assignments")));
        var assigned = new Grid<PersonReport.AssignmentLine>();
        assigned.setId("person-assignments");
        assigned.addThemeVariants(GridVariant.LUMO_COMPACT);
        assigned.addColumn(a -> a.title().in(getLocale()))
                .setHeader(getTranslation("reports.col.module"))
                .setFlexGrow(3);
        assigned.addColumn(a -> a.due() == null ? "–" : a.due().toString())
                .setHeader(getTranslation("reports.col.due"));
        assigned.addComponentColumn(a -> status(a.status())).setHeader(getTranslation("reports.col.status"));
        assigned.addColumn(a -> a.completed() + " / " + a.items()).setHeader(getTranslation("reports.col.itemsDone"));
        assigned.setItems(report.assignments());
        assigned.setAllRowsVisible(true);
        assigned.setEmptyStateText(getTranslation("reports.person.noAssignments"));
        content.add(assigned);

        content.add(new H2(getTranslation("reports.person.attempts")));
        var tried = new Grid<PersonReport.AttemptLine>();
        tried.setId("person-attempts");
        tried.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tried.addColumn(a -> a.title().in(getLocale()))
                .setHeader(getTranslation("reports.col.item"))
                .setFlexGrow(3);
        tried.addColumn(a -> getTranslation("item.kind." + a.kind())).setHeader(getTranslation("reports.col.kind"));
        tried.addColumn(a -> getTranslation("itemStatus." + a.status()))
                .setHeader(getTranslation("reports.col.status"));
        tried.addColumn(this::result).setHeader(getTranslation("reports.col.result"));
        tried.addColumn(a -> when(a.startedAt())).setHeader(getTranslation("reports.col.started"));
        tried.addColumn(a -> a.completedAt() == null ? "–" : when(a.completedAt()))
                .setHeader(getTranslation("reports.col.finished"));
        tried.setItems(report.attempts());
        tried.setHeight("24rem");
        tried.setEmptyStateText(getTranslation("reports.person.noAttempts"));
        var attemptFiles = ReportParts.tableExports(
                this,
                reports,
                "person-attempts",
                getTranslation("reports.file.attempts", person.displayName()),
                attempts,
                report.coverage(),
                described);
        content.add(tried, ReportParts.exports(attemptFiles));
    }

    private Badge status(ModuleStatus status) {
        var badge = new Badge(getTranslation("status." + status));
        badge.addThemeVariants(
                BadgeVariant.SMALL,
                switch (status) {
                    case COMPLETED -> BadgeVariant.SUCCESS;
                    case OVERDUE -> BadgeVariant.ERROR;
                    case IN_PROGRESS -> BadgeVariant.WARNING;
                    case NOT_STARTED -> BadgeVariant.CONTRAST;
                });
        return badge;
    }

    private String result(PersonReport.AttemptLine attempt) {
        if (attempt.outcome() != null) {
            return switch (attempt.outcome()) {
                case "low", "standard", "wow" -> getTranslation("result.outcome." + attempt.outcome());
                default -> getTranslation("result.outcome.other", attempt.outcome());
            };
        }
        return attempt.score() == null ? "–" : getTranslation("result.score", Math.round(attempt.score() * 100));
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(at.atOffset(ZoneOffset.UTC));
    }

    private List<SvgCharts.Bar> bars(PersonReport report) {
        var bars = new ArrayList<SvgCharts.Bar>();
        report.profile()
                .rows()
                .forEach(row -> bars.add(new SvgCharts.Bar(
                        row.competency().code().value() + " "
                                + row.competency().name().in(getLocale()),
                        row.estimate().level() == null
                                ? null
                                : row.estimate().level().doubleValue(),
                        (double) row.target())));
        return bars;
    }

    ReportFiles.Table levelsTable(PersonReport report) {
        var header = List.of(
                getTranslation("reports.col.competency"),
                getTranslation("reports.col.levelOnly"),
                getTranslation("reports.col.targetOnly"),
                getTranslation("reports.col.meanLevel"),
                getTranslation("reports.col.evidence"));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var row : report.profile().rows()) {
            var estimate = row.estimate();
            rows.add(java.util.Arrays.asList(
                    row.competency().code().value() + " "
                            + row.competency().name().in(getLocale()),
                    estimate.level(),
                    row.target(),
                    estimate.count() == 0 ? null : ReportFiles.level(estimate.mean()),
                    estimate.count()));
        }
        return new ReportFiles.Table(getTranslation("reports.person.levels"), header, rows);
    }

    ReportFiles.Table assignmentsTable(PersonReport report) {
        var header = List.of(
                getTranslation("reports.col.module"),
                getTranslation("reports.col.due"),
                getTranslation("reports.col.status"),
                getTranslation("reports.col.itemsDone"));
        var rows = new ArrayList<List<@Nullable Object>>();
        report.assignments()
                .forEach(a -> rows.add(java.util.Arrays.asList(
                        a.title().in(getLocale()),
                        a.due() == null ? "" : a.due().toString(),
                        getTranslation("status." + a.status()),
                        a.completed() + " / " + a.items())));
        return new ReportFiles.Table(getTranslation("reports.person.assignments"), header, rows);
    }

    ReportFiles.Table attemptsTable(PersonReport report, int limit) {
        var header = List.of(
                getTranslation("reports.col.item"),
                getTranslation("reports.col.kind"),
                getTranslation("reports.col.status"),
                getTranslation("reports.col.result"),
                getTranslation("reports.col.started"),
                getTranslation("reports.col.finished"));
        var rows = new ArrayList<List<@Nullable Object>>();
        report.attempts().stream()
                .limit(limit)
                .forEach(a -> rows.add(java.util.Arrays.asList(
                        a.title().in(getLocale()),
                        getTranslation("item.kind." + a.kind()),
                        getTranslation("itemStatus." + a.status()),
                        result(a),
                        when(a.startedAt()),
                        a.completedAt() == null ? "" : when(a.completedAt()))));
        return new ReportFiles.Table(getTranslation("reports.person.attempts"), header, rows);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
