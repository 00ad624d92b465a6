package org.orienta.observation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.base.InvalidInputException;
import org.orienta.observation.LinkVisit;
import org.orienta.observation.VisitLinkOpening;
import org.orienta.observation.VisitLinkService;

/**
 * The page a single-use visit link opens, without an account and without the menu: the checklist form
 * for the link's branch or person, made for a phone, and nothing else of Orienta. After the one visit, and
 * for a link that is unknown, expired or revoked, it says so kindly and shows nothing of the target
 * (ADR 0044). The token in the address is the only credential; the service checks it on every call.
 */
@Route(value = VisitLinkService.ROUTE + "/:token", autoLayout = false)
@AnonymousAllowed
class VisitLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient VisitLinkService links;
    private final transient Clock clock;
    private String token = "";

    @Nullable ObservationEntry entry;

    VisitLinkView(VisitLinkService links, Clock clock) {
        this.links = links;
        this.clock = clock;
        addClassNames("orienta-page", "orienta-visit-link");
        setId("visit-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(links.open(token, address()));
    }

    private void show(VisitLinkOpening opening) {
        removeAll();
        entry = null;
        add(new H1(getTranslation("observation.link.visit.title")));
        switch (opening) {
            case VisitLinkOpening.Form form -> form(form);
            case VisitLinkOpening.Used used -> message(getTranslation("observation.link.used"));
            case VisitLinkOpening.Closed closed -> message(getTranslation("observation.link.closed"));
            case VisitLinkOpening.Wait wait ->
                message(getTranslation(
                        "observation.link.wait", Math.max(1, (wait.delay().toSeconds() + 59) / 60)));
        }
    }

    private void form(VisitLinkOpening.Form form) {
        add(new Paragraph(getTranslation("observation.link.visit.intro")));
        var branch = new Paragraph(getTranslation("observation.link.visit.branch", form.branch()));
        branch.setId("visit-link-branch");
        add(branch);
        var person = form.person();
        if (person != null) {
            var named = new Paragraph(getTranslation("observation.link.visit.person", person));
            named.setId("visit-link-person");
            add(named);
        }
        var expires = new Paragraph(getTranslation(
                "observation.link.visit.expires",
                Formats.date(
                        LocalDate.ofInstant(form.expiresAt().minusSeconds(1), ZoneId.systemDefault()), getLocale())));
        expires.addClassName("orienta-hint");
        add(expires);
        var today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        var entry = new ObservationEntry(
                List.of(form.checklist()),
                getLocale(),
                today,
                (checklist, day, channel, answers) -> {
                    try {
                        links.submit(token, new LinkVisit(day, channel, answers), address());
                    } catch (InvalidInputException refused) {
                        if (refused.problems().stream().anyMatch(p -> p.field().equals("link"))) {
                            // The link died meanwhile (used in another tab, revoked, expired): say so instead of the
                            // form.
                            var problem = refused.problems().getFirst();
                            removeAll();
                            add(new H1(getTranslation("observation.link.visit.title")));
                            message(getTranslation(
                                    problem.messageKey(), problem.arguments().toArray()));
                        }
                        throw refused;
                    }
                },
                this::thanks);
        entry.checklist.setReadOnly(true);
        this.entry = entry;
        add(entry);
    }

    private void thanks() {
        removeAll();
        entry = null;
        add(new H1(getTranslation("observation.link.visit.title")));
        message(getTranslation("observation.link.visit.thanks"));
    }

    private void message(String text) {
        var message = new Paragraph(text);
        message.setId("visit-link-message");
        add(message);
    }

    private static @Nullable String address() {
        var session = VaadinSession.getCurrent();
        var browser = session == null ? null : session.getBrowser();
        return browser == null ? null : browser.getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("observation.link.visit.title");
    }
}
