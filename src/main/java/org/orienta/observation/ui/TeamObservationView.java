package org.orienta.observation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.orienta.base.Roles;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.observation.NewObservation;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.people.CurrentUser;
import org.orienta.people.TraineeRow;

/**
 * A manager observes a team member on the job, typically on a phone right after a real customer
 * conversation: pick the person and the checklist, one tap per behaviour, save.
 */
@Route(TeamObservationView.ROUTE)
@RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.HR, Roles.ADMIN})
@Menu(order = 3, title = "nav.myTeam", icon = "vaadin:clipboard-user")
class TeamObservationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "my-team";

    private final transient ObservationService observations;
    private final transient ChecklistService checklists;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    final Select<TraineeRow> member = new Select<>();
    private final Div recent = new Div();

    TeamObservationView(
            ObservationService observations, ChecklistService checklists, CurrentUser currentUser, Clock clock) {
        this.observations = observations;
        this.checklists = checklists;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("orienta-page");
        setId("team-observation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var team = observations.myTeam();
        if (team.isEmpty()) {
            var none = new Paragraph(getTranslation("observation.team.none"));
            none.setId("team-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("observation.team.intro")));
        member.setId("team-member");
        member.setLabel(getTranslation("observation.team.member"));
        member.setItems(team);
        member.setItemLabelGenerator(TraineeRow::displayName);
        member.setWidthFull();
        var offered = checklists.publishedChecklists().stream()
                .filter(c -> c.definition().context() != ChecklistContext.LIVE_EXERCISE)
                .toList();
        var entry = new ObservationEntry(
                offered,
                getLocale(),
                LocalDate.now(clock),
                (checklist, day, channel, answers) -> {
                    if (member.getValue() == null) {
                        member.setErrorMessage(getTranslation("observation.team.chooseMember"));
                        member.setInvalid(true);
                        throw new org.orienta.base.InvalidInputException(
                                org.orienta.base.FieldProblem.of("person", "observation.team.chooseMember"));
                    }
                    observations.record(new NewObservation(
                            checklist.key(),
                            checklist.version(),
                            member.getValue().id(),
                            currentUser.requireId(),
                            ObservationSource.JOB,
                            day,
                            member.getValue().department(),
                            channel,
                            null,
                            answers));
                },
                this::showRecent);
        entry.addFirst(member);
        recent.setId("team-recent");
        add(entry, recent);
        showRecent();
    }

    private void showRecent() {
        recent.removeAll();
        var mine = observations.recordedByMe();
        if (mine.isEmpty()) {
            return;
        }
        recent.add(new H2(getTranslation("observation.recorded.title")));
        mine.stream().limit(10).forEach(o -> recent.add(ObservationCard.of(o, getLocale(), true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.team.title");
    }
}
