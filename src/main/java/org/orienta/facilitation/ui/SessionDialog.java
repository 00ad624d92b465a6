package org.orienta.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.orienta.activity.ActivityService;
import org.orienta.activity.ActivitySummary;
import org.orienta.base.Collation;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ui.FieldProblems;
import org.orienta.facilitation.SessionDetails;
import org.orienta.facilitation.SessionDraft;
import org.orienta.facilitation.SessionService;
import org.orienta.people.CurrentUser;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PersonOption;
import org.orienta.people.TraineeRow;
import org.orienta.progress.assignment.AssignmentService;

/**
 * Schedules a session or changes one: the activity, when and where, who facilitates, and who takes part,
 * picked one by one or added a department or an assignment's people at a time. Saved as a whole or not
 * at all; the service's problems are shown on their fields.
 */
class SessionDialog extends Dialog {

    record Services(
            SessionService sessions,
            ActivityService activities,
            PeopleService people,
            AssignmentService assignments,
            CurrentUser currentUser) {}

    final Select<ActivitySummary> activity = new Select<>();
    final DateTimePicker start = new DateTimePicker();
    final TextField place = new TextField();
    final Select<PersonOption> facilitator = new Select<>();
    final MultiSelectComboBox<TraineeRow> participants = new MultiSelectComboBox<>();
    final Select<DepartmentOption> addDepartment = new Select<>();
    final Select<AssignmentService.RuleRow> addAssignment = new Select<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    /**
     * @param existing the session to change; null to schedule a new one
     * @param saved told the id of the session once it is saved
     */
    SessionDialog(Services services, @Nullable SessionDetails existing, LongConsumer saved) {
        setId("session-dialog");
        setHeaderTitle(getTranslation(existing == null ? "sessions.schedule" : "sessions.edit"));
        setWidth("min(100vw, 600px)");
        var activities = services.activities().publishedActivities();
        activity.setId("session-activity");
        activity.setLabel(getTranslation("sessions.field.activity"));
        activity.setItems(activities);
        activity.setItemLabelGenerator(a -> a.definition().title().in(getLocale()));
        activity.setWidthFull();
        start.setId("session-start");
        start.setLabel(getTranslation("sessions.field.start"));
        start.setLocale(getLocale());
        start.setStep(java.time.Duration.ofMinutes(15));
        place.setId("session-place");
        place.setLabel(getTranslation("sessions.field.place"));
        place.setMaxLength(200);
        place.setWidthFull();
        var facilitators = services.sessions().facilitators();
        facilitator.setId("session-facilitator");
        facilitator.setLabel(getTranslation("sessions.field.facilitator"));
        facilitator.setItems(facilitators);
        facilitator.setItemLabelGenerator(PersonOption::displayName);
        facilitator.setWidthFull();
        var trainees = Collation.sorted(services.people().trainees(), TraineeRow::displayName, getLocale());
        participants.setId("session-people");
        participants.setLabel(getTranslation("sessions.field.participants"));
        participants.setItems(trainees);
        participants.setItemLabelGenerator(t -> t.departmentName() == null
                ? t.displayName()
                : getTranslation("text.meta", t.displayName(), t.departmentName()));
        participants.setWidthFull();
        addDepartment.setId("session-add-department");
        addDepartment.setLabel(getTranslation("sessions.field.addDepartment"));
        addDepartment.setItems(Collation.sorted(services.people().departments(), DepartmentOption::name, getLocale()));
        addDepartment.setItemLabelGenerator(DepartmentOption::name);
        addDepartment.setPlaceholder(getTranslation("sessions.field.choose"));
        addDepartment.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var department = e.getValue().id();
                addPeople(trainees.stream()
                        .filter(t -> department.equals(t.department()))
                        .toList());
                addDepartment.clear();
            }
        });
        addAssignment.setId("session-add-assignment");
        addAssignment.setLabel(getTranslation("sessions.field.addAssignment"));
        addAssignment.setItems(services.assignments().assignments());
        addAssignment.setItemLabelGenerator(r -> r.targetName() == null
                ? r.moduleTitle()
                : getTranslation("text.meta", r.moduleTitle(), r.targetName()));
        addAssignment.setPlaceholder(getTranslation("sessions.field.choose"));
        addAssignment.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                var wanted = new HashSet<PersonId>();
                services.assignments().people(e.getValue().id()).forEach(p -> wanted.add(p.person()));
                addPeople(trainees.stream().filter(t -> wanted.contains(t.id())).toList());
                addAssignment.clear();
            }
        });
        var adders = new Div(addDepartment, addAssignment);
        adders.addClassName("orienta-session-adders");
        error.setId("session-error");
        error.addClassName("orienta-field-error");

        if (existing == null) {
            activities.stream().findFirst().ifPresent(activity::setValue);
            start.setValue(LocalDateTime.now(ZoneId.systemDefault())
                    .truncatedTo(ChronoUnit.HOURS)
                    .plusHours(1));
            services.currentUser()
                    .id()
                    .flatMap(me ->
                            facilitators.stream().filter(f -> f.id().equals(me)).findFirst())
                    .ifPresent(facilitator::setValue);
        } else {
            activities.stream()
                    .filter(a -> a.key().equals(existing.activity().id()))
                    .findFirst()
                    .ifPresent(activity::setValue);
            start.setValue(LocalDateTime.ofInstant(existing.startsAt(), ZoneId.systemDefault()));
            place.setValue(existing.place());
            facilitators.stream()
                    .filter(f -> f.id().equals(existing.facilitator()))
                    .findFirst()
                    .ifPresent(facilitator::setValue);
            var listed = new HashSet<PersonId>();
            existing.participants().forEach(p -> listed.add(p.person()));
            participants.setValue(new LinkedHashSet<>(
                    trainees.stream().filter(t -> listed.contains(t.id())).toList()));
        }

        save.setText(getTranslation(existing == null ? "sessions.schedule.confirm" : "sessions.edit.confirm"));
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            error.setText("");
            var draft = new SessionDraft(
                    activity.getValue() == null ? null : activity.getValue().key(),
                    start.getValue(),
                    place.getValue(),
                    facilitator.getValue() == null
                            ? null
                            : facilitator.getValue().id(),
                    participants.getValue().stream().map(TraineeRow::id).collect(java.util.stream.Collectors.toSet()));
            try {
                long id;
                if (existing == null) {
                    id = services.sessions().schedule(draft);
                } else {
                    services.sessions().change(existing.id(), draft, existing.version());
                    id = existing.id();
                }
                close();
                saved.accept(id);
            } catch (InvalidInputException ex) {
                var shown = FieldProblems.on(this)
                        .field("activity", activity)
                        .field("startsAt", start)
                        .field("place", place)
                        .field("facilitator", facilitator)
                        .field("participants", participants)
                        .show(ex.problems());
                shown.unplaced()
                        .forEach(p -> error.setText(
                                getTranslation(p.messageKey(), p.arguments().toArray())));
            } catch (ConcurrentEditException ex) {
                error.setText(getTranslation("sessions.changedMeanwhile"));
            }
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("session-dialog-cancel");
        add(new Div(activity, start, place, facilitator, participants, adders, error));
        getFooter().add(cancel, save);
    }

    private void addPeople(List<TraineeRow> more) {
        var chosen = new LinkedHashSet<>(participants.getValue());
        chosen.addAll(more);
        participants.setValue(chosen);
    }
}
