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
 * Stands before the sign-in form's processing: an attempt that must still wait is not checked at all
 * (so waiting costs an attacker time, not the server CPU of a password hash) and is sent back to the
 * sign-in page, which says how long to wait.
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
        var username = String.valueOf(request.getParameter("username"));
        var wait = throttle.waitFor(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordAs(
                username,
                AuditAction.SIGN_IN_THROTTLED,
                username,
                AuditOutcome.FAILURE,
                "wait " + Math.max(1, wait.toSeconds()) + " s",
                request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + "?throttled="
                + Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
