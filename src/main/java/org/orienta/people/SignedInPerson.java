package org.orienta.people;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.PersonPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps in the session for a signed-in person; {@link ProviderSignedInPerson}
 * when they signed in through the company's identity provider.
 */
class SignedInPerson implements UserDetails, CredentialsContainer, PersonPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonId id;
    private final String username;
    private final String displayName;
    private final List<GrantedAuthority> authorities;
    private final boolean enabled;
    private @Nullable String passwordHash;

    SignedInPerson(
            PersonId id, String username, String displayName, Set<Role> roles, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.authorities = roles.stream()
                .sorted()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    PersonId id() {
        return id;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        // Spring Security compares principals by equality, e.g. to find a person's sessions.
        return o instanceof SignedInPerson other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + username + "]";
    }
}
