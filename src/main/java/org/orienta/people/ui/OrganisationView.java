package org.orienta.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Collation;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Languages;
import org.orienta.base.Roles;
import org.orienta.base.ui.FieldProblems;
import org.orienta.people.DepartmentId;
import org.orienta.people.OrganisationService;
import org.orienta.people.OrganisationService.DepartmentRow;
import org.orienta.people.OrganisationService.JobRoleRow;

/** Departments (nested) and job roles: add, rename, move and remove those no longer in use. */
@Route("organisation")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "nav.organisation", icon = "vaadin:sitemap")
class OrganisationView extends Div implements HasDynamicTitle {

    final Grid<DepartmentRow> departments = new Grid<>();
    final Grid<JobRoleRow> jobRoles = new Grid<>();
    final Select<Locale> defaultLanguage = new Select<>();
    final com.vaadin.flow.component.checkbox.CheckboxGroup<Locale> requiredLanguages =
            new com.vaadin.flow.component.checkbox.CheckboxGroup<>();
    private final transient OrganisationService organisation;

    OrganisationView(OrganisationService organisation) {
        this.organisation = organisation;
        setId("organisation-view");
        addClassName("orienta-page");
        var intro = new Paragraph(getTranslation("organisation.intro"));
        intro.addClassName("orienta-hint");

        departments.setId("department-grid");
        departments.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        departments
                .addComponentColumn(row -> {
                    var name = new Span(row.name());
                    // Indentation shows what sits inside what.
                    name.getStyle().set("padding-inline-start", (row.depth() * 1.5) + "em");
                    return name;
                })
                .setHeader(getTranslation("organisation.col.name"))
                .setFlexGrow(3);
        departments
                .addColumn(DepartmentRow::people)
                .setHeader(getTranslation("organisation.col.people"))
                .setFlexGrow(0)
                .setWidth("7rem");
        departments
                .addComponentColumn(row -> actions(
                        () -> editDepartment(row),
                        () -> remove(row.name(), () -> organisation.deleteDepartment(row.id())),
                        "department-" + row.id().value()))
                .setFlexGrow(0)
                .setWidth("12rem");
        departments.setAllRowsVisible(true);
        var addDepartment = new Button(
                getTranslation("organisation.add.department"), VaadinIcon.PLUS.create(), e -> editDepartment(null));
        addDepartment.setId("add-department");

        jobRoles.setId("job-role-grid");
        jobRoles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        jobRoles.addColumn(JobRoleRow::name)
                .setHeader(getTranslation("organisation.col.name"))
                .setFlexGrow(3);
        jobRoles.addColumn(JobRoleRow::people)
                .setHeader(getTranslation("organisation.col.people"))
                .setFlexGrow(0)
                .setWidth("7rem");
        jobRoles.addComponentColumn(row -> actions(
                        () -> editJobRole(row),
                        () -> remove(row.name(), () -> organisation.deleteJobRole(row.id())),
                        "job-role-" + row.id().value()))
                .setFlexGrow(0)
                .setWidth("12rem");
        jobRoles.setAllRowsVisible(true);
        var addJobRole = new Button(
                getTranslation("organisation.add.jobRole"), VaadinIcon.PLUS.create(), e -> editJobRole(null));
        addJobRole.setId("add-job-role");

        defaultLanguage.setId("default-language");
        defaultLanguage.setLabel(getTranslation("organisation.language.field"));
        defaultLanguage.setItems(Languages.SUPPORTED);
        defaultLanguage.setEmptySelectionAllowed(true);
        defaultLanguage.setEmptySelectionCaption(getTranslation("organisation.language.none"));
        defaultLanguage.setItemLabelGenerator(
                l -> l == null ? getTranslation("organisation.language.none") : Languages.nativeName(l));
        defaultLanguage.setValue(organisation.defaultLanguage().orElse(null));
        defaultLanguage.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisation.changeDefaultLanguage(e.getValue());
                Notification.show(getTranslation("organisation.language.saved"));
            }
        });
        var languageHint = new Paragraph(getTranslation("organisation.language.text"));
        languageHint.addClassName("orienta-hint");
        requiredLanguages.setId("required-languages");
        requiredLanguages.setLabel(getTranslation("organisation.requiredLanguages"));
        requiredLanguages.setItems(Languages.SUPPORTED.stream()
                .filter(l -> !l.equals(Languages.ENGLISH))
                .toList());
        requiredLanguages.setItemLabelGenerator(Languages::nativeName);
        requiredLanguages.setValue(new java.util.LinkedHashSet<>(organisation.requiredLanguages()));
        requiredLanguages.setHelperText(getTranslation("organisation.requiredLanguages.text"));
        requiredLanguages.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                organisation.changeRequiredLanguages(e.getValue());
                Notification.show(getTranslation("organisation.requiredLanguages.saved"));
            }
        });

        add(
                intro,
                new H2(getTranslation("organisation.language")),
                languageHint,
                defaultLanguage,
                requiredLanguages,
                new H2(getTranslation("organisation.departments")),
                addDepartment,
                departments,
                new H2(getTranslation("organisation.jobRoles")),
                addJobRole,
                jobRoles);
        refresh();
    }

    private Div actions(Runnable edit, Runnable remove, String id) {
        var editButton = new Button(getTranslation("organisation.edit"), e -> edit.run());
        editButton.setId("edit-" + id);
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var removeButton = new Button(getTranslation("organisation.remove"), e -> remove.run());
        removeButton.setId("remove-" + id);
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new Div(editButton, removeButton);
    }

    private void refresh() {
        departments.setItems(organisation.departments());
        jobRoles.setItems(Collation.sorted(organisation.jobRoles(), JobRoleRow::name, getLocale()));
    }

    private void editDepartment(@Nullable DepartmentRow row) {
        var dialog = new Dialog();
        dialog.setId("department-dialog");
        dialog.setHeaderTitle(row == null ? getTranslation("organisation.add.department") : row.name());
        var name = new TextField(getTranslation("organisation.name"));
        name.setId("department-name");
        name.setWidthFull();
        var parent = new ComboBox<DepartmentRow>(getTranslation("organisation.parent"));
        parent.setId("department-parent");
        parent.setItems(organisation.departments().stream()
                .filter(d -> row == null || !d.id().equals(row.id()))
                .toList());
        parent.setItemLabelGenerator(DepartmentRow::path);
        parent.setPlaceholder(getTranslation("organisation.parent.none"));
        parent.setClearButtonVisible(true);
        parent.setWidthFull();
        if (row != null) {
            name.setValue(row.name());
            parent.getListDataView()
                    .getItems()
                    .filter(d -> d.id().equals(row.parent()))
                    .findFirst()
                    .ifPresent(parent::setValue);
        }
        var save = new Button(getTranslation("organisation.save"), e -> {
            DepartmentId inside =
                    parent.getValue() == null ? null : parent.getValue().id();
            try {
                if (row == null) {
                    organisation.createDepartment(name.getValue(), inside);
                } else {
                    organisation.updateDepartment(row.id(), name.getValue(), inside);
                }
            } catch (InvalidInputException problem) {
                showOn(problem, name, parent);
                return;
            }
            dialog.close();
            Notification.show(
                    getTranslation("organisation.saved", name.getValue().strip()));
            refresh();
        });
        save.setId("department-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name, parent);
        dialog.getFooter().add(new Button(getTranslation("organisation.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void editJobRole(@Nullable JobRoleRow row) {
        var dialog = new Dialog();
        dialog.setId("job-role-dialog");
        dialog.setHeaderTitle(row == null ? getTranslation("organisation.add.jobRole") : row.name());
        var name = new TextField(getTranslation("organisation.name"));
        name.setId("job-role-name");
        name.setWidthFull();
        if (row != null) {
            name.setValue(row.name());
        }
        var save = new Button(getTranslation("organisation.save"), e -> {
            try {
                if (row == null) {
                    organisation.createJobRole(name.getValue());
                } else {
                    organisation.renameJobRole(row.id(), name.getValue());
                }
            } catch (InvalidInputException problem) {
                showOn(problem, name, null);
                return;
            }
            dialog.close();
            Notification.show(
                    getTranslation("organisation.saved", name.getValue().strip()));
            refresh();
        });
        save.setId("job-role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("organisation.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showOn(InvalidInputException problem, TextField name, @Nullable ComboBox<DepartmentRow> parent) {
        var fields = FieldProblems.on(this).field("name", name);
        if (parent != null) {
            fields.field("parent", parent);
        }
        fields.otherwise(name).show(problem.problems());
    }

    private void remove(String what, Runnable action) {
        var confirm = new ConfirmDialog(
                getTranslation("organisation.remove.title", what),
                getTranslation("organisation.remove.text"),
                getTranslation("organisation.remove"),
                e -> {
                    try {
                        action.run();
                        Notification.show(getTranslation("organisation.removed", what));
                    } catch (InvalidInputException problem) {
                        var p = problem.problems().getFirst();
                        Notification.show(
                                        getTranslation(
                                                p.messageKey(), p.arguments().toArray()),
                                        6000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(
                                        com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        confirm.setId("organisation-remove");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("organisation.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title");
    }
}
