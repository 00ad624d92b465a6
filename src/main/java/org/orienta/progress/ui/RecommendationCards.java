package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Objects;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.proficiency.Recommendation;

/** What to learn next, each with its reason; shown on My training and on My competencies. */
class RecommendationCards extends Section {

    RecommendationCards(List<Recommendation> recommendations, MyTrainingService training, AttemptService attempts) {
        add(new H2(getTranslation("competencies.next.title")));
        setId("recommendations");
        addClassName("orienta-page-section");
        if (recommendations.isEmpty()) {
            add(new Paragraph(getTranslation("competencies.next.none")));
            return;
        }
        var cards = new Div();
        cards.addClassName("orienta-card-grid");
        for (Recommendation recommendation : recommendations) {
            // A recommendation is a module or else an item.
            var recommended = recommendation.module() != null
                    ? null
                    : Objects.requireNonNull(recommendation.item(), "a recommendation names a module or an item");
            var card = new Card();
            card.setTitle(Texts.plain(recommendation.title()), 3);
            card.setSubtitle(getTranslation(
                    "text.meta",
                    getTranslation(
                            recommended == null
                                    ? "competencies.next.module"
                                    : "item.kind." + recommended.kind().name()),
                    getTranslation("training.minutes", recommendation.minutes())));
            var reason = recommendation.current() == null
                    ? getTranslation(
                            "competencies.next.reasonNoLevel",
                            Texts.plain(recommendation.competency().name()),
                            getTranslation("level." + recommendation.target()))
                    : getTranslation(
                            "competencies.next.reason",
                            Texts.plain(recommendation.competency().name()),
                            recommendation.current(),
                            recommendation.target());
            card.add(new Paragraph(reason));
            var go = new Button(getTranslation("competencies.next.go"));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.addClassName("orienta-card-action");
            if (recommendation.module() instanceof String module) {
                go.setId("recommended-" + module);
                go.addClickListener(e -> getUI().ifPresent(
                                ui -> ui.navigate(ModuleView.class, new RouteParameters(ModuleView.KEY, module))));
            } else if (recommended != null) {
                go.setId("recommended-" + recommended.key());
                go.addClickListener(e -> training.item(recommended)
                        .ifPresent(item -> attempts.unfinished(item.ref())
                                .ifPresentOrElse(
                                        id -> getUI().ifPresent(ui -> ui.navigate(
                                                AttemptView.class, new RouteParameters(AttemptView.ID, id.toString()))),
                                        () -> new StartAttemptDialog(attempts, item, null).open())));
            }
            card.add(go);
            cards.add(card);
        }
        add(cards);
    }
}
