package org.orienta.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.orienta.people.CompanySignInSettings;
import org.orienta.people.DemoAccount;
import org.orienta.people.DemoMode;
import org.orienta.people.PasswordSignInSettings;
import org.orienta.people.PeopleService;

/** The sign-in page; in demo mode it also lists the demo logins, each filling in the form on click. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The reasons a company sign-in is refused, each with its own words (login.company.error.*). */
    private static final java.util.Set<String> COMPANY_ERRORS = java.util.Set.of(
            "unavailable",
            "misconfigured",
            "token",
            "claim",
            "disabled",
            "department",
            "refused",
            "expired",
            "cancelled",
            "unknown",
            "passwords",
            "failed");

    final LoginForm login = new LoginForm();
    /** The company sign-in: a link per identity provider, above the password form. */
    final Div company = new Div();
    /** Why a company sign-in did not work, in words. */
    final Paragraph companyError = new Paragraph();

    private final transient AuthenticationContext authentication;
    private final PasswordSignInSettings passwords;

    LoginView(
            DemoMode demoMode,
            AuthenticationContext authentication,
            PeopleService people,
            org.orienta.base.StartupWork startupWork,
            CompanySignInSettings companySignIn,
            PasswordSignInSettings passwords) {
        this.authentication = authentication;
        this.passwords = passwords;
        addClassName("orienta-login");
        setId("login-view");

        var logo = new Image("images/orienta-logo.svg", "");
        logo.addClassName("orienta-login-logo");
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("orienta-login-tagline");
        var header = new Div(logo, title, tagline);
        header.addClassName("orienta-login-header");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        companyError.setId("signin-error");
        companyError.addClassNames("orienta-hint", "orienta-banner");
        companyError.getElement().setAttribute("role", "alert");
        companyError.setVisible(false);
        company.setId("company-signin");
        company.addClassName("orienta-company-signin");
        companySignIn.providers().forEach((id, provider) -> {
            // A whole-page navigation to Spring Security's start of the sign-in at the provider.
            var link = new Anchor(
                    "oauth2/authorization/" + id, getTranslation("login.company.with", provider.shownLabel(id)));
            link.setRouterIgnore(true);
            link.setId("signin-" + id);
            link.addClassName("orienta-company-button");
            company.add(link);
        });
        company.setVisible(companySignIn.enabled());
        if (companySignIn.enabled() && passwords.localPasswords()) {
            var or = new Paragraph(getTranslation("login.company.or"));
            or.addClassName("orienta-login-or");
            company.add(or);
        }
        login.setVisible(passwords.localPasswords());
        var card = new Div(header, companyError, company, login);
        card.addClassName("orienta-login-card");
        if (people.awaitingFirstAdministrator()) {
            // Where the password is, never the password: anyone can open this page.
            var first = new Paragraph(getTranslation("login.firstAdmin"));
            first.setId("first-admin-hint");
            first.addClassName("orienta-hint");
            card.add(first);
        }
        add(card);
        if (demoMode.enabled()) {
            add(demoPanel(demoMode));
            if (startupWork.pending()) {
                card.add(preparing(startupWork));
            }
        }
    }

    /**
     * Says the demo is still being prepared, and goes once it is: a newcomer signing in at once would
     * otherwise meet empty pages and think that is all there is.
     */
    private Paragraph preparing(org.orienta.base.StartupWork startupWork) {
        var note = new Paragraph(getTranslation("login.demo.preparing"));
        note.setId("demo-preparing");
        note.addClassNames("orienta-hint", "orienta-banner");
        note.getElement().setAttribute("role", "status");
        note.addAttachListener(attach -> {
            var ui = attach.getUI();
            ui.setPollInterval(1000);
            var poll = ui.addPollListener(p -> {
                if (!startupWork.pending()) {
                    note.setText(getTranslation("login.demo.ready"));
                    ui.setPollInterval(-1);
                }
            });
            note.addDetachListener(detach -> {
                poll.remove();
                ui.setPollInterval(-1);
            });
        });
        return note;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private Card demoPanel(DemoMode demoMode) {
        var panel = new Card();
        panel.setId("demo-accounts");
        panel.addClassName("orienta-demo-card");
        panel.setTitle(getTranslation("login.demo.title"));
        panel.setSubtitle(getTranslation("login.demo.subtitle", DemoMode.PASSWORD));
        var list = new Div();
        list.addClassName("orienta-demo-list");
        for (DemoAccount account : demoMode.accounts()) {
            var who = new Span(account.displayName());
            who.addClassName("orienta-demo-name");
            var what = new Span(getTranslation(
                    "text.meta",
                    account.roles().stream()
                            .map(r -> getTranslation("role." + r.name()))
                            .sorted(org.orienta.base.Collation.of(getLocale()))
                            .collect(Collectors.joining(", ")),
                    account.department()));
            what.addClassName("orienta-demo-role");
            var username = new Span(account.username());
            username.addClassName("orienta-demo-username");
            var use = new Button(new Div(username, who, what), e -> fillIn(account.username()));
            use.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            use.addClassName("orienta-demo-account");
            use.setId("demo-" + account.username());
            // No aria-label: the name is the visible text, so a voice-control user can say what they see.
            list.add(use);
        }
        panel.add(list);
        return panel;
    }

    private void fillIn(String username) {
        login.getElement().executeJs("""
                const u = this.querySelector('#vaadinLoginUsername');
                const p = this.querySelector('#vaadinLoginPassword');
                u.value = $0; p.value = $1; p.focus();""", username, DemoMode.PASSWORD);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var i18n = i18n();
        if (parameters.containsKey("throttled")) {
            var seconds = parameters.get("throttled").stream().findFirst().orElse("60");
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage()
                    .setMessage(
                            getTranslation("login.throttled.message", seconds.matches("\\d{1,4}") ? seconds : "60"));
        }
        if (parameters.containsKey("error") && refusedAsBusy()) {
            i18n.getErrorMessage().setTitle(getTranslation("login.busy.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.busy.message"));
        }
        if (parameters.containsKey("idle")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.idle.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.idle.message"));
        }
        if (!passwords.localPasswords()) {
            // Only the break-glass administrator's password still works; the form is where they know to look.
            login.setVisible(parameters.containsKey("password"));
            if (parameters.containsKey("password")) {
                i18n.getForm().setTitle(getTranslation("login.company.breakGlass"));
            }
        }
        var reason = parameters.getOrDefault("signin-error", java.util.List.of()).stream()
                .findFirst()
                .filter(r -> r.matches("[a-z]{1,20}"))
                .orElse(null);
        if (reason != null) {
            var claim = parameters.getOrDefault("claim", java.util.List.of()).stream()
                    .findFirst()
                    .filter(c -> c.matches("[A-Za-z0-9_.:-]{1,64}"))
                    .orElse("?");
            companyError.setText(getTranslation(
                    "login.company.error." + (COMPANY_ERRORS.contains(reason) ? reason : "failed"), claim));
            companyError.setVisible(true);
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error")
                || parameters.containsKey("throttled")
                || parameters.containsKey("idle"));
    }

    /**
     * Whether the last sign-in was refused because the server was too busy to check the password (Spring
     * Security keeps the failure in the session for the page it redirects to): then the person did
     * nothing wrong, and the page must not say their password was incorrect.
     */
    private static boolean refusedAsBusy() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        return session != null
                && session.getSession()
                                .getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof org.orienta.people.security.SignInBusyException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
