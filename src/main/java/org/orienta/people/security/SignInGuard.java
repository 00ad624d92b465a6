package org.orienta.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
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
                "wait " + Math.max(1, wait.toSeconds()) + " s",
                request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + "?throttled="
                + Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    /**
     * Browsers send Origin with every form POST (and Sec-Fetch-Site); scripts and tools that send neither
     * cannot be tricked into posting by a foreign page, so they are not refused. "null" (a sandboxed
     * frame, a redirect across sites) is refused. The host is compared, not the scheme: behind a proxy
     * that ends HTTPS the server sees plain HTTP.
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
        var host = request.getHeader("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null) {
            return false;
        }
        try {
            var uri = java.net.URI.create(origin.strip());
            var authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.split(",")[0].strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
