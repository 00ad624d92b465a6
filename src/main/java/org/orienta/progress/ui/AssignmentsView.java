package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import org.orienta.base.Collation;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.base.ui.FieldProblems;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleSummary;
import org.orienta.people.DepartmentOption;
import org.orienta.people.JobRoleOption;
import org.orienta.people.PeopleService;
import org.orienta.people.TraineeRow;
import org.orienta.progress.assignment.AssignmentService;
import org.orienta.progress.assignment.AssignmentService.PersonStatus;
import org.orienta.progress.assignment.AssignmentService.RuleRow;
import org.orienta.progress.assignment.AssignmentTarget;
import org.orienta.progress.assignment.ModuleStatus;

/**
 * Trainers assign modules to people, departments or job roles with a due date, and follow each
 * assignment person by person: not started, in progress, completed, overdue; with reminders.
 */
@Route("assignments")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 41, title = "nav.assignments", icon = "vaadin:calendar-clock")
class AssignmentsView extends Div implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    final Grid<RuleRow> grid = new Grid<>();
    private final transient AssignmentService assignments;
    private final transient CurriculumService curriculum;
    private final transient PeopleService people;

    AssignmentsView(AssignmentService assignments, CurriculumService curriculum, PeopleService people) {
        this.assignments = assignments;
        this.curriculum = curriculum;
        this.people = people;
        addClassName("orienta-page");
        setId("assignments");
        var intro = new Paragraph(getTranslation("assignments.intro"));
        intro.addClassName("orienta-hint");
        var create = new Button(getTranslation("assignments.new"), VaadinIcon.PLUS.create(), e -> newAssignment());
        create.setId("new-assignment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("assignment-grid");
        grid.addColumn(RuleRow::moduleTitle)
                .setHeader(getTranslation("assignments.col.module"))
                .setFlexGrow(3);
        grid.addColumn(this::target)
                .setHeader(getTranslation("assignments.col.for"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.due() == null ? "–" : r.due().toString())
                .setHeader(getTranslation("assignments.col.due"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::counts)
                .setHeader(getTranslation("assignments.col.progress"))
                .setFlexGrow(4);
        grid.addComponentColumn(r -> {
                    var open = new Button(getTranslation("assignments.people", r.people()), e -> details(r));
                    open.setId("assignment-open-" + r.id());
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return open;
                })
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("assignments.empty"));
        grid.setAllRowsVisible(true);
        var actions = new Div(create);
        actions.addClassName("orienta-actions");
        add(intro, actions, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assignments");
    }

    /** {@code ?open=<id>} opens that assignment's people, as the trainer home links to it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("open")
                .ifPresent(id -> assignments.assignments().stream()
                        .filter(r -> Long.toString(r.id()).equals(id))
                        .findFirst()
                        .ifPresent(this::details));
    }

    private void refresh() {
        grid.setItems(assignments.assignments());
    }

    private String target(RuleRow row) {
        var who = switch (row.target()) {
            case PEOPLE -> getTranslation("assignments.target.people");
            case DEPARTMENT -> getTranslation("assignments.target.department", row.targetName());
            case JOB_ROLE -> getTranslation("assignments.target.jobRole", row.targetName());
        };
        return row.recurrenceMonths() == null
                ? who
                : getTranslation("text.meta", who, getTranslation("assignments.every", row.recurrenceMonths()));
    }

    private Component counts(RuleRow row) {
        var box = new Div();
        box.addClassName("orienta-badges");
        for (ModuleStatus status : ModuleStatus.values()) {
            int n = row.counts().getOrDefault(status, 0);
            if (n > 0) {
                box.add(badge(status, getTranslation("assignments.count." + key(status), n)));
            }
        }
        return box;
    }

    private Badge badge(ModuleStatus status, String text) {
        var badge = new Badge(text);
        badge.addThemeVariants(
                switch (status) {
                    case COMPLETED -> BadgeVariant.SUCCESS;
                    case OVERDUE -> BadgeVariant.ERROR;
                    default -> BadgeVariant.CONTRAST;
                });
        return badge;
    }

    private static String key(ModuleStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void details(RuleRow row) {
        var dialog = new Dialog();
        dialog.setId("assignment-dialog");
        dialog.setHeaderTitle(getTranslation("text.meta", row.moduleTitle(), target(row)));
        dialog.setWidth("min(100vw, 760px)");
        var list = new Grid<PersonStatus>();
        list.setId("assignment-people");
        list.setAllRowsVisible(true);
        list.addColumn(PersonStatus::name)
                .setHeader(getTranslation("assignments.col.person"))
                .setFlexGrow(3);
        list.addColumn(p -> p.department() == null ? "" : p.department())
                .setHeader(getTranslation("assignments.col.department"))
                .setFlexGrow(2);
        list.addComponentColumn(p -> badge(
                        p.status(),
                        getTranslation(
                                "assignments.statusItems",
                                getTranslation("status." + p.status().name()),
                                p.itemsCompleted(),
                                p.items())))
                .setHeader(getTranslation("assignments.col.status"))
                .setFlexGrow(2);
        list.addComponentColumn(p -> {
                    var remind = new Button(getTranslation("assignments.remind"), VaadinIcon.BELL.create(), e -> {
                        assignments.remind(row.id(), p.person());
                        Notification.show(
                                        getTranslation("assignments.reminded", p.name()),
                                        3000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    });
                    remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    remind.setEnabled(p.status() != ModuleStatus.COMPLETED);
                    return remind;
                })
                .setFlexGrow(1);
        list.setItems(Collation.sorted(assignments.people(row.id()), PersonStatus::name, getLocale()));
        var remindAll = new Button(getTranslation("assignments.remindAll"), VaadinIcon.BELL.create(), e -> {
            int n = assignments.remindAllOpen(row.id());
            Notification.show(getTranslation("assignments.remindedAll", n), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        remindAll.setId("remind-all");
        var due = new DatePicker(getTranslation("assignments.col.due"));
        due.setValue(row.due());
        due.setMin(LocalDate.now());
        due.setClearButtonVisible(true);
        due.setHelperText(getTranslation("assignments.changeDue.help"));
        due.setId("assignment-due");
        var changeDue = new Button(getTranslation("assignments.changeDue"), e -> {
            try {
                assignments.changeDue(row.id(), due.getValue());
                dialog.close();
                refresh();
                Notification.show(getTranslation("assignments.changed"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problem) {
                due.setInvalid(true);
                due.setErrorMessage(getTranslation(
                        problem.problems().getFirst().messageKey(),
                        problem.problems().getFirst().arguments().toArray()));
            }
        });
        changeDue.setId("assignment-change-due");
        var remove = new Button(getTranslation("assignments.remove"), VaadinIcon.TRASH.create(), e -> {
            var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("assignments.remove.title"),
                    getTranslation("assignments.remove.text", row.moduleTitle(), row.people()),
                    getTranslation("assignments.remove"),
                    ok -> {
                        assignments.remove(row.id());
                        dialog.close();
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setId("assignment-remove");
        var change = new Div(due, changeDue);
        change.addClassName("orienta-actions");
        var close = new Button(getTranslation("editor.play.close"), e -> dialog.close());
        dialog.add(list, change);
        dialog.getFooter().add(remove, remindAll, close);
        dialog.open();
    }

    private void newAssignment() {
        var dialog = new Dialog();
        dialog.setId("assign-dialog");
        dialog.setHeaderTitle(getTranslation("assignments.new"));
        dialog.setWidth("min(100vw, 560px)");
        var module = new Select<ModuleSummary>();
        module.setId("assign-module");
        module.setLabel(getTranslation("assignments.col.module"));
        module.setItems(curriculum.publishedModules());
        module.setItemLabelGenerator(m -> m.definition().title().english());
        module.setWidthFull();
        var target = new RadioButtonGroup<AssignmentTarget>(getTranslation("assignments.col.for"));
        target.setId("assign-target");
        target.setItems(AssignmentTarget.values());
        target.setItemLabelGenerator(
                t -> getTranslation("assignments.choose." + t.name().toLowerCase(Locale.ROOT)));
        target.setValue(AssignmentTarget.DEPARTMENT);
        var chosen = new MultiSelectComboBox<TraineeRow>(getTranslation("assignments.target.people"));
        chosen.setId("assign-people");
        chosen.setItems(Collation.sorted(people.trainees(), TraineeRow::displayName, getLocale()));
        chosen.setItemLabelGenerator(t -> t.departmentName() == null
                ? t.displayName()
                : getTranslation("text.meta", t.displayName(), t.departmentName()));
        chosen.setWidthFull();
        var department = new Select<DepartmentOption>();
        department.setId("assign-department");
        department.setLabel(getTranslation("assignments.col.department"));
        department.setItems(Collation.sorted(people.departments(), DepartmentOption::name, getLocale()));
        department.setItemLabelGenerator(DepartmentOption::name);
        var jobRole = new Select<JobRoleOption>();
        jobRole.setId("assign-job-role");
        jobRole.setLabel(getTranslation("assignments.jobRole"));
        jobRole.setItems(Collation.sorted(people.jobRoles(), JobRoleOption::name, getLocale()));
        jobRole.setItemLabelGenerator(JobRoleOption::name);
        var due = new DatePicker(getTranslation("assignments.col.due"));
        due.setId("assign-due");
        due.setMin(LocalDate.now());
        due.setHelperText(getTranslation("assignments.due.help"));
        var repeat = new com.vaadin.flow.component.textfield.IntegerField(getTranslation("assignments.recurrence"));
        repeat.setId("assign-recurrence");
        repeat.setMin(1);
        repeat.setMax(60);
        repeat.setStepButtonsVisible(true);
        repeat.setHelperText(getTranslation("assignments.recurrence.help"));
        Runnable show = () -> {
            chosen.setVisible(target.getValue() == AssignmentTarget.PEOPLE);
            department.setVisible(target.getValue() == AssignmentTarget.DEPARTMENT);
            jobRole.setVisible(target.getValue() == AssignmentTarget.JOB_ROLE);
        };
        target.addValueChangeListener(e -> show.run());
        show.run();
        var error = new Paragraph();
        error.setId("assign-error");
        error.addClassName("orienta-field-error");
        var assign = new Button(getTranslation("assignments.assign"), e -> {
            error.setText("");
            if (module.getValue() == null) {
                module.setInvalid(true);
                module.setErrorMessage(getTranslation("assign.noModule"));
                return;
            }
            try {
                assignments.assign(
                        module.getValue().key(),
                        target.getValue(),
                        chosen.getValue().stream().map(TraineeRow::id).toList(),
                        department.getValue() == null
                                ? null
                                : department.getValue().id(),
                        jobRole.getValue() == null ? null : jobRole.getValue().id(),
                        due.getValue(),
                        repeat.getValue());
                dialog.close();
                Notification.show(getTranslation("assignments.done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                var shown = FieldProblems.on(this)
                        .field("people", chosen)
                        .field("department", department)
                        .field("jobRole", jobRole)
                        .field("due", due)
                        .field("recurrence", repeat)
                        .show(ex.problems());
                shown.unplaced()
                        .forEach(p -> error.setText(
                                getTranslation(p.messageKey(), p.arguments().toArray())));
            }
        });
        assign.setId("assign-confirm");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Div(module, target, chosen, department, jobRole, due, repeat, error));
        dialog.getFooter().add(cancel, assign);
        dialog.open();
    }
}
