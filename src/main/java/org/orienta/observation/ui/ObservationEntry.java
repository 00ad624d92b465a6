package org.orienta.observation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.observation.ObservedAnswer;
import org.springframework.security.access.AccessDeniedException;

/**
 * The part of an observation every observer fills in the same way: the checklist, the day, the channel
 * and the answers, with one save. The view around it says who is observed and makes the observation.
 */
class ObservationEntry extends Div {

    /** What the view does with a complete entry; throws the service's refusals unchanged. */
    interface Save {
        void save(
                PublishedChecklist checklist,
                LocalDate day,
                @Nullable ChecklistContext channel,
                List<ObservedAnswer> answers);
    }

    final Select<PublishedChecklist> checklist = new Select<>();
    final DatePicker day = new DatePicker();
    final Select<ChecklistContext> channel = new Select<>();
    final Button save = new Button();
    private final Div formHolder = new Div();
    private final Locale language;
    private final LocalDate today;
    private final Save action;
    private final Runnable saved;
    private @Nullable ChecklistForm form;

    ObservationEntry(List<PublishedChecklist> offered, Locale language, LocalDate today, Save action, Runnable saved) {
        this.language = language;
        this.today = today;
        this.action = action;
        this.saved = saved;
        addClassName("orienta-observation-entry");
        checklist.setId("observation-checklist");
        checklist.setLabel(getTranslation("observation.checklist"));
        checklist.setItems(offered);
        checklist.setItemLabelGenerator(c -> c.definition().title().in(language));
        checklist.setWidthFull();
        checklist.addValueChangeListener(e -> showForm(e.getValue()));
        day.setId("observation-day");
        day.setLabel(getTranslation("observation.day"));
        day.setMax(today);
        day.setValue(today);
        day.setLocale(language);
        channel.setId("observation-channel");
        channel.setLabel(getTranslation("observation.channel"));
        channel.setItems(ChecklistContext.values());
        channel.setItemLabelGenerator(c -> getTranslation("observation.channel." + c.name()));
        var fields = new Div(day, channel);
        fields.addClassName("orienta-actions");
        save.setId("observation-save");
        save.setText(getTranslation("observation.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("orienta-wide-button");
        save.setEnabled(false);
        save.addClickListener(e -> submit());
        add(checklist, fields, formHolder, save);
        if (offered.size() == 1) {
            checklist.setValue(offered.getFirst());
        }
    }

    /** Puts other fields (who is observed) before the checklist. */
    void addFirst(Component... who) {
        for (int i = who.length - 1; i >= 0; i--) {
            addComponentAsFirst(who[i]);
        }
    }

    private void showForm(@Nullable PublishedChecklist chosen) {
        formHolder.removeAll();
        form = null;
        save.setEnabled(chosen != null);
        if (chosen != null) {
            form = new ChecklistForm(chosen.definition(), language);
            formHolder.add(form);
            channel.setValue(chosen.definition().context());
        }
    }

    ChecklistForm form() {
        if (form == null) {
            throw new IllegalStateException("no checklist chosen yet");
        }
        return form;
    }

    private void submit() {
        var chosen = checklist.getValue();
        var form = this.form;
        if (chosen == null || form == null) {
            checklist.setInvalid(true);
            return;
        }
        if (day.getValue() == null || day.getValue().isAfter(today)) {
            day.setErrorMessage(getTranslation("observation.dateInFuture"));
            day.setInvalid(true);
            return;
        }
        day.setInvalid(false);
        var answers = form.answers();
        if (answers.isEmpty()) {
            return;
        }
        try {
            action.save(chosen, day.getValue(), channel.getValue(), answers.get());
        } catch (InvalidInputException ex) {
            for (var problem : ex.problems()) {
                var message =
                        getTranslation(problem.messageKey(), problem.arguments().toArray());
                if (!form.show(problem.field(), message)) {
                    error(message);
                }
            }
            return;
        } catch (AccessDeniedException ex) {
            error(getTranslation("observation.notAllowed"));
            return;
        }
        Notification.show(getTranslation("observation.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        checklist.clear();
        day.setValue(today);
        saved.run();
    }

    private void error(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
