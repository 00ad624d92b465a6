package org.orienta.observation;

import java.time.Instant;

/**
 * A link just issued. The token is here once and nowhere else: Orienta keeps only its hash, so the
 * administrator copies the link now or issues another.
 */
public record IssuedVisitLink(long id, String token, Instant expiresAt) {

    /** The address under the application's root, e.g. {@code visit/abc…}. */
    public String path() {
        return VisitLinkService.ROUTE + "/" + token;
    }

    @Override
    public String toString() {
        // A record's default toString would put the token into any log line that prints it.
        return "IssuedVisitLink[id=" + id + ", expiresAt=" + expiresAt + "]";
    }
}
