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
import java.util.ArrayList;
import java.util.Optional;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.observation.NewObservation;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.people.CurrentUser;
import org.orienta.people.DepartmentOption;
import org.orienta.people.TraineeRow;

/**
 * A mystery shopper's one page: record a visit to an assigned branch (optionally naming the employee
 * served), with its day, channel and checklist. Observers see nothing else in Orienta.
 */
@Route(VisitView.ROUTE)
@RolesAllowed(Roles.OBSERVER)
@Menu(order = 5, title = "nav.visits", icon = "vaadin:clipboard-check")
class VisitView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Home forwards observers here by this name (people cannot depend on observation). */
    static final String ROUTE = "visits";

    private final transient ObservationService observations;
    private final transient ChecklistService checklists;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    final Select<DepartmentOption> branch = new Select<>();
    final Select<Optional<TraineeRow>> person = new Select<>();
    private final Div recent = new Div();

    VisitView(ObservationService observations, ChecklistService checklists, CurrentUser currentUser, Clock clock) {
        this.observations = observations;
        this.checklists = checklists;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("orienta-page");
        setId("visits");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var mine = observations.myAssignments();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("observation.visit.none"));
            none.setId("visits-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("observation.visit.intro")));
        var branches = new ArrayList<>(mine.branches());
        for (var named : mine.people()) {
            var id = named.department();
            var name = named.departmentName();
            if (id != null && name != null && !branches.contains(new DepartmentOption(id, name))) {
                branches.add(new DepartmentOption(id, name));
            }
        }
        branch.setId("visit-branch");
        branch.setLabel(getTranslation("observation.visit.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(DepartmentOption::name);
        branch.setWidthFull();
        person.setId("visit-person");
        person.setLabel(getTranslation("observation.visit.person"));
        person.setHelperText(getTranslation("observation.visit.person.help"));
        person.setItemLabelGenerator(
                p -> p.map(TraineeRow::displayName).orElse(getTranslation("observation.visit.person.unnamed")));
        person.setWidthFull();
        branch.addValueChangeListener(e -> {
            var options = new ArrayList<Optional<TraineeRow>>();
            options.add(Optional.empty());
            if (e.getValue() != null) {
                observations.peopleAt(e.getValue().id()).forEach(p -> options.add(Optional.of(p)));
            }
            person.setItems(options);
            person.setValue(Optional.empty());
        });
        if (branches.size() == 1) {
            branch.setValue(branches.getFirst());
        }
        var offered = checklists.publishedChecklists().stream()
                .filter(c -> c.definition().context() != ChecklistContext.LIVE_EXERCISE)
                .toList();
        var entry = new ObservationEntry(
                offered,
                getLocale(),
                LocalDate.now(clock),
                (checklist, day, channel, answers) -> {
                    if (branch.getValue() == null) {
                        branch.setErrorMessage(getTranslation("observation.branchRequired"));
                        branch.setInvalid(true);
                        throw new InvalidInputException(FieldProblem.of("department", "observation.branchRequired"));
                    }
                    var named = person.getValue() == null ? Optional.<TraineeRow>empty() : person.getValue();
                    observations.record(new NewObservation(
                            checklist.key(),
                            checklist.version(),
                            named.map(TraineeRow::id).orElse(null),
                            currentUser.requireId(),
                            ObservationSource.MYSTERY_SHOPPING,
                            day,
                            branch.getValue().id(),
                            channel,
                            null,
                            answers));
                },
                this::showRecent);
        entry.addFirst(branch, person);
        recent.setId("visits-recent");
        add(entry, recent);
        showRecent();
    }

    private void showRecent() {
        recent.removeAll();
        var mine = observations.recordedByMe();
        if (mine.isEmpty()) {
            return;
        }
        recent.add(new H2(getTranslation("observation.visit.recent")));
        mine.stream().limit(10).forEach(o -> recent.add(ObservationCard.of(o, getLocale(), true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.visit.title");
    }
}
