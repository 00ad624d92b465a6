package org.orienta.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.curriculum.ModuleSummary;
import org.orienta.people.DepartmentId;
import org.orienta.people.DepartmentOption;
import org.orienta.people.JobRoleOption;
import org.orienta.reporting.EvidenceFilter;
import org.orienta.reporting.ReportFilter;
import org.orienta.reporting.ReportService;

/**
 * The filters every report has: department, job role, period (months of evidence), module and evidence
 * source. They travel in the address (?department=3&from=2026-01&source=job...), so a drill-down keeps
 * them and a report can be bookmarked.
 */
final class ReportFilters extends Div {

    static final int MONTHS_OFFERED = 36;
    /** The address parameter of the evidence source. */
    static final String SOURCE = "source";

    final ComboBox<DepartmentOption> department = new ComboBox<>();
    final ComboBox<JobRoleOption> jobRole = new ComboBox<>();
    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final ComboBox<ModuleSummary> module = new ComboBox<>();
    /** Empty: all evidence counts. A combo box like the others: the reports' pages load no other field. */
    final ComboBox<EvidenceFilter> source = new ComboBox<>();

    private final ReportService.Options options;

    ReportFilters(ReportService.Options options, Clock clock, boolean withDepartment) {
        this.options = options;
        addClassName("orienta-report-filters");
        setId("report-filters");
        department.setLabel(getTranslation("reports.filter.department"));
        department.setItems(options.departments());
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setPlaceholder(getTranslation("reports.filter.allDepartments"));
        department.setId("filter-department");
        jobRole.setLabel(getTranslation("reports.filter.jobRole"));
        jobRole.setItems(options.jobRoles());
        jobRole.setItemLabelGenerator(JobRoleOption::name);
        jobRole.setPlaceholder(getTranslation("reports.filter.allJobRoles"));
        jobRole.setId("filter-job-role");
        var months = new ArrayList<YearMonth>();
        var current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(current.minusMonths(i));
        }
        for (var box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(this::month);
            box.setClearButtonVisible(true);
        }
        from.setLabel(getTranslation("reports.filter.from"));
        from.setPlaceholder(getTranslation("reports.filter.anyMonth"));
        from.setId("filter-from");
        to.setLabel(getTranslation("reports.filter.to"));
        to.setPlaceholder(getTranslation("reports.filter.now"));
        to.setId("filter-to");
        module.setLabel(getTranslation("reports.filter.module"));
        module.setItems(options.modules());
        module.setItemLabelGenerator(m -> m.definition().title().in(getLocale()));
        module.setPlaceholder(getTranslation("reports.filter.anyModule"));
        module.setId("filter-module");
        source.setLabel(getTranslation("reports.filter.source"));
        source.setItems(List.of(EvidenceFilter.values()).subList(1, EvidenceFilter.values().length));
        source.setItemLabelGenerator(this::sourceName);
        source.setPlaceholder(getTranslation("reports.source.all"));
        source.setClearButtonVisible(true);
        source.setId("filter-source");
        for (var box : List.of(department, jobRole, module)) {
            box.setClearButtonVisible(true);
        }
        if (withDepartment) {
            add(department);
        }
        add(jobRole, from, to, module, source);
    }

    /** A source as the selector and the report lines name it ("Observed on the job"). */
    String sourceName(EvidenceFilter filter) {
        return ReportParts.sourceName(this, filter);
    }

    /** The source chosen; all evidence when none is. */
    EvidenceFilter chosenSource() {
        return source.getValue() == null ? EvidenceFilter.ALL : source.getValue();
    }

    String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", getLocale()));
    }

    /** The filter chosen; a reversed period is refused here with a message on the field. */
    Optional<ReportFilter> value() {
        to.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("reports.filter.periodReversed"));
            to.setInvalid(true);
            return Optional.empty();
        }
        return Optional.of(new ReportFilter(
                department.getValue() == null ? null : department.getValue().id(),
                jobRole.getValue() == null ? null : jobRole.getValue().id(),
                from.getValue(),
                to.getValue(),
                module.getValue() == null ? null : module.getValue().key(),
                chosenSource()));
    }

    void onChange(Runnable listener) {
        department.addValueChangeListener(e -> listener.run());
        jobRole.addValueChangeListener(e -> listener.run());
        from.addValueChangeListener(e -> listener.run());
        to.addValueChangeListener(e -> listener.run());
        module.addValueChangeListener(e -> listener.run());
        source.addValueChangeListener(e -> listener.run());
    }

    /** Sets the fields from the address without firing their listeners' effects twice. */
    void read(QueryParameters query) {
        var values = query.getParameters();
        department.setValue(first(values, "department")
                .flatMap(v -> options.departments().stream()
                        .filter(d -> Long.toString(d.id().value()).equals(v))
                        .findFirst())
                .orElse(null));
        jobRole.setValue(first(values, "jobRole")
                .flatMap(v -> options.jobRoles().stream()
                        .filter(j -> Long.toString(j.id().value()).equals(v))
                        .findFirst())
                .orElse(null));
        from.setValue(first(values, "from").flatMap(ReportFilters::parse).orElse(null));
        to.setValue(first(values, "to").flatMap(ReportFilters::parse).orElse(null));
        module.setValue(first(values, "module")
                .flatMap(v -> options.modules().stream()
                        .filter(m -> m.key().equals(v))
                        .findFirst())
                .orElse(null));
        source.setValue(source(query).filter(f -> f != EvidenceFilter.ALL).orElse(null));
    }

    /** The evidence source in an address; all evidence without one, or with one this version does not know. */
    static Optional<EvidenceFilter> source(QueryParameters query) {
        return first(query.getParameters(), SOURCE).flatMap(EvidenceFilter::ofParameter);
    }

    static QueryParameters query(ReportFilter filter, boolean withDepartment) {
        var values = new HashMap<String, String>();
        if (withDepartment && filter.department() != null) {
            values.put("department", Long.toString(filter.department().value()));
        }
        if (filter.jobRole() != null) {
            values.put("jobRole", Long.toString(filter.jobRole().value()));
        }
        if (filter.from() != null) {
            values.put("from", filter.from().toString());
        }
        if (filter.to() != null) {
            values.put("to", filter.to().toString());
        }
        if (filter.module() != null) {
            values.put("module", filter.module());
        }
        if (filter.source() != EvidenceFilter.ALL) {
            values.put(SOURCE, filter.source().parameter());
        }
        return QueryParameters.simple(values);
    }

    /** The filters in words, for the line under a report and the files it exports. */
    String describe(ReportFilter filter) {
        return describe(filter, true);
    }

    /**
     * The filters in words; without the source for a report it does not apply to (completion), which
     * says so itself.
     */
    String describe(ReportFilter filter, boolean withSource) {
        var parts = new ArrayList<String>();
        parts.add(
                filter.department() == null
                        ? getTranslation("reports.filter.allDepartments")
                        : name(options.departments(), filter.department()));
        parts.add(
                filter.jobRole() == null
                        ? getTranslation("reports.filter.allJobRoles")
                        : options.jobRoles().stream()
                                .filter(j -> j.id().equals(filter.jobRole()))
                                .map(JobRoleOption::name)
                                .findFirst()
                                .orElse(""));
        parts.add(period(filter.from(), filter.to()));
        if (filter.module() != null) {
            parts.add(getTranslation(
                    "reports.filter.assigned",
                    options.modules().stream()
                            .filter(m -> m.key().equals(filter.module()))
                            .map(m -> m.definition().title().in(getLocale()))
                            .findFirst()
                            .orElse(filter.module())));
        }
        if (withSource) {
            parts.add(describe(filter.source()));
        }
        return String.join(" · ", parts);
    }

    /** "All evidence", or "Evidence: observed on the job". */
    String describe(EvidenceFilter filter) {
        return ReportParts.sourceDescribed(this, filter);
    }

    String period(@Nullable YearMonth first, @Nullable YearMonth last) {
        if (first == null && last == null) {
            return getTranslation("reports.period.all");
        }
        return getTranslation(
                "reports.period.range",
                first == null ? getTranslation("reports.period.start") : month(first),
                last == null ? getTranslation("reports.period.now") : month(last));
    }

    private static String name(List<DepartmentOption> departments, DepartmentId id) {
        return departments.stream()
                .filter(d -> d.id().equals(id))
                .map(DepartmentOption::name)
                .findFirst()
                .orElse("");
    }

    private static Optional<String> first(Map<String, List<String>> values, String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    private static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
