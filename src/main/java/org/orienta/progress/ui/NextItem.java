package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import java.util.function.Supplier;
import org.orienta.progress.assignment.ItemProgress;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptOverview;
import org.orienta.progress.attempt.AttemptService;

/**
 * The action at the end of an attempt started from a module: on to the module's next item (continuing
 * its unfinished attempt, or starting one as the module page would), or back to the module after its
 * last item. Asked for when the end is shown, so it reflects what the trainee has done by then.
 */
final class NextItem {

    private NextItem() {}

    static Supplier<Optional<Component>> after(
            AttemptOverview overview, MyTrainingService training, AttemptService attempts) {
        var moduleKey = overview.moduleKey();
        if (moduleKey == null) {
            return Optional::empty;
        }
        return () -> training.module(moduleKey).map(module -> {
            var items = module.items();
            int here = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).item().ref().equals(overview.item())) {
                    here = i;
                }
            }
            if (here < 0 || here == items.size() - 1) {
                var back = new Button(
                        VaadinIcon.ARROW_LEFT.create(),
                        e -> e.getSource()
                                .getUI()
                                .ifPresent(ui ->
                                        ui.navigate(ModuleView.class, new RouteParameters(ModuleView.KEY, moduleKey))));
                back.setText(back.getTranslation(
                        "player.backToModule", Texts.plain(module.definition().title())));
                back.setId("back-to-module");
                return back;
            }
            ItemProgress next = items.get(here + 1);
            var button = new Button(VaadinIcon.ARROW_RIGHT.create(), e -> {
                var unfinished = next.unfinished();
                if (unfinished != null) {
                    e.getSource()
                            .getUI()
                            .ifPresent(ui -> ui.navigate(
                                    AttemptView.class, new RouteParameters(AttemptView.ID, unfinished.toString())));
                } else {
                    new StartAttemptDialog(attempts, next.item(), moduleKey).open();
                }
            });
            button.setText(button.getTranslation(
                    "player.nextItem", Texts.plain(next.item().title())));
            button.setIconAfterText(true);
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId("next-item");
            return button;
        });
    }
}
