package org.orienta.people.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.orienta.base.Languages;
import org.orienta.people.OrganisationService;
import org.orienta.people.PeopleService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sets each new page's language: the person's own choice, the organisation's default or the browser's
 * (see {@link Languages#resolve}). Vaadin's own choice looks at the browser only.
 */
@Component
class LanguageChooser implements VaadinServiceInitListener {

    private final PeopleService people;
    private final OrganisationService organisation;

    LanguageChooser(PeopleService people, OrganisationService organisation) {
        this.people = people;
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(this::choose);
    }

    private void choose(UIInitEvent event) {
        boolean signedIn = signedIn();
        var request = VaadinRequest.getCurrent();
        List<Locale> browser = request == null ? List.of() : Collections.list(request.getLocales());
        var language = Languages.resolve(
                signedIn ? people.myLanguage().orElse(null) : null,
                organisation.defaultLanguage().orElse(null),
                browser,
                signedIn);
        event.getUI().setLocale(language);
    }

    private static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
