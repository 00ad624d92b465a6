package org.orienta.people.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.orienta.people.MyProfile;
import org.orienta.people.PeopleService;
import org.orienta.people.Role;

/**
 * Everyone's landing page: who you are in Orienta and what you do here. Administrators, whose work is
 * the people list, go straight there; so do trainees to My training, trainers to what they do next
 * and HR to the reports.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Map<Role, VaadinIcon> ICONS = Map.of(
            Role.TRAINEE,
            VaadinIcon.COMMENTS_O,
            Role.TRAINER,
            VaadinIcon.EDIT,
            Role.HR,
            VaadinIcon.CHART,
            Role.ADMIN,
            VaadinIcon.USERS,
            Role.OBSERVER,
            VaadinIcon.CLIPBOARD_CHECK);

    static final String MY_TRAINING_ROUTE = "my-training";
    static final String REPORTS_ROUTE = "reports";
    static final String TRAINER_ROUTE = "trainer";
    static final String VISITS_ROUTE = "visits";

    private final transient PeopleService people;

    HomeView(PeopleService people) {
        this.people = people;
        setId("home-view");
        addClassName("orienta-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyProfile me = people.myProfile();
        if (me.roles().contains(Role.ADMIN) && me.roles().size() == 1) {
            event.forwardTo(PeopleView.class);
            return;
        }
        if (me.roles().equals(java.util.Set.of(Role.OBSERVER))) {
            // A mystery shopper's only page is the visit form (observation module); the route name avoids a cycle.
            event.forwardTo(VISITS_ROUTE);
            return;
        }
        if (me.roles().equals(java.util.Set.of(Role.HR))) {
            // HR's work is the reports (reporting module); the route name avoids a module cycle.
            event.forwardTo(REPORTS_ROUTE);
            return;
        }
        if (me.roles().equals(java.util.Set.of(Role.TRAINEE))) {
            // A trainee's home is My training (progress module); the route name avoids a module cycle.
            event.forwardTo(MY_TRAINING_ROUTE);
            return;
        }
        if (me.roles().contains(Role.TRAINER)) {
            // A trainer's home lists what to do next (authoring module); the route name avoids a module cycle.
            event.forwardTo(TRAINER_ROUTE);
            return;
        }
        removeAll();
        var greeting = new H2(getTranslation("home.greeting", firstName(me.displayName())));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));

        var roles = new Div();
        roles.addClassName("orienta-card-grid");
        for (Role role : Role.values()) {
            if (me.roles().contains(role)) {
                var card = new Card();
                card.setId("home-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
                var icon = ICONS.get(role).create();
                icon.addClassName("orienta-card-icon");
                card.setHeaderPrefix(icon);
                card.setTitle(getTranslation("home.role." + role.name() + ".title"), 3);
                card.add(new Paragraph(getTranslation("home.role." + role.name() + ".text")));
                roles.add(card);
            }
        }
        add(new Section(roles), profile(me));
    }

    private Section profile(MyProfile me) {
        var list = new ProfileList();
        list.add(getTranslation("profile.username"), me.username());
        list.add(getTranslation("profile.email"), me.email());
        list.add(getTranslation("profile.department"), orDash(me.department()));
        list.add(getTranslation("profile.jobRole"), orDash(me.jobRole()));
        var title = new H2(getTranslation("home.profile"));
        var section = new Section(title, list);
        section.addClassName("orienta-section");
        return section;
    }

    private String orDash(@org.jspecify.annotations.Nullable String value) {
        return value == null ? getTranslation("profile.none") : value;
    }

    private static String firstName(String displayName) {
        int space = displayName.indexOf(' ');
        return space > 0 ? displayName.substring(0, space) : displayName;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
