package org.orienta.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response, including the pages Vaadin serves outside Spring
 * Security's filter chain (the sign-in page, static files), and keeps anything later in the chain from
 * weakening them (Vaadin would set X-Frame-Options to SAMEORIGIN).
 */
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * The strictest policy Vaadin Flow runs under (measured in Chromium, docs/decisions/0011): its client
     * needs inline and evaluated scripts and inline styles, its page sets {@code <base href="./">} and
     * frames its own origin, so base and framing are allowed for this origin only; objects are off, and
     * nothing loads from anywhere else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "SAMEORIGIN",
            "Referrer-Policy", "same-origin");

    /** A year, and sent over HTTPS only: browsers ignore it on plain HTTP (OWASP ASVS v3.4.1). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!managed(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!managed(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean managed(String name) {
        return HEADERS.keySet().stream()
                        .anyMatch(h -> h.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                || name.equalsIgnoreCase("Strict-Transport-Security");
    }
}
