package org.orienta.facilitation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ui.MyTrainingSection;
import org.orienta.facilitation.Attendance;
import org.orienta.facilitation.MySession;
import org.orienta.facilitation.SessionService;
import org.orienta.facilitation.SessionTime;
import org.orienta.observation.ObservationRecord;
import org.orienta.observation.ObservationService;

/**
 * The trainee's live sessions on My training: the upcoming ones (when, where, with whom, what for) and
 * the recent past ones with whether they came and what was observed. Only cards, badges and plain
 * HTML, which My training loads anyway.
 */
@org.springframework.stereotype.Component
class MySessionsSection implements MyTrainingSection {

    /** Past sessions shown; older ones are in the trainee's data export. */
    static final int PAST_SHOWN = 5;

    private final SessionService sessions;
    private final ObservationService observations;
    private final Clock clock;

    MySessionsSection(SessionService sessions, ObservationService observations, Clock clock) {
        this.sessions = sessions;
        this.observations = observations;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section() {
        var mine = sessions.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("my-sessions");
        section.addClassName("orienta-page-section");
        section.add(new H2(section.getTranslation("mySessions.title")));
        var now = clock.instant();
        var cards = new Div();
        cards.addClassName("orienta-card-grid");
        cards.setId("my-sessions-cards");
        int past = 0;
        var observed = new java.util.HashMap<Long, ObservationRecord>();
        if (mine.stream().anyMatch(m -> m.observationId() != null)) {
            observations.mine().forEach(o -> observed.put(o.id().value(), o));
        }
        for (MySession session : mine) {
            boolean over =
                    session.startsAt().plusSeconds(session.minutes() * 60L).isBefore(now);
            if (over && ++past > PAST_SHOWN) {
                break;
            }
            var observationId = session.observationId();
            cards.add(card(cards, session, over, observationId == null ? null : observed.get(observationId)));
        }
        section.add(cards);
        return Optional.of(section);
    }

    private com.vaadin.flow.component.Component card(
            Div owner, MySession session, boolean over, @Nullable ObservationRecord observation) {
        var locale = locale();
        var card = new Card();
        card.setId("my-session-" + session.id());
        card.setTitle(session.title().in(locale), 3);
        card.setSubtitle(owner.getTranslation(
                "sessions.whenWhere",
                SessionTime.format(session.startsAt(), locale, ZoneId.systemDefault()),
                session.place()));
        var badges = new Div();
        badges.addClassName("orienta-badges");
        Badge badge;
        if (session.cancelled()) {
            badge = new Badge(owner.getTranslation("sessions.cancelled"));
            badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
        } else if (!over) {
            badge = new Badge(owner.getTranslation("mySessions.upcoming"));
            badge.addThemeVariants(BadgeVariant.CONTRAST, BadgeVariant.SMALL);
        } else {
            badge = new Badge(owner.getTranslation(
                    "mySessions.attendance." + session.attendance().name()));
            badge.addThemeVariants(
                    session.attendance() == Attendance.PRESENT ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST,
                    BadgeVariant.SMALL);
        }
        badges.add(badge);
        var facilitator = new Paragraph(owner.getTranslation("sessions.facilitatedBy", session.facilitator()));
        facilitator.addClassName("orienta-hint");
        card.add(badges, facilitator);
        if (!over && !session.cancelled()) {
            card.add(new Paragraph(session.goal().in(locale)));
        }
        if (observation != null && !observation.voided()) {
            var list = new UnorderedList();
            for (var answer : observation.answers()) {
                list.add(new ListItem(owner.getTranslation(
                        "text.labelled",
                        // The answer first ("Done: Greets …"): the behaviour's text ends with its own full stop.
                        owner.getTranslation(
                                "observation.answer." + answer.answer().name()),
                        answer.text().in(locale))));
            }
            var details = new NativeDetails(owner.getTranslation("mySessions.observed"), list);
            details.setId("my-session-observed-" + session.id());
            card.add(details);
        }
        return card;
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
