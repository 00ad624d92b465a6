package org.orienta.people.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a person out after a time without activity (OWASP ASVS v7.3.1), counting what the person does,
 * not what the open tab does by itself: Vaadin's heartbeats ({@code v-r=heartbeat}) keep an unattended
 * browser's session alive for ever, so they do not count as activity here, while every other request
 * (a click, a key, a page) does. The page warns before (the idle warning in the main layout) and the
 * session directory ends idle sessions whose tab sends nothing at all.
 */
class IdleSignOut extends OncePerRequestFilter {

    /** When the person last did something, in epoch milliseconds, kept in their HTTP session. */
    static final String LAST_ACTIVITY = "orienta.lastActivity";

    private final Duration timeout;
    private final Clock clock;
    private final AuditService audit;

    private final SessionDirectory sessions;

    IdleSignOut(Duration timeout, Clock clock, AuditService audit, SessionDirectory sessions) {
        this.timeout = timeout;
        this.clock = clock;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var user = session == null ? null : signedIn(session);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        long now = clock.millis();
        if (idle(session, now)) {
            end(session, user, request.getRemoteAddr());
            SecurityContextHolder.clearContext();
            if (request.getParameter("v-r") == null && "GET".equals(request.getMethod())) {
                // A page: straight to the sign-in page, which says why. Vaadin's own requests find no
                // session and make the browser reload, which lands there too.
                response.sendRedirect(request.getContextPath() + "/login?idle");
                return;
            }
        } else if (!"heartbeat".equals(request.getParameter("v-r"))) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        chain.doFilter(request, response);
    }

    /** Whether this session has been idle past the timeout (false while it has no activity recorded yet). */
    boolean idle(HttpSession session, long now) {
        try {
            return session.getAttribute(LAST_ACTIVITY) instanceof Long last && now - last > timeout.toMillis();
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    void end(HttpSession session, String user, String address) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            return;
        }
        audit.recordAs(
                user,
                AuditAction.SIGN_OUT,
                user,
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.idle", timeout.toSeconds()),
                address.isEmpty() ? null : address);
    }

    static @Nullable String signedIn(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                                    instanceof SecurityContext context
                            && context.getAuthentication() != null
                    ? context.getAuthentication().getName()
                    : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Ends the idle sessions of this node whose tab sends nothing at all (a closed laptop lid): every
     * half minute, so an unattended session never outlives the timeout by more than that.
     */
    @Scheduled(
            fixedDelayString = "${orienta.session.idle-sweep:30s}",
            initialDelayString = "${orienta.session.idle-sweep:30s}")
    void endIdleSessions() {
        long now = clock.millis();
        sessions.each(session -> {
            var user = signedIn(session);
            if (user != null && idle(session, now)) {
                end(session, user, "");
            }
        });
    }
}
