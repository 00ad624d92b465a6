package org.orienta.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.checklist.ChecklistService;
import org.orienta.observation.ObservationService;
import org.orienta.observation.VisitLinkService;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonRow;
import org.orienta.people.Role;
import org.orienta.people.TraineeRow;

/**
 * Administrators say what each external observer (mystery shopper) may observe: branches, or named
 * people. The accounts themselves are made in People with the Observer role. Below, single-use visit
 * links for shoppers without an account ({@link VisitLinksSection}).
 */
@Route("observers")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 92, title = "nav.observers", icon = "vaadin:clipboard-check")
class ObserversView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ObservationService observations;
    private final transient PeopleService people;
    private final transient VisitLinkService links;
    private final transient ChecklistService checklists;
    private final transient Clock clock;
    final Select<PersonRow> observer = new Select<>();
    final MultiSelectComboBox<DepartmentOption> branches = new MultiSelectComboBox<>();
    final MultiSelectComboBox<TraineeRow> persons = new MultiSelectComboBox<>();
    final Button save = new Button();

    ObserversView(
            ObservationService observations,
            PeopleService people,
            VisitLinkService links,
            ChecklistService checklists,
            Clock clock) {
        this.observations = observations;
        this.people = people;
        this.links = links;
        this.checklists = checklists;
        this.clock = clock;
        addClassName("orienta-page");
        setId("observers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        accounts();
        add(new VisitLinksSection(
                links, people.departments(), people.trainees(), checklists.publishedChecklists(), clock, getLocale()));
    }

    /** What each mystery shopper account may observe. */
    private void accounts() {
        add(new Paragraph(getTranslation("observation.observers.intro")));
        var accounts = people.findPeople("").stream()
                .filter(p -> p.roles().contains(Role.OBSERVER))
                .toList();
        if (accounts.isEmpty()) {
            var none = new Paragraph(getTranslation("observation.observers.none"));
            none.setId("observers-none");
            add(none);
            return;
        }
        observer.setId("observer-account");
        observer.setLabel(getTranslation("observation.observers.account"));
        observer.setItems(accounts);
        observer.setItemLabelGenerator(
                p -> getTranslation("observation.observers.personIn", p.displayName(), p.username()));
        observer.setWidthFull();
        branches.setId("observer-branches");
        branches.setLabel(getTranslation("observation.observers.branches"));
        branches.setItems(people.departments());
        branches.setItemLabelGenerator(DepartmentOption::name);
        branches.setWidthFull();
        persons.setId("observer-people");
        persons.setLabel(getTranslation("observation.observers.people"));
        persons.setItems(people.trainees());
        persons.setItemLabelGenerator(t -> t.departmentName() == null
                ? t.displayName()
                : getTranslation("observation.observers.personIn", t.displayName(), t.departmentName()));
        persons.setWidthFull();
        observer.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            var assigned = observations.assignmentsOf(e.getValue().id());
            branches.setValue(new HashSet<>(assigned.branches()));
            var ids = assigned.people().stream().map(TraineeRow::id).toList();
            persons.setValue(persons.getListDataView()
                    .getItems()
                    .filter(t -> ids.contains(t.id()))
                    .collect(java.util.stream.Collectors.toSet()));
        });
        save.setId("observer-save");
        save.setText(getTranslation("observation.observers.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (observer.getValue() == null) {
                observer.setInvalid(true);
                return;
            }
            try {
                observations.assign(
                        observer.getValue().id(),
                        branches.getValue().stream().map(DepartmentOption::id).toList(),
                        persons.getValue().stream().map(TraineeRow::id).toList());
                Notification.show(
                                getTranslation("observation.observers.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                var problem = ex.problems().getFirst();
                observer.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
                observer.setInvalid(true);
            }
        });
        add(observer, branches, persons, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.observers.title");
    }
}
