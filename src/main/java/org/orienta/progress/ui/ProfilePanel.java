package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.base.SvgCharts;
import org.orienta.competency.CompetencyCode;
import org.orienta.progress.proficiency.CompetencyProfile;
import org.orienta.progress.proficiency.CompetencyRow;
import org.orienta.progress.proficiency.EvidenceItem;

/**
 * A competency profile as its owner sees it on My competencies and HR sees it in reports: the chart
 * against the targets, and each competency with its trend, explanation and the evidence behind it.
 */
@org.springframework.modulith.NamedInterface("profile")
public final class ProfilePanel {

    private final Component owner;
    private final Function<CompetencyCode, List<EvidenceItem>> evidence;
    private final boolean attemptLinks;
    private final java.util.Map<String, Details> competencies = new java.util.HashMap<>();
    private java.util.function.Consumer<String> opened = code -> {};

    /** Texts that speak to the trainee ("you said"); a report about someone else uses its own wording. */
    private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
            "competencies.chart.description",
            "competencies.chart.heading",
            "competencies.defaultTargets",
            "competencies.evidence.said",
            "competencies.evidence.answered",
            "competencies.notEnough.text",
            "competencies.targetsFor",
            "competencies.looksLike.current",
            "competencies.looksLike.target",
            "competencies.legend.current",
            "competencies.legend.below");

    /**
     * @param owner the view, for translations and locale
     * @param evidence the evidence behind a level, asked for when a competency is opened
     * @param attemptLinks true on the trainee's own profile: evidence links to the attempt it came from
     *     (only its owner may open it) and texts speak to them; false in reports about them
     */
    public ProfilePanel(Component owner, Function<CompetencyCode, List<EvidenceItem>> evidence, boolean attemptLinks) {
        this.owner = owner;
        this.evidence = evidence;
        this.attemptLinks = attemptLinks;
    }

    public Component chart(CompetencyProfile profile) {
        var bars = new ArrayList<SvgCharts.Bar>();
        for (CompetencyRow row : profile.rows()) {
            var level = row.estimate().level();
            bars.add(new SvgCharts.Bar(
                    row.competency().code().value() + " "
                            + Texts.plain(row.competency().name()),
                    level == null ? null : level.doubleValue(),
                    (double) row.target()));
        }
        var ticks = List.of(text("level.1"), text("level.2"), text("level.3"), text("level.4.short"));
        var svg = new Svg(SvgCharts.levelBars(
                "profile-chart",
                text("competencies.chart.title"),
                text("competencies.chart.description"),
                bars,
                4,
                ticks,
                text("competencies.notEnough")));
        svg.setId("profile-chart");
        svg.addClassName("orienta-chart-box");
        var legend = new Div(
                legend("chart-legend-bar", "competencies.legend.current"),
                legend("chart-legend-below", "competencies.legend.below"),
                legend("chart-legend-target", "competencies.legend.target"));
        legend.addClassName("orienta-chart-legend");
        var jobRole = profile.jobRole();
        var note = profile.defaultTargets() || jobRole == null
                ? new Paragraph(text("competencies.defaultTargets"))
                : new Paragraph(text("competencies.targetsFor", jobRole));
        note.addClassName("orienta-hint");
        var section = new Section(new H2(text("competencies.chart.heading")), svg, legend, note);
        section.addClassName("orienta-section");
        return section;
    }

    private Component legend(String className, String key) {
        var swatch = new Span();
        swatch.addClassNames("orienta-legend-swatch", className);
        return new Span(swatch, new Span(text(key)));
    }

    public Component list(CompetencyProfile profile) {
        var section = new Section(new H2(text("competencies.list.title")));
        section.addClassName("orienta-page-section");
        section.setId("competency-list");
        for (CompetencyRow row : profile.rows()) {
            section.add(competency(row));
        }
        return section;
    }

    private Component competency(CompetencyRow row) {
        var code = row.competency().code().value();
        var name = new Span(text("text.meta", code, Texts.plain(row.competency().name())));
        name.addClassName("orienta-cell-title");
        var level = row.estimate().level();
        var levelBadge = new Badge(level == null ? text("competencies.notEnough") : text("level." + level));
        levelBadge.addThemeVariants(
                BadgeVariant.SMALL,
                level == null
                        ? BadgeVariant.CONTRAST
                        : row.gap() != null && row.gap() > 0 ? BadgeVariant.WARNING : BadgeVariant.SUCCESS);
        var target = new Span(text("competencies.target", text("level." + row.target())));
        target.addClassName("orienta-cell-detail");
        // Months without a level leave a gap; written out because a ternary would unbox the null.
        var values = new java.util.ArrayList<@Nullable Double>();
        row.trend().forEach(p -> values.add(p.level() == null ? null : Double.valueOf(p.mean())));
        var trend = new Svg(SvgCharts.sparkline(
                text("competencies.trend", Texts.plain(row.competency().name()), trendValues(row)), values, 4));
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
            if (e.isOpened()) {
                opened.accept(code);
            }
        });
        competencies.put(code, details);
        return details;
    }

    /** The sparkline's values in words, for screen readers: "Jul 2026: 2.4, Aug 2026: no level". */
    private String trendValues(CompetencyRow row) {
        var locale = owner.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(Locale.ENGLISH);
        var points = new ArrayList<String>();
        for (var point : row.trend()) {
            var month = point.month().format(java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", locale));
            points.add(text(
                    "competencies.trend.point",
                    month,
                    point.level() == null
                            ? text("competencies.trend.none")
                            : String.format(locale, "%.1f", point.mean())));
        }
        return points.isEmpty() ? text("competencies.trend.empty") : String.join(", ", points);
    }

    private Component explanation(CompetencyRow row) {
        var body = new Div();
        body.addClassName("orienta-competency-body");
        body.add(new Paragraph(Texts.plain(row.competency().definition())));
        var level = row.estimate().level();
        if (level != null) {
            body.add(describe("competencies.looksLike.current", level, row));
            body.add(new Paragraph(text(
                    "competencies.confidence",
                    text(
                            row.estimate().confidence() < 0.4
                                    ? "competencies.confidence.low"
                                    : row.estimate().confidence() < 0.7
                                            ? "competencies.confidence.medium"
                                            : "competencies.confidence.high"),
                    row.estimate().count())));
        } else {
            body.add(new Paragraph(
                    text("competencies.notEnough.text", row.estimate().count())));
        }
        if (level == null || level < row.target()) {
            body.add(describe("competencies.looksLike.target", row.target(), row));
        }
        body.add(new H3(text("competencies.evidence.title")));
        var evidence = this.evidence.apply(row.competency().code());
        if (evidence.isEmpty()) {
            body.add(new Paragraph(text("competencies.evidence.none")));
        }
        var list = new Div();
        list.addClassName("orienta-evidence-items");
        evidence.forEach(item -> list.add(evidenceItem(item)));
        body.add(list);
        return body;
    }

    private Component describe(String key, int level, CompetencyRow row) {
        var text = new Paragraph(text(
                key,
                text("level." + level),
                Texts.plain(row.competency().name()),
                Texts.plain(row.competency().descriptor(level))));
        text.addClassName("orienta-descriptor");
        return text;
    }

    private Component evidenceItem(EvidenceItem item) {
        var locale = owner.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(Locale.ENGLISH);
        var when = Formats.date(item.at(), locale);
        var head = new Div(
                new Span(Texts.plain(item.itemTitle())), new Badge(text("level." + item.level())), new Span(when));
        head.addClassName("orienta-evidence-head");
        var box = new Div(head);
        box.addClassName("orienta-evidence-item");
        if (item.said() != null) {
            box.add(new Paragraph(text("competencies.evidence.said", Formats.quote(Texts.plain(item.said()), locale))));
        }
        if (item.question() != null) {
            // A quiz: what was asked, and what the trainee chose; the question alone says nothing of them.
            var asked = new Paragraph(text(
                    "competencies.evidence.question",
                    Texts.plain(item.question().info().text())));
            asked.addClassName("orienta-hint");
            box.add(asked);
            if (item.answer() != null) {
                var answered = new Paragraph(text(
                        "competencies.evidence.answered",
                        Formats.quote(QuizAnswers.given(owner, item.question(), item.answer()), locale)));
                answered.addClassName("orienta-evidence-answer");
                box.add(answered);
            }
        }
        if (item.feedback() != null) {
            var feedback = Texts.markdown(item.feedback());
            box.add(feedback);
        }
        // The review opens at the decision or question this evidence came from.
        var open = new Anchor(
                "attempt/" + item.attempt()
                        + (item.step() == null
                                ? ""
                                : "?focus="
                                        + java.net.URLEncoder.encode(
                                                item.step(), java.nio.charset.StandardCharsets.UTF_8)),
                text("competencies.evidence.open"));
        open.setId("evidence-" + item.id());
        if (attemptLinks) {
            box.add(open);
        } else {
            box.setId("evidence-" + item.id());
        }
        return box;
    }

    /** Tells {@code listener} the code of each competency the reader opens. */
    public void whenOpened(java.util.function.Consumer<String> listener) {
        this.opened = listener;
    }

    /**
     * Opens one competency of the list (with its evidence), as if the reader had, and brings it into
     * view; an unknown code opens nothing.
     */
    public void open(String code) {
        var details = competencies.get(code);
        if (details != null) {
            details.setOpened(true);
            details.getElement()
                    .executeJs("const el = this; requestAnimationFrame(() => el.scrollIntoView({block: 'start'}));");
        }
    }

    private String text(String key, Object... arguments) {
        var chosen =
                !attemptLinks && SECOND_PERSON.contains(key) ? key.replace("competencies.", "reports.profile.") : key;
        return owner.getTranslation(chosen, arguments);
    }
}
