package org.orienta.people;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the company's identity provider: the same principal as after a password
 * sign-in (so {@link CurrentUser} and every role check work unchanged), also carrying the ID token,
 * which signing out hands back to the provider to end its session too (RP-initiated logout). The token
 * lives only in the session; it is never written to a log ({@link #toString()} names the username only).
 */
final class ProviderSignedInPerson extends SignedInPerson implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String provider;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    ProviderSignedInPerson(
            PersonId id,
            String username,
            String displayName,
            Set<Role> roles,
            String provider,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(id, username, displayName, roles, true, "");
        this.provider = provider;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    String provider() {
        return provider;
    }

    @Override
    public Map<String, Object> getClaims() {
        var claims = new HashMap<String, Object>(idToken.getClaims());
        if (userInfo != null) {
            userInfo.getClaims().forEach(claims::putIfAbsent);
        }
        return claims;
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The username: what the audit trail, the session directory and sign-out know the person by. */
    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public String toString() {
        return "ProviderSignedInPerson[" + getUsername() + " via " + provider + "]";
    }
}
