package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.authoring.DraftState;
import org.orienta.authoring.RecentPublication;
import org.orienta.base.Formats;
import org.orienta.base.Roles;
import org.orienta.progress.assignment.AssignmentService;
import org.orienta.progress.assignment.AssignmentService.RuleRow;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.review.ReviewService;
import org.orienta.progress.review.ReviewService.QueueRow;

/**
 * A trainer's landing page: what to do next, each entry a link to the place where it is done. Drafts
 * the importer or the integrity audit still objects to, answers waiting for a review, assignments with
 * people overdue, and what was published lately. An empty section says how its work comes about.
 */
@Route(TrainerHomeView.ROUTE)
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class TrainerHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Home forwards trainers here by this name (people cannot depend on authoring). */
    static final String ROUTE = "trainer";

    static final int SHOWN = 5;

    private final transient AuthoringService authoring;
    private final transient ReviewService reviews;
    private final transient AssignmentService assignments;

    TrainerHomeView(AuthoringService authoring, ReviewService reviews, AssignmentService assignments) {
        this.authoring = authoring;
        this.reviews = reviews;
        this.assignments = assignments;
        addClassName("orienta-page");
        setId("trainer-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var intro = new Paragraph(getTranslation("trainerHome.intro"));
        intro.addClassName("orienta-hint");
        add(intro, drafts(), reviewsWaiting(), overdue(), published());
    }

    private Section drafts() {
        var all = authoring.drafts();
        var toFix = all.stream().filter(DraftState::needsWork).toList();
        var cards = cards("drafts");
        toFix.stream().limit(SHOWN).forEach(d -> cards.add(draftCard(d)));
        var section = section("drafts", "trainerHome.drafts.title", cards);
        if (toFix.isEmpty()) {
            section.add(empty("drafts", "trainerHome.drafts.empty", "content", "trainerHome.drafts.goContent"));
        } else if (toFix.size() > SHOWN) {
            section.add(more("drafts", "content", getTranslation("trainerHome.drafts.more", toFix.size())));
        }
        long ready = all.size() - toFix.size();
        if (ready > 0) {
            var hint = new Paragraph(getTranslation("trainerHome.drafts.ready", ready));
            hint.setId("trainer-drafts-ready");
            hint.addClassName("orienta-hint");
            section.add(hint);
        }
        return section;
    }

    private Component draftCard(DraftState draft) {
        var card = card(
                draft.title(), getTranslation("workspace.kind." + draft.kind().word()));
        var badges = new Div();
        badges.addClassName("orienta-badges");
        if (draft.problems() > 0) {
            badges.add(badge(getTranslation("trainerHome.drafts.problems", draft.problems()), BadgeVariant.ERROR));
        }
        if (draft.warnings() > 0) {
            badges.add(badge(getTranslation("trainerHome.drafts.warnings", draft.warnings()), BadgeVariant.WARNING));
        }
        card.add(badges);
        if (draft.updatedBy() != null) {
            card.add(hint(getTranslation(
                    "trainerHome.drafts.changed", draft.updatedBy(), Formats.date(draft.updatedAt(), getLocale()))));
        }
        card.add(action(
                "trainer-draft-" + draft.kind().word() + "-" + draft.key(),
                editor(draft.kind(), draft.key()),
                getTranslation("trainerHome.drafts.open")));
        return card;
    }

    private Section reviewsWaiting() {
        List<QueueRow> waiting = reviews.queue(null, null);
        var cards = cards("reviews");
        waiting.stream().limit(SHOWN).forEach(r -> {
            var card = card(r.exerciseTitle(), r.traineeName());
            card.add(hint(getTranslation("trainerHome.reviews.submitted", Formats.date(r.submittedAt(), getLocale()))));
            card.add(action(
                    "trainer-review-" + r.attempt().value(),
                    "reviews/" + r.attempt().value(),
                    getTranslation("trainerHome.reviews.open")));
            cards.add(card);
        });
        var section = section("reviews", "trainerHome.reviews.title", cards);
        if (waiting.isEmpty()) {
            section.add(empty("reviews", "trainerHome.reviews.empty", "reviews", "trainerHome.reviews.goQueue"));
        } else if (waiting.size() > SHOWN) {
            section.add(more("reviews", "reviews", getTranslation("trainerHome.reviews.more", waiting.size())));
        }
        return section;
    }

    private Section overdue() {
        var late = assignments.assignments().stream()
                .filter(r -> r.counts().getOrDefault(ModuleStatus.OVERDUE, 0) > 0)
                .toList();
        var cards = cards("overdue");
        late.stream().limit(SHOWN).forEach(r -> cards.add(overdueCard(r)));
        var section = section("overdue", "trainerHome.overdue.title", cards);
        if (late.isEmpty()) {
            section.add(
                    empty("overdue", "trainerHome.overdue.empty", "assignments", "trainerHome.overdue.goAssignments"));
        } else if (late.size() > SHOWN) {
            section.add(more("overdue", "assignments", getTranslation("trainerHome.overdue.more", late.size())));
        }
        return section;
    }

    private Component overdueCard(RuleRow row) {
        var who = switch (row.target()) {
            case PEOPLE -> getTranslation("assignments.target.people");
            case DEPARTMENT -> getTranslation("assignments.target.department", row.targetName());
            case JOB_ROLE -> getTranslation("assignments.target.jobRole", row.targetName());
        };
        var card = card(row.moduleTitle(), who);
        var badges = new Div();
        badges.addClassName("orienta-badges");
        badges.add(badge(
                getTranslation("assignments.count.overdue", row.counts().get(ModuleStatus.OVERDUE)),
                BadgeVariant.ERROR));
        if (row.due() != null) {
            badges.add(
                    badge(getTranslation("training.due", Formats.date(row.due(), getLocale())), BadgeVariant.CONTRAST));
        }
        card.add(badges);
        card.add(action(
                "trainer-overdue-" + row.id(),
                "assignments?open=" + row.id(),
                getTranslation("trainerHome.overdue.open")));
        return card;
    }

    /** Kinds trainees play have analytics; modules, checklists and activities open in the editor instead. */
    private static boolean played(ContentKind kind) {
        return kind.played();
    }

    private Section published() {
        List<RecentPublication> recent = authoring.recentlyPublished(SHOWN);
        var cards = cards("published");
        recent.forEach(p -> {
            var card =
                    card(p.title(), getTranslation("workspace.kind." + p.kind().word()));
            card.add(hint(getTranslation(
                    "trainerHome.published.when",
                    p.version(),
                    Formats.date(p.publishedAt(), getLocale()),
                    p.publishedBy())));
            card.add(action(
                    "trainer-published-" + p.kind().word() + "-" + p.key(),
                    played(p.kind()) ? analytics(p.kind(), p.key()) : editor(p.kind(), p.key()),
                    getTranslation(
                            played(p.kind()) ? "trainerHome.published.analytics" : "trainerHome.published.open")));
            cards.add(card);
        });
        var section = section("published", "trainerHome.published.title", cards);
        if (recent.isEmpty()) {
            section.add(empty("published", "trainerHome.published.empty", "content", "trainerHome.drafts.goContent"));
        }
        return section;
    }

    private static String editor(ContentKind kind, String key) {
        return "content/" + kind.word() + "/" + key;
    }

    private static String analytics(ContentKind kind, String key) {
        return "analytics/" + kind.word() + "/" + key;
    }

    private Section section(String id, String titleKey, Div cards) {
        var section = new Section(new H2(getTranslation(titleKey)), cards);
        section.setId("trainer-" + id);
        section.addClassName("orienta-page-section");
        return section;
    }

    private static Div cards(String id) {
        var cards = new Div();
        cards.addClassName("orienta-card-grid");
        cards.setId("trainer-" + id + "-cards");
        return cards;
    }

    private static Card card(String title, String subtitle) {
        var card = new Card();
        card.setTitle(title, 3);
        card.setSubtitle(subtitle);
        return card;
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("orienta-hint");
        return hint;
    }

    private static Badge badge(String text, BadgeVariant variant) {
        var badge = new Badge(text);
        badge.addThemeVariants(variant, BadgeVariant.SMALL);
        return badge;
    }

    private static Anchor action(String id, String href, String text) {
        var link = new Anchor(href, text);
        link.setId(id);
        link.addClassName("orienta-card-action");
        return link;
    }

    /** An empty section says why it is empty and where its work is started. */
    private Div empty(String id, String textKey, String href, String linkKey) {
        var link = new Anchor(href, getTranslation(linkKey));
        link.setId("trainer-" + id + "-go");
        var box = new Div(new Paragraph(getTranslation(textKey)), link);
        box.setId("trainer-" + id + "-empty");
        box.addClassName("orienta-empty");
        return box;
    }

    private Paragraph more(String id, String href, String text) {
        var link = new Anchor(href, text);
        link.setId("trainer-" + id + "-all");
        return new Paragraph(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainerHome.title");
    }
}
