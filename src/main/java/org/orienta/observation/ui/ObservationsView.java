package org.orienta.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.observation.ObservationRecord;
import org.orienta.observation.ObservationService;

/**
 * Trainers see the observations of the last 90 days and void one that should not count (the wrong
 * person, a visit that did not happen), with a reason that is kept and audited.
 */
@Route("observations")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 43, title = "nav.observations", icon = "vaadin:eye")
class ObservationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int DAYS = 90;

    private final transient ObservationService observations;
    private final transient Clock clock;

    ObservationsView(ObservationService observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
        addClassName("orienta-page");
        setId("observations");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        removeAll();
        add(new Paragraph(getTranslation("observation.list.intro", DAYS)));
        var found = observations.since(LocalDate.now(clock).minusDays(DAYS));
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("observation.list.none"));
            none.setId("observations-none");
            add(none);
            return;
        }
        found.forEach(o -> {
            var card = ObservationCard.of(o, getLocale(), true);
            if (!o.voided()) {
                var voidButton = new Button(getTranslation("observation.void"), e -> confirmVoid(o));
                voidButton.setId("void-" + o.id().value());
                voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                card.add(voidButton);
            }
            add(card);
        });
    }

    private void confirmVoid(ObservationRecord o) {
        var dialog = new Dialog();
        dialog.setId("void-dialog");
        dialog.setHeaderTitle(
                getTranslation("observation.void.title", o.checklistTitle().in(getLocale())));
        var reason = new TextArea(getTranslation("observation.void.reason"));
        reason.setId("void-reason");
        reason.setMaxLength(ObservationService.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("observation.void.text")), reason);
        var confirm = new Button(getTranslation("observation.void.confirm"), e -> {
            try {
                observations.voidObservation(o.id(), reason.getValue());
                dialog.close();
                show();
            } catch (InvalidInputException ex) {
                var problem = ex.problems().getFirst();
                reason.setErrorMessage(
                        getTranslation(problem.messageKey(), problem.arguments().toArray()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("void-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var cancel = new Button(getTranslation("observation.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        add(dialog);
        dialog.open();
        reason.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.list.title");
    }
}
