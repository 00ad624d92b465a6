package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orienta.base.SvgCharts;
import org.orienta.people.Roles;
import org.orienta.progress.AttemptService;
import org.orienta.progress.CompetencyProfile;
import org.orienta.progress.CompetencyRow;
import org.orienta.progress.EvidenceItem;
import org.orienta.progress.MyTrainingService;
import org.orienta.progress.ProficiencyService;
import org.orienta.progress.Recommendation;

/**
 * My competencies: where I stand in each of the ten competencies against my job role's target, how it
 * developed, the choices and answers behind each level, and what to learn next. Levels are advisory.
 */
@Route("my-competencies")
@RolesAllowed(Roles.TRAINEE)
@Menu(order = 2, title = "nav.myCompetencies", icon = "vaadin:chart-3d")
class MyCompetenciesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProficiencyService proficiency;
    private final transient MyTrainingService training;
    private final transient AttemptService attempts;

    MyCompetenciesView(ProficiencyService proficiency, MyTrainingService training, AttemptService attempts) {
        this.proficiency = proficiency;
        this.training = training;
        this.attempts = attempts;
        addClassName("orienta-page");
        setId("my-competencies");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var profile = proficiency.myProfile();
        var intro = new Paragraph(getTranslation("competencies.intro"));
        var how = new Details(getTranslation("competencies.how.title"),
                new Paragraph(getTranslation("competencies.how.text")));
        how.setId("how-levels-work");
        add(intro, how, chart(profile), new RecommendationCards(proficiency.myRecommendations(), training, attempts), list(profile));
    }

    private Component chart(CompetencyProfile profile) {
        var bars = new ArrayList<SvgCharts.Bar>();
        for (CompetencyRow row : profile.rows()) {
            var level = row.estimate().level();
            bars.add(new SvgCharts.Bar(row.competency().code().value() + " " + Texts.plain(row.competency().name()),
                    level == null ? null : level.doubleValue(), (double) row.target()));
        }
        var ticks = List.of(getTranslation("level.1"), getTranslation("level.2"), getTranslation("level.3"),
                getTranslation("level.4.short"));
        var svg = new Svg(SvgCharts.levelBars("profile-chart", getTranslation("competencies.chart.title"),
                getTranslation("competencies.chart.description"), bars, 4, ticks,
                getTranslation("competencies.notEnough")));
        svg.setId("profile-chart");
        svg.addClassName("orienta-chart-box");
        var legend = new Div(legend("chart-legend-bar", "competencies.legend.current"),
                legend("chart-legend-below", "competencies.legend.below"),
                legend("chart-legend-target", "competencies.legend.target"));
        legend.addClassName("orienta-chart-legend");
        var note = profile.defaultTargets() ? new Paragraph(getTranslation("competencies.defaultTargets"))
                : new Paragraph(getTranslation("competencies.targetsFor", profile.jobRole()));
        note.addClassName("orienta-hint");
        var section = new Section(new H2(getTranslation("competencies.chart.heading")), svg, legend, note);
        section.addClassName("orienta-section");
        return section;
    }

    private Component legend(String className, String key) {
        var swatch = new Span();
        swatch.addClassNames("orienta-legend-swatch", className);
        return new Span(swatch, new Span(getTranslation(key)));
    }

    private Component list(CompetencyProfile profile) {
        var section = new Section(new H2(getTranslation("competencies.list.title")));
        section.addClassName("orienta-page-section");
        section.setId("competency-list");
        for (CompetencyRow row : profile.rows()) {
            section.add(competency(row));
        }
        return section;
    }

    private Component competency(CompetencyRow row) {
        var code = row.competency().code().value();
        var name = new Span(code + " · " + Texts.plain(row.competency().name()));
        name.addClassName("orienta-cell-title");
        var level = row.estimate().level();
        var levelBadge = new Badge(level == null ? getTranslation("competencies.notEnough")
                : getTranslation("level." + level));
        levelBadge.addThemeVariants(BadgeVariant.SMALL, level == null ? BadgeVariant.CONTRAST
                : row.gap() != null && row.gap() > 0 ? BadgeVariant.WARNING : BadgeVariant.SUCCESS);
        var target = new Span(getTranslation("competencies.target", getTranslation("level." + row.target())));
        target.addClassName("orienta-cell-detail");
        // Months without a level leave a gap; written out because a ternary would unbox the null.
        var values = new java.util.ArrayList<Double>();
        row.trend().forEach(p -> values.add(p.level() == null ? null : Double.valueOf(p.mean())));
        var trend = new Svg(SvgCharts.sparkline(getTranslation("competencies.trend", Texts.plain(row.competency()
                .name())), values, 4));
        trend.addClassName("orienta-sparkline-box");
        var summary = new Div(new Div(name, target), new Div(levelBadge, trend));
        summary.addClassName("orienta-competency-summary");
        var details = new Details(summary);
        details.setId("competency-" + code);
        details.addClassName("orienta-competency");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(explanation(row));
            }
        });
        return details;
    }

    private Component explanation(CompetencyRow row) {
        var body = new Div();
        body.addClassName("orienta-competency-body");
        body.add(new Paragraph(Texts.plain(row.competency().definition())));
        var level = row.estimate().level();
        if (level != null) {
            body.add(describe("competencies.looksLike.current", level, row));
            body.add(new Paragraph(getTranslation("competencies.confidence",
                    getTranslation(row.estimate().confidence() < 0.4 ? "competencies.confidence.low"
                            : row.estimate().confidence() < 0.7 ? "competencies.confidence.medium"
                                    : "competencies.confidence.high"),
                    row.estimate().count())));
        } else {
            body.add(new Paragraph(getTranslation("competencies.notEnough.text", row.estimate().count())));
        }
        if (level == null || level < row.target()) {
            body.add(describe("competencies.looksLike.target", row.target(), row));
        }
        body.add(new H3(getTranslation("competencies.evidence.title")));
        var evidence = proficiency.myEvidence(row.competency().code());
        if (evidence.isEmpty()) {
            body.add(new Paragraph(getTranslation("competencies.evidence.none")));
        }
        var list = new Div();
        list.addClassName("orienta-evidence-items");
        evidence.forEach(item -> list.add(evidenceItem(item)));
        body.add(list);
        return body;
    }

    private Component describe(String key, int level, CompetencyRow row) {
        var text = new Paragraph(getTranslation(key, getTranslation("level." + level),
                Texts.plain(row.competency().name()), Texts.plain(row.competency().descriptor(level))));
        text.addClassName("orienta-descriptor");
        return text;
    }

    private Component evidenceItem(EvidenceItem item) {
        var when = item.at().atZone(ZoneId.systemDefault()).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
        var head = new Div(new Span(Texts.plain(item.itemTitle())), new Badge(getTranslation("level." + item.level())),
                new Span(when));
        head.addClassName("orienta-evidence-head");
        var box = new Div(head);
        box.addClassName("orienta-evidence-item");
        if (item.said() != null) {
            box.add(new Paragraph(getTranslation("competencies.evidence.said", Texts.plain(item.said()))));
        }
        if (item.feedback() != null) {
            var feedback = Texts.markdown(item.feedback());
            box.add(feedback);
        }
        // The review opens at the decision or question this evidence came from.
        var open = new Anchor("attempt/" + item.attempt() + (item.step() == null ? "" : "?focus="
                + java.net.URLEncoder.encode(item.step(), java.nio.charset.StandardCharsets.UTF_8)),
                getTranslation("competencies.evidence.open"));
        open.setId("evidence-" + item.id());
        box.add(open);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competencies.title");
    }

}
