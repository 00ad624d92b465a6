package org.orienta.observation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.base.Roles;
import org.orienta.observation.MysteryShoppingRow;
import org.orienta.observation.ObservationReportService;
import org.orienta.observation.ObservedSource;
import org.orienta.observation.TrainingVsJobRow;

/**
 * HR's view of training beside the job: per department and competency, the level the training shows
 * next to the level observed, the gap highlighted, and how many observations stand behind each figure;
 * then mystery shopping per branch and month.
 */
@Route("reports/observations")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Menu(order = 51, title = "nav.trainingVsJob", icon = "vaadin:scale-unbalance")
class TrainingVsJobView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MONTHS = 12;

    private final transient ObservationReportService reports;
    private final transient Clock clock;
    final Select<ObservedSource> source = new Select<>();
    final Grid<TrainingVsJobRow> gaps = new Grid<>();
    final Grid<MysteryShoppingRow> visits = new Grid<>();

    TrainingVsJobView(ObservationReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        addClassName("orienta-page");
        setId("training-vs-job");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Paragraph(getTranslation("observation.hr.intro")));
        source.setId("observed-source");
        source.setLabel(getTranslation("observation.hr.source"));
        source.setItems(ObservedSource.values());
        source.setItemLabelGenerator(s -> getTranslation("observation.hr.source." + s.name()));
        source.setValue(ObservedSource.ALL);
        source.addValueChangeListener(e -> gaps.setItems(reports.trainingVsJob(e.getValue())));
        var locale = getLocale();
        gaps.setId("training-vs-job-grid");
        gaps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        gaps.setAllRowsVisible(true);
        gaps.addColumn(TrainingVsJobRow::department)
                .setHeader(getTranslation("observation.hr.department"))
                .setAutoWidth(true);
        gaps.addColumn(r -> getTranslation(
                        "observation.hr.competencyName",
                        r.competency().value(),
                        r.competencyName().in(locale)))
                .setHeader(getTranslation("observation.hr.competency"))
                .setFlexGrow(2);
        gaps.addColumn(r -> figure(r.training(), r.trainingPeople(), "observation.hr.people"))
                .setHeader(getTranslation("observation.hr.training"));
        gaps.addColumn(r -> figure(r.observed(), r.observations(), "observation.hr.observations"))
                .setHeader(getTranslation("observation.hr.observed"));
        gaps.addComponentColumn(this::gap).setHeader(getTranslation("observation.hr.gap"));
        var rows = reports.trainingVsJob(ObservedSource.ALL);
        gaps.setItems(rows);
        var none = new Paragraph(getTranslation("observation.hr.none"));
        none.setId("training-vs-job-none");
        none.setVisible(rows.isEmpty());
        add(source, gaps, none);

        var since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(MONTHS - 1L);
        add(new H2(getTranslation("observation.hr.mystery.title")));
        var months = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        visits.setId("mystery-shopping-grid");
        visits.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        visits.setAllRowsVisible(true);
        visits.addColumn(MysteryShoppingRow::branch).setHeader(getTranslation("observation.hr.mystery.branch"));
        visits.addColumn(r -> r.month().format(months)).setHeader(getTranslation("observation.hr.mystery.month"));
        visits.addColumn(MysteryShoppingRow::visits).setHeader(getTranslation("observation.hr.mystery.visits"));
        visits.addColumn(r -> Formats.percent(r.doneShare(), locale))
                .setHeader(getTranslation("observation.hr.mystery.done"));
        var shopped = reports.mysteryShopping(since);
        visits.setItems(shopped);
        var noVisits = new Paragraph(getTranslation("observation.hr.mystery.none", MONTHS));
        noVisits.setId("mystery-shopping-none");
        noVisits.setVisible(shopped.isEmpty());
        add(visits, noVisits);
    }

    String figure(@Nullable Double mean, int count, String countKey) {
        if (mean == null) {
            // No evidence at all is a dash; evidence over too few people is withheld, and says so.
            return count == 0 ? "–" : getTranslation("observation.hr.hidden");
        }
        return getTranslation(
                "observation.hr.figure", String.format(getLocale(), "%.1f", mean), getTranslation(countKey, count));
    }

    private Span gap(TrainingVsJobRow row) {
        var gap = row.gap();
        var text = new Span(gap == null ? "–" : String.format(getLocale(), "%+.1f", gap));
        if (row.notable()) {
            text.addClassName("orienta-gap");
            text.getElement().setAttribute("title", getTranslation("observation.hr.notable"));
            text.setText(getTranslation("observation.hr.gapNotable", String.format(getLocale(), "%+.1f", gap)));
        }
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.hr.title");
    }
}
