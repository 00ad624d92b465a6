package org.orienta.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.observation.ObservationRecord;
import org.orienta.observation.ObservationService;

/**
 * What others observed of me: each observation with who observed (a mystery shopper stays anonymous),
 * when, every answer and what it shows as evidence. I can add a comment; the observation itself never
 * changes.
 */
@Route("my-observations")
@RolesAllowed(Roles.TRAINEE)
@Menu(order = 2.5, title = "nav.myObservations", icon = "vaadin:eye")
class MyObservationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ObservationService observations;

    MyObservationsView(ObservationService observations) {
        this.observations = observations;
        addClassName("orienta-page");
        setId("my-observations");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new Paragraph(getTranslation("observation.mine.intro")));
        var mine = observations.mine();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("observation.mine.none"));
            none.setId("observations-none");
            add(none);
            return;
        }
        mine.forEach(o -> add(withComment(o)));
    }

    private Div withComment(ObservationRecord o) {
        var card = ObservationCard.of(o, getLocale(), false);
        if (o.voided()) {
            return card;
        }
        var comment = new TextArea(getTranslation("observation.comment"));
        comment.setId("comment-" + o.id().value());
        comment.setMaxLength(ObservationService.MAX_COMMENT);
        comment.setWidthFull();
        comment.setValue(o.comment() == null ? "" : o.comment());
        comment.setHelperText(getTranslation("observation.comment.help"));
        var save = new Button(getTranslation("observation.comment.save"));
        save.setId("comment-save-" + o.id().value());
        save.addClickListener(e -> {
            try {
                observations.comment(o.id(), comment.getValue());
                Notification.show(
                                getTranslation("observation.comment.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                comment.setInvalid(false);
            } catch (InvalidInputException ex) {
                var problem = ex.problems().getFirst();
                comment.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
                comment.setInvalid(true);
            }
        });
        card.add(comment, save);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.mine.title");
    }
}
