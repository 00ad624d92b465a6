package org.orienta.progress;

import org.orienta.base.PersonPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for records (username) and for what trainees read (display name). */
public final class Actor {

    private Actor() {}

    public static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    public static String displayName() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PersonPrincipal p ? p.getDisplayName() : username();
    }
}
