package org.orienta.people.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.orienta.people.PeopleService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps a person holding a one-time password on the account page until they choose their own, so an
 * administrator-issued password is used exactly once (OWASP ASVS v6.4.1).
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final PeopleService people;

    PasswordChangeGuard(PeopleService people) {
        this.people = people;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == AccountView.class || target == LoginView.class || !signedIn()) {
            return;
        }
        if (people.mustChangePassword()) {
            event.rerouteTo(AccountView.class);
        }
    }

    private static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
