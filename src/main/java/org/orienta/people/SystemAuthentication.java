package org.orienta.people;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person starts (the content import at start-up, scheduled jobs) as Orienta itself,
 * with trainer and administrator rights, so that services keep their method security instead of
 * growing unguarded back doors. The previous security context is restored afterwards.
 */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {}

    public static <T> T call(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SYSTEM,
                null,
                List.of(
                        new SimpleGrantedAuthority(Role.TRAINER.authority()),
                        new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
