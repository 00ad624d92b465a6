package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.orienta.base.Roles;
import org.orienta.base.ui.FieldProblems;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.progress.review.ReviewService;
import org.orienta.progress.review.ReviewService.QueueRow;
import org.orienta.progress.review.ReviewSuggestionService;

/** Free-text answers waiting for a trainer, oldest first, filterable by module and department. */
@Route("reviews")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 42, title = "nav.reviews", icon = "vaadin:check-square-o")
class ReviewQueueView extends Div implements HasDynamicTitle {

    final Grid<QueueRow> grid = new Grid<>();
    final Grid<ReviewService.ScoredRow> scored = new Grid<>();
    final Select<String> module = new Select<>();
    final Select<DepartmentOption> department = new Select<>();
    final Grid<ReviewSuggestionService.AccuracyRow> accuracy = new Grid<>();
    final Paragraph accuracyOverall = new Paragraph();
    private final transient ReviewService reviews;

    ReviewQueueView(
            ReviewService reviews,
            CurriculumService curriculum,
            PeopleService people,
            ReviewSuggestionService suggestions) {
        this.reviews = reviews;
        addClassName("orienta-page");
        setId("review-queue");
        var intro = new Paragraph(getTranslation("reviews.intro"));
        intro.addClassName("orienta-hint");
        module.setId("review-module");
        module.setAriaLabel(getTranslation("assignments.col.module"));
        var modules = new ArrayList<String>(List.of(""));
        curriculum.publishedModules().forEach(m -> modules.add(m.key()));
        module.setItems(modules);
        var titles = new java.util.HashMap<String, String>();
        curriculum
                .publishedModules()
                .forEach(m -> titles.put(m.key(), m.definition().title().english()));
        module.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("reviews.allModules") : titles.get(k));
        module.setValue("");
        department.setId("review-department");
        department.setAriaLabel(getTranslation("assignments.col.department"));
        department.setItems(people.departments());
        // The empty choice ("all departments") reaches the label generator as null.
        department.setItemLabelGenerator(d -> d == null ? getTranslation("reviews.allDepartments") : d.name());
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("reviews.allDepartments"));
        module.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        var filters = new Div(module, department);
        filters.addClassName("orienta-actions");
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("review-grid");
        var submitted = grid.addColumn(r -> format.format(r.submittedAt()))
                .setHeader(getTranslation("reviews.col.submitted"))
                .setFlexGrow(1);
        grid.addColumn(QueueRow::traineeName)
                .setHeader(getTranslation("assignments.col.person"))
                .setWidth("5rem")
                .setFlexGrow(2);
        var departmentColumn = grid.addColumn(r -> r.department() == null ? "" : r.department())
                .setHeader(getTranslation("assignments.col.department"))
                .setFlexGrow(1);
        grid.addColumn(QueueRow::exerciseTitle)
                .setHeader(getTranslation("reviews.col.exercise"))
                .setWidth("6rem")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> {
                    var open = new Button(
                            getTranslation("reviews.open"),
                            e -> getUI().ifPresent(ui ->
                                    ui.navigate("reviews/" + r.attempt().value())));
                    open.setId("review-open-" + r.attempt().value());
                    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("reviews.empty"));
        grid.setAllRowsVisible(true);
        // Dates and titles wrap rather than end in an ellipsis, on a phone as on a desktop.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        org.orienta.base.ui.NarrowColumns.hideOnPhones(grid, submitted, departmentColumn);
        scored.setId("scored-grid");
        var whoAndWhat = scored.addComponentColumn(r -> {
                    var title = new com.vaadin.flow.component.html.Span(r.title());
                    title.addClassName("orienta-hint");
                    return new Div(new Div(r.traineeName()), title);
                })
                .setHeader(getTranslation("assignments.col.person"))
                .setFlexGrow(1);
        var completed = scored.addColumn(r -> format.format(r.completedAt()))
                .setHeader(getTranslation("reviews.col.completed"))
                .setFlexGrow(1);
        var person = scored.addColumn(ReviewService.ScoredRow::traineeName)
                .setHeader(getTranslation("assignments.col.person"))
                .setWidth("5rem")
                .setFlexGrow(2);
        var item = scored.addColumn(ReviewService.ScoredRow::title)
                .setHeader(getTranslation("reviews.col.item"))
                .setWidth("6rem")
                .setFlexGrow(3);
        scored.addColumn(r -> r.review() == null
                        ? getTranslation("reviews.score", r.score())
                        : getTranslation(
                                "text.meta",
                                getTranslation("reviews.score", r.score()),
                                getTranslation("reviews.overridden")))
                .setHeader(getTranslation("reviews.col.score"))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        scored.addComponentColumn(r -> {
                    var override = new Button(getTranslation("reviews.override"), e -> override(r));
                    override.setId("override-" + r.attempt().value());
                    override.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    override.setEnabled(r.review() == null);
                    return override;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        scored.setEmptyStateText(getTranslation("reviews.scored.empty"));
        scored.setAllRowsVisible(true);
        scored.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        org.orienta.base.ui.NarrowColumns.hideOnPhones(scored, completed, person, item);
        org.orienta.base.ui.NarrowColumns.onlyOnPhones(scored, whoAndWhat);
        var scoredIntro = new Paragraph(getTranslation("reviews.scored.intro"));
        scoredIntro.addClassName("orienta-hint");
        add(
                intro,
                filters,
                grid,
                new com.vaadin.flow.component.html.H2(getTranslation("reviews.scored.title")),
                scoredIntro,
                scored);
        addAccuracy(suggestions.accuracy());
        refresh();
    }

    /** How often the suggested levels agreed with the trainers' (docs/decisions/0045). */
    private void addAccuracy(ReviewSuggestionService.Accuracy report) {
        var intro = new Paragraph(getTranslation("reviews.accuracy.intro"));
        intro.addClassName("orienta-hint");
        accuracyOverall.setId("suggestion-accuracy-overall");
        if (report.decided() == 0) {
            accuracyOverall.setText(getTranslation("reviews.accuracy.empty"));
        } else if (report.suggested() == 0) {
            accuracyOverall.setText(getTranslation("reviews.accuracy.none", report.decided()));
        } else {
            accuracyOverall.setText(getTranslation(
                    "reviews.accuracy.overall",
                    report.agreed(),
                    report.suggested(),
                    report.agreement(),
                    report.decided()));
        }
        accuracy.setId("suggestion-accuracy-grid");
        accuracy.addColumn(r -> Texts.plain(r.title()))
                .setHeader(getTranslation("reviews.accuracy.col.exercise"))
                .setWidth("4rem")
                .setFlexGrow(3);
        accuracy.addColumn(r -> Texts.plain(r.criterionName()))
                .setHeader(getTranslation("reviews.accuracy.col.criterion"))
                .setWidth("4rem")
                .setFlexGrow(3);
        accuracy.addColumn(r -> getTranslation("reviews.accuracy.suggested", r.suggested(), r.decided()))
                .setHeader(getTranslation("reviews.accuracy.col.suggested"))
                .setWidth("4rem")
                .setFlexGrow(2);
        accuracy.addColumn(r ->
                        r.suggested() == 0 ? "–" : getTranslation("reviews.accuracy.agreed", r.agreed(), r.agreement()))
                .setHeader(getTranslation("reviews.accuracy.col.agreed"))
                .setWidth("4rem")
                .setFlexGrow(2);
        accuracy.setItems(report.rows());
        accuracy.setAllRowsVisible(true);
        accuracy.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        accuracy.setVisible(!report.rows().isEmpty());
        add(
                new com.vaadin.flow.component.html.H2(getTranslation("reviews.accuracy.title")),
                intro,
                accuracyOverall,
                accuracy);
    }

    private void override(ReviewService.ScoredRow row) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("override-dialog");
        dialog.setHeaderTitle(getTranslation("reviews.override.title", row.title(), row.traineeName()));
        var level = new Select<Integer>();
        level.setId("override-level");
        level.setLabel(getTranslation("reviews.override.level"));
        level.setItems(1, 2, 3, 4);
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        var reason = new com.vaadin.flow.component.textfield.TextArea(getTranslation("reviews.override.reason"));
        reason.setId("override-reason");
        reason.setWidthFull();
        reason.setMaxLength(4000);
        var save = new Button(getTranslation("reviews.override"), e -> {
            try {
                reviews.override(row.attempt(), level.getValue() == null ? 0 : level.getValue(), reason.getValue());
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("reviews.override.done"),
                        4000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
                refresh();
            } catch (org.orienta.base.InvalidInputException ex) {
                FieldProblems.on(this)
                        .field("level", level)
                        .field("reason", reason)
                        .otherwise(level)
                        .show(ex.problems());
            } catch (org.orienta.base.ConcurrentEditException ex) {
                dialog.close();
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("reviews.conflict"),
                        5000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                refresh();
            }
        });
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(level, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviews");
    }

    private void refresh() {
        grid.setItems(reviews.queue(
                module.getValue() == null || module.getValue().isEmpty() ? null : module.getValue(),
                department.getValue() == null ? null : department.getValue().id()));
        scored.setItems(reviews.scored(
                department.getValue() == null ? null : department.getValue().id(), 50));
    }
}
