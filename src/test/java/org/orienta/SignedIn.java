package org.orienta;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches who is signed in within one test, e.g. to check that one trainee cannot see another's data. */
public final class SignedIn {

    private SignedIn() {}

    public static void as(UserDetailsService users, String username) {
        var person = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static <T> T callAs(UserDetailsService users, String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        as(users, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
