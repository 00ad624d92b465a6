package org.orienta.people;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services that must check "mine". Reads Spring Security's context, so it works
 * in services as well as views; in background threads there is no one signed in.
 */
@Component
public class CurrentUser {

    public Optional<PersonId> id() {
        return principal().map(SignedInPerson::id);
    }

    public PersonId requireId() {
        return id().orElseThrow(
                        () -> new org.springframework.security.access.AccessDeniedException("no one is signed in"));
    }

    public Optional<String> username() {
        return principal().map(SignedInPerson::getUsername);
    }

    public boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    private Optional<SignedInPerson> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person)
                : Optional.empty();
    }
}
