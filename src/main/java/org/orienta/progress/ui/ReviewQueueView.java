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
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.people.Roles;
import org.orienta.progress.ReviewService;
import org.orienta.progress.ReviewService.QueueRow;

/** Free-text answers waiting for a trainer, oldest first, filterable by module and department. */
@Route("reviews")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 42, title = "nav.reviews", icon = "vaadin:check-square-o")
class ReviewQueueView extends Div implements HasDynamicTitle {

    final Grid<QueueRow> grid = new Grid<>();
    final Select<String> module = new Select<>();
    final Select<DepartmentOption> department = new Select<>();
    private final transient ReviewService reviews;

    ReviewQueueView(ReviewService reviews, CurriculumService curriculum, PeopleService people) {
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
        curriculum.publishedModules().forEach(m -> titles.put(m.key(), m.definition().title().english()));
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
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("review-grid");
        grid.addColumn(r -> format.format(r.submittedAt())).setHeader(getTranslation("reviews.col.submitted"))
                .setFlexGrow(1);
        grid.addColumn(QueueRow::traineeName).setHeader(getTranslation("assignments.col.person")).setFlexGrow(2);
        grid.addColumn(r -> r.department() == null ? "" : r.department()).setHeader(
                getTranslation("assignments.col.department")).setFlexGrow(1);
        grid.addColumn(QueueRow::exerciseTitle).setHeader(getTranslation("reviews.col.exercise")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            var open = new Button(getTranslation("reviews.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                    "reviews/" + r.attempt().value())));
            open.setId("review-open-" + r.attempt().value());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return open;
        }).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("reviews.empty"));
        grid.setAllRowsVisible(true);
        add(intro, filters, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reviews");
    }

    private void refresh() {
        grid.setItems(reviews.queue(module.getValue() == null || module.getValue().isEmpty() ? null : module.getValue(),
                department.getValue() == null ? null : department.getValue().id()));
    }
}
