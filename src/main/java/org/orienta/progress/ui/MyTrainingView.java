package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.base.Roles;
import org.orienta.base.ui.MyTrainingSection;
import org.orienta.progress.assignment.ItemProgress;
import org.orienta.progress.assignment.ModuleProgress;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.assignment.MyTrainingService;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The trainee's home: what to continue, the modules assigned with their due dates, the whole catalogue,
 * and recent results. Built for a phone first: one column of cards, large buttons.
 */
@Route("my-training")
@RolesAllowed(Roles.TRAINEE)
@Menu(order = 1, title = "nav.myTraining", icon = "vaadin:academy-cap")
class MyTrainingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MyTrainingService training;
    private final transient AttemptService attempts;
    private final transient ProficiencyService proficiency;

    private final transient org.orienta.people.NoticeService notices;
    private final transient ObjectProvider<MyTrainingSection> sections;

    MyTrainingView(
            MyTrainingService training,
            AttemptService attempts,
            ProficiencyService proficiency,
            org.orienta.people.NoticeService notices,
            ObjectProvider<MyTrainingSection> sections) {
        this.notices = notices;
        this.sections = sections;
        this.training = training;
        this.attempts = attempts;
        this.proficiency = proficiency;
        addClassName("orienta-page");
        setId("my-training");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var messages = notices.mine();
        if (!messages.isEmpty()) {
            add(noticeList(messages));
        }
        // What other features have for this trainee (their facilitated sessions), before the modules.
        sections.orderedStream().forEach(s -> s.section().ifPresent(section -> add(section)));
        var mine = training.myTraining();
        if (!mine.unfinished().isEmpty()) {
            var cards = cards("continue");
            mine.unfinished().forEach(item -> cards.add(continueCard(item)));
            add(section("training.continue.title", null, cards));
        }
        var assigned = cards("assigned");
        mine.assigned().forEach(module -> assigned.add(moduleCard(module, true)));
        add(section("training.assigned.title", mine.assigned().isEmpty() ? "training.assigned.none" : null, assigned));
        add(new RecommendationCards(proficiency.myRecommendations(), training, attempts));
        var catalogue = cards("catalogue");
        mine.catalogue().forEach(module -> catalogue.add(moduleCard(module, false)));
        add(section("training.catalogue.title", "training.catalogue.text", catalogue));
        add(new ResultsList(mine.results()));
    }

    /** Reminders from trainers and reviewed answers, newest first, each dismissable. */
    private com.vaadin.flow.component.Component noticeList(java.util.List<org.orienta.people.Notice> messages) {
        var list = new Div();
        list.setId("notices");
        list.addClassName("orienta-notices");
        list.getElement().setAttribute("role", "status");
        for (var notice : messages) {
            var link = new com.vaadin.flow.component.html.Anchor(
                    notice.link(), notice.text(this::getTranslation, getLocale()));
            var from = new com.vaadin.flow.component.html.Span(getTranslation("notice.from", notice.from()));
            from.addClassName("orienta-hint");
            var dismiss = new com.vaadin.flow.component.button.Button(
                    com.vaadin.flow.component.icon.VaadinIcon.CLOSE_SMALL.create());
            dismiss.setAriaLabel(getTranslation("notice.dismiss"));
            dismiss.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            var row = new Div(com.vaadin.flow.component.icon.VaadinIcon.BELL.create(), link, from, dismiss);
            row.addClassName("orienta-notice");
            row.setId("notice-" + notice.id());
            dismiss.addClickListener(e -> {
                notices.dismiss(notice.id());
                row.removeFromParent();
            });
            list.add(row);
        }
        return list;
    }

    private Div cards(String id) {
        var cards = new Div();
        cards.addClassName("orienta-card-grid");
        cards.setId(id + "-cards");
        return cards;
    }

    private Section section(String titleKey, @Nullable String textKey, Component content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        if (textKey != null) {
            section.add(new Paragraph(getTranslation(textKey)));
        }
        section.add(content);
        section.addClassName("orienta-page-section");
        return section;
    }

    private Component continueCard(ItemProgress item) {
        var unfinished = Objects.requireNonNull(item.unfinished(), "only unfinished items are continued");
        var card = new Card();
        card.setTitle(Texts.plain(item.item().title()), 3);
        card.setSubtitle(getTranslation("item.kind." + item.item().ref().kind().name()));
        var go = new Button(
                getTranslation("training.continue"),
                VaadinIcon.PLAY.create(),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(AttemptView.class, new RouteParameters(AttemptView.ID, unfinished.toString()))));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("continue-" + item.item().ref().key());
        go.addClassName("orienta-card-action");
        card.add(go);
        return card;
    }

    private Component moduleCard(ModuleProgress module, boolean assigned) {
        var card = new Card();
        card.setTitle(Texts.plain(module.definition().title()), 3);
        card.setSubtitle(getTranslation("training.module.meta", module.items().size(), module.minutes()));
        card.addClassName("orienta-module-card");
        var badges = new Div();
        badges.addClassName("orienta-badges");
        // An overdue module says so once, with its date ("Overdue since Dec 3"), not as a second badge.
        if (module.status() != ModuleStatus.OVERDUE || module.due() == null) {
            badges.add(statusBadge(module));
        }
        if (module.due() != null) {
            var due = new Badge(getTranslation(
                    module.status() == ModuleStatus.OVERDUE ? "training.overdueSince" : "training.due",
                    Formats.date(module.due(), getLocale())));
            due.addThemeVariants(
                    module.status() == ModuleStatus.OVERDUE ? BadgeVariant.ERROR : BadgeVariant.CONTRAST,
                    BadgeVariant.SMALL);
            badges.add(due);
        }
        card.add(badges);
        if (!module.items().isEmpty()) {
            var progress = new ProgressBar(0, module.items().size(), module.completed());
            progress.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "training.progress",
                                    module.completed(),
                                    module.items().size()));
            progress.getElement()
                    .setAttribute(
                            "aria-valuetext",
                            getTranslation(
                                    "training.progress",
                                    module.completed(),
                                    module.items().size()));
            var label = new Span(getTranslation(
                    "training.progress", module.completed(), module.items().size()));
            label.addClassName("orienta-hint");
            card.add(progress, label);
        }
        var open = new Button(
                getTranslation(
                        module.status() == ModuleStatus.NOT_STARTED
                                ? "training.start"
                                : module.status() == ModuleStatus.COMPLETED ? "training.review" : "training.continue"),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(ModuleView.class, new RouteParameters(ModuleView.KEY, module.key()))));
        if (assigned && module.status() != ModuleStatus.COMPLETED) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        open.setId((assigned ? "open-assigned-" : "open-") + module.key());
        open.addClassName("orienta-card-action");
        card.add(open);
        return card;
    }

    private Badge statusBadge(ModuleProgress module) {
        var badge = new Badge(getTranslation("status." + module.status().name()));
        badge.addThemeVariants(
                BadgeVariant.SMALL,
                switch (module.status()) {
                    case COMPLETED -> BadgeVariant.SUCCESS;
                    case OVERDUE -> BadgeVariant.ERROR;
                    case IN_PROGRESS -> BadgeVariant.WARNING;
                    case NOT_STARTED -> BadgeVariant.CONTRAST;
                });
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title");
    }
}
