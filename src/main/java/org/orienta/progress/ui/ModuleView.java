package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.orienta.base.Formats;
import org.orienta.base.Roles;
import org.orienta.progress.assignment.ItemProgress;
import org.orienta.progress.assignment.ItemStatus;
import org.orienta.progress.assignment.ModuleProgress;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptService;

/** One module: what it develops, its items in order with the trainee's standing, and a button for each. */
@Route("my-training/:key")
@RolesAllowed(Roles.TRAINEE)
class ModuleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String KEY = "key";

    private final transient MyTrainingService training;
    private final transient AttemptService attempts;
    private final transient org.orienta.competency.CompetencyService competencyService;
    private String title = "";

    ModuleView(
            MyTrainingService training,
            AttemptService attempts,
            org.orienta.competency.CompetencyService competencyService) {
        this.competencyService = competencyService;
        this.training = training;
        this.attempts = attempts;
        addClassNames("orienta-page", "orienta-page-narrow");
        setId("module-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var module = event.getRouteParameters().get(KEY).flatMap(training::module);
        if (module.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(module.get());
    }

    private void show(ModuleProgress module) {
        removeAll();
        title = Texts.plain(module.definition().title());
        add(new H2(title));
        Texts.notInYourLanguage(module.definition().title()).ifPresent(this::add);
        if (module.definition().description() != null) {
            add(Texts.markdown(module.definition().description()));
        }
        var meta = new Paragraph(
                getTranslation("training.module.meta", module.items().size(), module.minutes()));
        meta.addClassName("orienta-hint");
        add(meta);
        if (module.due() != null) {
            add(new Paragraph(getTranslation("training.due", Formats.date(module.due(), getLocale()))));
        }
        var competencies = new Div();
        competencies.addClassName("orienta-badges");
        competencies.setId("module-competencies");
        var labels = CompetencyLabels.of(competencyService);
        CompetencyLabels.sorted(module.definition().competencies())
                .forEach(code -> competencies.add(new Badge(labels.label(this, code))));
        add(competencies);
        var list = new OrderedList();
        list.addClassName("orienta-item-list");
        list.setId("module-items");
        for (ItemProgress item : module.items()) {
            list.add(itemRow(module, item));
        }
        add(list);
    }

    private Component itemRow(ModuleProgress module, ItemProgress item) {
        var name = new Span(Texts.plain(item.item().title()));
        name.addClassName("orienta-cell-title");
        var detail = new Span(getTranslation(
                "text.meta",
                getTranslation("item.kind." + item.item().ref().kind().name()),
                getTranslation("training.minutes", item.item().minutes())));
        detail.addClassName("orienta-cell-detail");
        var status = new Badge(getTranslation("itemStatus." + item.status().name()));
        status.addThemeVariants(
                BadgeVariant.SMALL,
                item.status() == ItemStatus.COMPLETED
                        ? BadgeVariant.SUCCESS
                        : item.status() == ItemStatus.NOT_STARTED ? BadgeVariant.CONTRAST : BadgeVariant.WARNING);
        var text = new Div(name, detail, status);
        text.addClassName("orienta-cell-stack");
        Button action;
        var unfinished = item.unfinished();
        if (unfinished != null) {
            action = new Button(
                    getTranslation("training.continue"),
                    VaadinIcon.PLAY.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(
                            AttemptView.class, new RouteParameters(AttemptView.ID, unfinished.toString()))));
        } else {
            action = new Button(
                    getTranslation(item.status() == ItemStatus.NOT_STARTED ? "training.start" : "training.again"),
                    VaadinIcon.PLAY.create(),
                    e -> new StartAttemptDialog(attempts, item.item(), module.key()).open());
        }
        if (module.next().map(next -> next.equals(item)).orElse(false)) {
            action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        action.setId("item-" + item.item().ref().key());
        var row = new ListItem(text, action);
        row.addClassName("orienta-item-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
