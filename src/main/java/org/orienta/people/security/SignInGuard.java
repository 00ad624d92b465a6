package org.orienta.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's processing. A form posted from another site is refused (login CSRF:
 * a foreign page must not sign the browser in to an account of the attacker's choosing); Vaadin's
 * sign-in form carries no CSRF token, so the browser's Origin (or Referer) must name this host. An
 * attempt that must still wait is not checked at all (so waiting costs an attacker time, not the server
 * CPU of a password hash) and is sent back to the sign-in page, which says how long to wait.
 */
class SignInGuard extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditService audit;

    SignInGuard(SignInThrottle throttle, AuditService audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getServletPath().equals("/" + SecurityConfig.LOGIN_ROUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // Written here, not as an error dispatch: the error page would redirect to the sign-in page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: the form was not sent from this site.\n");
            return;
        }
        var username = String.valueOf(request.getParameter("username"));
        var wait = throttle.waitFor(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordFrequent(
                username,
                AuditAction.SIGN_IN_THROTTLED,
                username,
                AuditOutcome.FAILURE,
                AuditText.of("audit.text.wait", Math.max(1, wait.toSeconds())),
                request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + "?throttled="
                + Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /**
     * Browsers send Origin with every form POST (and Sec-Fetch-Site); scripts and tools that send neither
     * cannot be tricked into posting by a foreign page, so they are not refused. "null" (a sandboxed
     * frame, a redirect across sites) is refused. The host name is compared, not the scheme: behind a
     * proxy that ends HTTPS the server sees plain HTTP. The port is compared only when the request names
     * one (in Host, X-Forwarded-Host or X-Forwarded-Port): nginx's usual {@code Host $host} drops it, and
     * a port on the same host name is the same site for cookies anyway.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return true;
        }
        var forwarded = request.getHeader("X-Forwarded-Host");
        var host = forwarded != null ? forwarded : request.getHeader("Host");
        if (host == null) {
            return false;
        }
        try {
            var sent = java.net.URI.create(origin.strip());
            var expected = java.net.URI.create("http://" + host.split(",")[0].strip());
            if (sent.getHost() == null || expected.getHost() == null) {
                return false;
            }
            if (!sent.getHost().equalsIgnoreCase(expected.getHost())) {
                return false;
            }
            var port = expected.getPort() != -1 ? String.valueOf(expected.getPort()) : forwardedPort(request);
            return port == null || port.equals(String.valueOf(effectivePort(sent)));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String forwardedPort(HttpServletRequest request) {
        var port = request.getHeader("X-Forwarded-Port");
        return port == null ? null : port.split(",")[0].strip();
    }

    private static int effectivePort(java.net.URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
