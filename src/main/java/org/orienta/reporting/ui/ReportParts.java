package org.orienta.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.orienta.reporting.Coverage;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.LevelCell;
import org.orienta.reporting.ReportFiles;
import org.orienta.reporting.ReportService;

/** What every report page shows the same way: level cells, the coverage line, the explanation, exports. */
final class ReportParts {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportParts() {}

    /** Colour by gap to target: at or above, up to half a level below, further below, or no level. */
    static String gapClass(@Nullable Double gap) {
        if (gap == null) {
            return "orienta-gap-none";
        }
        return gap <= 0 ? "orienta-gap-ok" : gap <= 0.5 ? "orienta-gap-near" : "orienta-gap-below";
    }

    /** A matrix cell: the mean level, the share at target and the number of people with a level. */
    /** The locale the owner's page is shown in (Component#getLocale is not public). */
    static java.util.Locale locale(Component owner) {
        // A report's parts are built before they are attached (in the background, then added): then the
        // current UI's locale is the reader's, as Component#getLocale would find it.
        return owner.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(java.util.Locale.ENGLISH);
    }

    static Component cell(Component owner, LevelCell cell, String competency, String group) {
        var box = new Div();
        box.addClassName("orienta-level-cell");
        if (cell.hidden()) {
            box.addClassName("orienta-gap-hidden");
            box.add(new Span("–"));
            box.getElement().setAttribute("title", owner.getTranslation("reports.cell.hidden", competency, group));
            return box;
        }
        box.addClassName(gapClass(cell.gap()));
        var mean = ReportFiles.level(cell.meanLevel());
        var value = new Span(mean == null ? "–" : ReportFiles.text(mean, locale(owner)));
        value.addClassName("orienta-level-value");
        box.add(value);
        if (mean != null) {
            // The target and the verdict in words and a sign, not by colour alone and not only on hover.
            var target = ReportFiles.text(ReportFiles.level(cell.targetSum() / cell.withLevel()), locale(owner));
            var kind = gapClass(cell.gap()).substring("orienta-gap-".length());
            var verdict = new Span(owner.getTranslation("reports.cell.target." + kind, target));
            verdict.addClassName("orienta-level-target");
            box.add(verdict);
            var detail = new Span(owner.getTranslation(
                    "reports.cell.detail", ReportFiles.percent(cell.shareAtTarget()), cell.withLevel()));
            detail.addClassName("orienta-level-detail");
            box.add(detail);
            box.getElement()
                    .setAttribute(
                            "title",
                            owner.getTranslation(
                                    "reports.cell.title",
                                    competency,
                                    group,
                                    ReportFiles.text(mean, locale(owner)),
                                    cell.withLevel(),
                                    cell.people(),
                                    ReportFiles.percent(cell.shareAtTarget()),
                                    ReportFiles.text(
                                            ReportFiles.level(cell.targetSum() / cell.withLevel()), locale(owner))));
        } else {
            box.getElement().setAttribute("title", owner.getTranslation("reports.cell.none", competency, group));
        }
        return box;
    }

    /** The PDF level chart's column headers: competency, level, target. */
    static List<String> chartHeader(Component owner) {
        return List.of(
                owner.getTranslation("reports.pdf.col.competency"),
                owner.getTranslation("reports.pdf.col.level"),
                owner.getTranslation("reports.pdf.col.target"));
    }

    /** The line under a report: what it covers, when it was computed, and whether small groups are hidden. */
    static Component coverage(Component owner, Coverage coverage, String filters) {
        var line = new Paragraph(coverageText(owner, coverage, filters));
        line.addClassName("orienta-hint");
        line.addClassName("orienta-report-coverage");
        return line;
    }

    static String coverageText(Component owner, Coverage coverage, String filters) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(owner))
                .format(coverage.computedAt().atOffset(ZoneOffset.UTC));
        var text = owner.getTranslation("reports.coverage", coverage.people(), filters, when);
        return coverage.individualsShown()
                ? text
                : owner.getTranslation(
                        "text.sentences",
                        text,
                        owner.getTranslation("reports.coverage.hidden", coverage.minimumGroupSize()));
    }

    /** "Levels are advisory", and how they are computed; shown on every report and in every PDF. */
    static Component explanation(Component owner) {
        var advisory = new Paragraph(owner.getTranslation("reports.advisory"));
        advisory.addClassName("orienta-hint");
        var how = new Details(owner.getTranslation("reports.how.title"));
        explanationLines(owner).forEach(line -> how.add(new Paragraph(line)));
        how.setId("how-reports-work");
        return new Div(advisory, how);
    }

    static List<String> explanationLines(Component owner) {
        var lines = new ArrayList<String>();
        lines.add(owner.getTranslation("reports.advisory"));
        lines.add(owner.getTranslation("reports.how.levels"));
        lines.add(owner.getTranslation("reports.how.aggregate"));
        lines.add(owner.getTranslation("reports.how.source"));
        lines.add(owner.getTranslation("reports.how.colours"));
        return lines;
    }

    /** "What this covers" for files: the report, the filters, the coverage, the explanation. */
    static List<String> about(Component owner, Coverage coverage, String filters) {
        var lines = new ArrayList<String>();
        lines.add(coverageText(owner, coverage, filters));
        lines.addAll(explanationLines(owner));
        return lines;
    }

    /** A download link styled as a button; each download is recorded in the audit trail. */
    static Anchor download(
            Component owner,
            ReportService reports,
            String id,
            String label,
            String fileName,
            String mimeType,
            String reportName,
            String filters,
            Supplier<byte[]> content) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = content.get();
                    reports.recordExport(reportName, fileName.substring(fileName.lastIndexOf('.') + 1), filters);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
                }),
                "");
        var button = new Button(label, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setId(id);
        anchor.getElement().setAttribute("aria-label", owner.getTranslation("reports.export.aria", label, reportName));
        return anchor;
    }

    /**
     * CSV and XLSX of one table: the CSV's first line and the XLSX's "About" sheet say what it covers
     * (people, filters, evidence source, when).
     */
    static Anchor[] tableExports(
            Component owner,
            ReportService reports,
            String id,
            String fileName,
            ReportFiles.Table table,
            Coverage coverage,
            String filters) {
        return new Anchor[] {
            download(
                    owner,
                    reports,
                    id + "-csv",
                    owner.getTranslation("reports.export.csv"),
                    ReportsView.file(fileName, "csv"),
                    "text/csv",
                    table.title(),
                    filters,
                    () -> ReportFiles.csv(table, coverageText(owner, coverage, filters))),
            download(
                    owner,
                    reports,
                    id + "-xlsx",
                    owner.getTranslation("reports.export.xlsx"),
                    ReportsView.file(fileName, "xlsx"),
                    XLSX,
                    table.title(),
                    filters,
                    () -> ReportFiles.xlsx(
                            table, owner.getTranslation("reports.export.about"), about(owner, coverage, filters)))
        };
    }

    /** An evidence source as the selector and the report lines name it ("Observed on the job"). */
    static String sourceName(Component owner, EvidenceFilter filter) {
        return owner.getTranslation("reports.source." + filter.parameter());
    }

    /** "All evidence", or "Evidence: observed on the job", for the line under a report and its files. */
    static String sourceDescribed(Component owner, EvidenceFilter filter) {
        return filter == EvidenceFilter.ALL
                ? owner.getTranslation("reports.source.all")
                : owner.getTranslation("reports.source.described", sourceName(owner, filter));
    }

    static Div exports(Component... links) {
        var row = new Div(links);
        row.addClassName("orienta-report-exports");
        return row;
    }
}
