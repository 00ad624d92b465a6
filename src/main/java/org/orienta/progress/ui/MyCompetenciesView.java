package org.orienta.progress.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.orienta.base.Roles;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.proficiency.ProficiencyService;

/**
 * My competencies: where I stand in each of the ten competencies against my job role's target, how it
 * developed, the choices and answers behind each level, and what to learn next. Levels are advisory.
 */
@Route("my-competencies")
@RolesAllowed(Roles.TRAINEE)
@Menu(order = 2, title = "nav.myCompetencies", icon = "vaadin:chart-3d")
class MyCompetenciesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String OPEN = "open";

    private final transient ProficiencyService proficiency;
    private final transient MyTrainingService training;
    private final transient AttemptService attempts;

    MyCompetenciesView(ProficiencyService proficiency, MyTrainingService training, AttemptService attempts) {
        this.proficiency = proficiency;
        this.training = training;
        this.attempts = attempts;
        addClassName("orienta-page");
        setId("my-competencies");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var profile = proficiency.myProfile();
        var intro = new Paragraph(getTranslation("competencies.intro"));
        var how = new Details(
                getTranslation("competencies.how.title"), new Paragraph(getTranslation("competencies.how.text")));
        how.setId("how-levels-work");
        var panel = new ProfilePanel(this, proficiency::myEvidence, true);
        add(
                intro,
                how,
                panel.chart(profile),
                new RecommendationCards(proficiency.myRecommendations(), training, attempts),
                panel.list(profile));
        // The open competency is kept in the address, so that Back from an evidence link (the attempt it
        // came from) returns to it open instead of to a list folded up again.
        event.getLocation().getQueryParameters().getSingleParameter(OPEN).ifPresent(panel::open);
        panel.whenOpened(code -> getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("my-competencies", QueryParameters.of(OPEN, code)))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competencies.title");
    }
}
