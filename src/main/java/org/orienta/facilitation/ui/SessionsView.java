package org.orienta.facilitation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.orienta.activity.ActivityService;
import org.orienta.base.Roles;
import org.orienta.facilitation.SessionRow;
import org.orienta.facilitation.SessionService;
import org.orienta.facilitation.SessionTime;
import org.orienta.people.CurrentUser;
import org.orienta.people.PeopleService;
import org.orienta.progress.assignment.AssignmentService;

/**
 * The trainers' list of facilitated sessions: the upcoming ones first, soonest first, then the past
 * ones; each opens the page it is run from. One column of cards, so it reads on the phone a facilitator
 * carries into the room.
 */
@Route("sessions")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 42, title = "nav.sessions", icon = "vaadin:group")
class SessionsView extends Div implements HasDynamicTitle {

    private final transient SessionService sessions;
    private final transient SessionDialog.Services services;
    private final transient Clock clock;
    private final Div upcoming = cards("upcoming-sessions");
    private final Div past = cards("past-sessions");

    SessionsView(
            SessionService sessions,
            ActivityService activities,
            PeopleService people,
            AssignmentService assignments,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        this.services = new SessionDialog.Services(sessions, activities, people, assignments, currentUser);
        addClassName("orienta-page");
        setId("sessions");
        var intro = new Paragraph(getTranslation("sessions.intro"));
        intro.addClassName("orienta-hint");
        var schedule = new Button(getTranslation("sessions.schedule"), VaadinIcon.PLUS.create(), e -> schedule());
        schedule.setId("schedule-session");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(schedule);
        actions.addClassName("orienta-actions");
        add(intro, actions, section("sessions.upcoming", upcoming), section("sessions.past", past));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }

    private void schedule() {
        new SessionDialog(services, null, this::open).open();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(SessionView.class, new RouteParameters(SessionView.ID, Long.toString(id))));
    }

    private void refresh() {
        upcoming.removeAll();
        past.removeAll();
        var now = clock.instant();
        List<SessionRow> rows = sessions.sessions();
        for (SessionRow row : rows) {
            (SessionService.isPast(row, now) ? past : upcoming).add(card(row));
        }
        if (upcoming.getComponentCount() == 0) {
            upcoming.add(new Paragraph(getTranslation("sessions.upcoming.none")));
        }
        if (past.getComponentCount() == 0) {
            past.add(new Paragraph(getTranslation("sessions.past.none")));
        }
    }

    private Component card(SessionRow row) {
        var card = new Card();
        card.setId("session-card-" + row.id());
        card.setTitle(row.title().in(getLocale()), 3);
        card.setSubtitle(getTranslation(
                "sessions.whenWhere",
                SessionTime.format(row.startsAt(), getLocale(), ZoneId.systemDefault()),
                row.place()));
        var badges = new Div();
        badges.addClassName("orienta-badges");
        if (row.cancelled()) {
            var cancelled = new Badge(getTranslation("sessions.cancelled"));
            cancelled.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
            badges.add(cancelled);
        }
        var counts = new Badge(getTranslation("sessions.counts", row.participants(), row.present(), row.observed()));
        counts.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        badges.add(counts);
        var facilitator = new Paragraph(getTranslation("sessions.facilitatedBy", row.facilitator()));
        facilitator.addClassName("orienta-hint");
        var open = new Button(getTranslation("sessions.open"), e -> open(row.id()));
        open.setId("open-session-" + row.id());
        open.addClassName("orienta-card-action");
        card.add(badges, facilitator, open);
        return card;
    }

    private static Div cards(String id) {
        var cards = new Div();
        cards.addClassName("orienta-card-grid");
        cards.setId(id);
        return cards;
    }

    private Section section(String titleKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)), content);
        section.addClassName("orienta-page-section");
        return section;
    }
}
