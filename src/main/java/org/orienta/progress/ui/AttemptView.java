package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.orienta.base.Roles;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptOverview;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.security.access.AccessDeniedException;

/** One attempt, in the player for its kind. Its address can be bookmarked, reloaded or opened twice. */
@Route("attempt/:id")
@RolesAllowed(Roles.TRAINEE)
class AttemptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient AttemptService attempts;
    private final transient MyTrainingService training;
    private final transient org.orienta.competency.CompetencyService competencies;
    private final transient org.orienta.ownwords.OwnWordsService ownWords;
    private String title = "";

    AttemptView(
            AttemptService attempts,
            MyTrainingService training,
            org.orienta.competency.CompetencyService competencies,
            org.orienta.ownwords.OwnWordsService ownWords) {
        this.ownWords = ownWords;
        this.competencies = competencies;
        this.attempts = attempts;
        this.training = training;
        addClassNames("orienta-page", "orienta-page-narrow");
        setId("attempt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AttemptOverview overview;
        try {
            var id = new AttemptId(
                    Long.parseLong(event.getRouteParameters().get(ID).orElse("")));
            overview = attempts.overview(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("attempt.title." + overview.item().kind().name());
        // From My competencies: the decision or question a piece of evidence came from, shown highlighted.
        var focus = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("focus")
                .orElse(null);
        var next = NextItem.after(overview, training, attempts);
        switch (overview.item().kind()) {
            case SCENARIO ->
                add(new ScenarioPlayer(
                        attempts,
                        overview.id(),
                        () -> tryAgain(overview),
                        focus,
                        CompetencyLabels.of(competencies),
                        next,
                        ownWords));
            case EXERCISE -> add(new ExercisePlayer(attempts, overview.id(), () -> tryAgain(overview), next));
            case QUIZ -> add(new QuizPlayer(attempts, overview.id(), () -> tryAgain(overview), focus, next));
        }
    }

    private void tryAgain(AttemptOverview overview) {
        training.item(overview.item())
                .ifPresent(item -> new StartAttemptDialog(attempts, item, overview.moduleKey()).open());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
