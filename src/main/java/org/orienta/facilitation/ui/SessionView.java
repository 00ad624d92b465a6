package org.orienta.facilitation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.orienta.activity.ActivityService;
import org.orienta.activity.Grouping;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.facilitation.Attendance;
import org.orienta.facilitation.ParticipantRow;
import org.orienta.facilitation.SessionDetails;
import org.orienta.facilitation.SessionGroups;
import org.orienta.facilitation.SessionService;
import org.orienta.facilitation.SessionTime;
import org.orienta.people.CurrentUser;
import org.orienta.people.PeopleService;
import org.orienta.progress.assignment.AssignmentService;

/**
 * The page a session is run from, on the facilitator's phone: who came (one tap per person), what to
 * observe per participant, the pairs or teams with their cards, the steps and the debrief; and the
 * printouts, a change or a cancellation. Every tap is saved at once; a refused one says why and
 * changes nothing.
 */
@Route("sessions/:id")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class SessionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient SessionService sessions;
    private final transient SessionDialog.Services services;
    private @Nullable SessionDetails session;
    private long id;

    SessionView(
            SessionService sessions,
            ActivityService activities,
            PeopleService people,
            AssignmentService assignments,
            CurrentUser currentUser) {
        this.sessions = sessions;
        this.services = new SessionDialog.Services(sessions, activities, people, assignments, currentUser);
        addClassName("orienta-page");
        addClassName("orienta-session");
        setId("session");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        var shown = session;
        return shown == null
                ? getTranslation("nav.sessions")
                : shown.activity().title().in(getLocale());
    }

    private void render() {
        removeAll();
        SessionDetails s;
        try {
            s = sessions.session(id);
        } catch (InvalidInputException e) {
            session = null;
            var missing = new Paragraph(getTranslation("sessions.notFound"));
            missing.setId("session-missing");
            add(missing, new Anchor("sessions", getTranslation("sessions.back")));
            return;
        }
        session = s;
        add(header(s));
        var refusal = s.refusal();
        if (refusal != null) {
            var note = new Paragraph(getTranslation(refusal));
            note.setId("session-refusal");
            note.addClassName("orienta-hint");
            add(note);
        }
        add(participants(s, sessions.checklist(s.id()).orElse(null)), groups(s), guide(s));
    }

    private Component header(SessionDetails s) {
        var title = new H2(s.activity().title().in(getLocale()));
        title.setId("session-title");
        var when = new Paragraph(getTranslation(
                "sessions.whenWhere",
                SessionTime.format(s.startsAt(), getLocale(), ZoneId.systemDefault()),
                s.place()));
        when.setId("session-when");
        var who = new Paragraph(getTranslation("sessions.facilitatedBy", s.facilitatorName()));
        who.addClassName("orienta-hint");
        var header = new Div(title, when, who);
        if (s.cancelled()) {
            var badge = new Badge(getTranslation("sessions.cancelled"));
            badge.addThemeVariants(BadgeVariant.ERROR);
            badge.setId("session-cancelled");
            header.add(
                    badge,
                    new Paragraph(getTranslation("sessions.cancelledBecause", String.valueOf(s.cancelReason()))));
        }
        var actions = new Div(
                download("session-guide", "sessions.guide", "guide", () -> sessions.guide(s.id(), getLocale())),
                download(
                        "session-sheet",
                        "sessions.sheet",
                        "attendance",
                        () -> sessions.attendanceSheet(s.id(), getLocale())));
        if (!s.cancelled()) {
            var edit = new Button(getTranslation("sessions.edit"), VaadinIcon.EDIT.create(), e -> edit(s));
            edit.setId("session-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var cancel =
                    new Button(getTranslation("sessions.cancel"), VaadinIcon.CLOSE_CIRCLE.create(), e -> cancel(s));
            cancel.setId("session-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(edit, cancel);
        }
        actions.addClassName("orienta-actions");
        header.add(actions);
        return header;
    }

    private Component participants(SessionDetails s, @Nullable PublishedChecklist checklist) {
        var section = new Section();
        section.addClassName("orienta-page-section");
        section.setId("participants");
        long present = s.participants().stream()
                .filter(p -> p.attendance() == Attendance.PRESENT)
                .count();
        var heading = new H3(getTranslation(
                "sessions.participants", present, s.participants().size()));
        heading.setId("participants-heading");
        section.add(heading);
        boolean recordable = s.refusal() == null;
        for (ParticipantRow p : s.participants()) {
            section.add(participant(s, p, recordable, checklist));
        }
        return section;
    }

    private Component participant(
            SessionDetails s, ParticipantRow p, boolean recordable, @Nullable PublishedChecklist checklist) {
        var row = new Div();
        row.addClassName("orienta-session-person");
        row.setId("participant-" + p.person());
        var name = new Span(p.name());
        name.addClassName("orienta-session-name");
        var who = new Div(name);
        var department = p.department();
        if (department != null) {
            var where = new Span(department);
            where.addClassName("orienta-hint");
            who.add(where);
        }
        var present = toggle(s, p, Attendance.PRESENT, "present", VaadinIcon.CHECK, recordable);
        var absent = toggle(s, p, Attendance.ABSENT, "absent", VaadinIcon.MINUS, recordable);
        var buttons = new Div(present, absent);
        if (p.observationId() != null) {
            var observed = new Badge(getTranslation("sessions.observed"));
            observed.addThemeVariants(BadgeVariant.SUCCESS);
            observed.setId("observed-" + p.person());
            buttons.add(observed);
        } else if (checklist != null) {
            var observe = new Button(getTranslation("sessions.observe"), VaadinIcon.CLIPBOARD_CHECK.create());
            observe.setId("observe-" + p.person());
            observe.setAriaLabel(getTranslation("sessions.observe.aria", p.name()));
            observe.setEnabled(recordable && p.attendance() != Attendance.ABSENT);
            observe.addClickListener(e -> new ObservationDialog(sessions, s.id(), p, checklist, this::render).open());
            buttons.add(observe);
        }
        buttons.addClassName("orienta-session-buttons");
        row.add(who, buttons);
        return row;
    }

    private Button toggle(
            SessionDetails s, ParticipantRow p, Attendance value, String word, VaadinIcon icon, boolean recordable) {
        boolean on = p.attendance() == value;
        var button = new Button(getTranslation("sessions.attendance." + word), icon.create());
        button.setId(word + "-" + p.person());
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        button.setAriaLabel(getTranslation("sessions.attendance." + word + ".aria", p.name()));
        button.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        if (on && value == Attendance.ABSENT) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setEnabled(recordable);
        button.addClickListener(e -> act(() -> sessions.mark(s.id(), p.person(), on ? Attendance.UNMARKED : value)));
        return button;
    }

    private Component groups(SessionDetails s) {
        var section = new Section();
        section.addClassName("orienta-page-section");
        section.setId("session-groups");
        boolean pairs = s.activity().grouping() == Grouping.PAIRS;
        section.add(new H3(getTranslation(pairs ? "sessions.pdf.pairs" : "sessions.pdf.teams")));
        var note = s.activity().cardNote();
        if (note != null) {
            var hint = new Paragraph(note.in(getLocale()));
            hint.addClassName("orienta-hint");
            section.add(hint);
        }
        var list = new UnorderedList();
        list.addClassName("orienta-session-groups");
        for (SessionGroups.Group group : s.groups()) {
            var names = String.join(", ", group.members().stream().map(s::name).toList());
            var line = getTranslation(
                    "text.labelled", getTranslation(pairs ? "sessions.pair" : "sessions.team", group.number()), names);
            var item = new ListItem(new Span(line));
            item.setId("group-" + group.number());
            var card = group.card();
            if (card != null) {
                var drawn = new Paragraph(
                        getTranslation("sessions.card", card.text().in(getLocale())));
                drawn.addClassName("orienta-session-card");
                item.add(drawn);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component guide(SessionDetails s) {
        var activity = s.activity();
        var body = new Div();
        body.add(new Paragraph(activity.goal().in(getLocale())));
        if (!activity.materials().isEmpty()) {
            body.add(new H3(getTranslation("sessions.pdf.materials")));
            var materials = new UnorderedList();
            activity.materials().forEach(m -> materials.add(new ListItem(m.in(getLocale()))));
            body.add(materials);
        }
        body.add(new H3(getTranslation("sessions.pdf.steps")));
        var steps = new OrderedList();
        for (var step : activity.steps()) {
            var minutes = step.minutes();
            steps.add(new ListItem(
                    minutes == null
                            ? step.text().in(getLocale())
                            : getTranslation("sessions.stepTimed", step.text().in(getLocale()), minutes)));
        }
        body.add(steps, new H3(getTranslation("sessions.pdf.debrief")));
        var debrief = new UnorderedList();
        activity.debrief().forEach(q -> debrief.add(new ListItem(q.in(getLocale()))));
        body.add(debrief);
        var details = new NativeDetails(getTranslation("sessions.guideOnScreen"), body);
        details.setId("session-guide-text");
        details.addClassName("orienta-page-section");
        return details;
    }

    private Anchor download(String id, String labelKey, String name, Supplier<byte[]> content) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = content.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "session-" + this.id + "-" + name + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                "");
        var button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        anchor.add(button);
        anchor.setId(id);
        anchor.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return anchor;
    }

    private void edit(SessionDetails s) {
        new SessionDialog(services, s, saved -> {
                    notify("sessions.saved", NotificationVariant.LUMO_SUCCESS);
                    render();
                })
                .open();
    }

    private void cancel(SessionDetails s) {
        var dialog = new Dialog();
        dialog.setId("cancel-dialog");
        dialog.setHeaderTitle(getTranslation("sessions.cancel.title"));
        var reason = new TextArea(getTranslation("sessions.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        var confirm = new Button(getTranslation("sessions.cancel.confirm"), e -> {
            try {
                sessions.cancel(s.id(), reason.getValue(), s.version());
                dialog.close();
                render();
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                var problem = ex.problems().getFirst();
                reason.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
            } catch (ConcurrentEditException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("sessions.changedMeanwhile"));
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var keep = new Button(getTranslation("sessions.cancel.keep"), e -> dialog.close());
        dialog.add(new Paragraph(getTranslation("sessions.cancel.text")), reason);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    /** Runs a change and shows the page as it now stands; a refusal is said and nothing changed. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            var problem = e.problems().getFirst();
            Notification.show(
                            getTranslation(
                                    problem.messageKey(), problem.arguments().toArray()),
                            5000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(variant);
    }
}
