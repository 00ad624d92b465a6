package org.orienta.people;

import java.util.Set;

/** A demo login, as the sign-in page lists it while demo mode is on. */
public record DemoAccount(String username, String displayName, Set<Role> roles, String department, String jobRole) {

    public DemoAccount {
        roles = Set.copyOf(roles);
    }
}
