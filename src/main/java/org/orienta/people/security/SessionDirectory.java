package org.orienta.people.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The live sessions of this node, so a person's sessions can be ended at once: when they are disabled,
 * and their other sessions when they sign out or change their password. Sessions are ended by
 * invalidating them; the browser's next request finds no session and goes to the sign-in page.
 * Behind a load balancer each node ends the sessions it holds (docs/deployment.md).
 */
@Component
public class SessionDirectory implements HttpSessionListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Ends every session signed in as this user except {@code keep} (a session id); returns how many. */
    public int end(String username, @Nullable String keep) {
        int ended = 0;
        for (var session : sessions.values()) {
            if (session.getId().equals(keep) || !username.equals(username(session))) {
                continue;
            }
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // Ended meanwhile by itself: nothing to do.
            }
            sessions.remove(session.getId());
        }
        return ended;
    }

    /** Live HTTP sessions on this node (a metric). */
    public int size() {
        return sessions.size();
    }

    /** Open Vaadin UIs (browser tabs) on this node, counted without taking the sessions' locks (a metric). */
    public int uis() {
        int count = 0;
        for (var session : sessions.values()) {
            try {
                for (var vaadin : com.vaadin.flow.server.VaadinSession.getAllSessions(session)) {
                    count += vaadin.getUIs().size();
                }
            } catch (RuntimeException changingUnderneath) {
                // A session ending or a UI closing meanwhile: the next reading counts it right.
            }
        }
        return count;
    }

    /** The session of the request being served, if any (none in background work and tests). */
    public static @Nullable String currentSessionId() {
        var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
            var session = servlet.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    /** Session ids change at sign-in (fixation protection): keep the map keyed by the current id. */
    void renamed(HttpSession session, String oldId) {
        sessions.remove(oldId);
        sessions.put(session.getId(), session);
    }

    private static @Nullable String username(HttpSession session) {
        try {
            var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    ? security.getAuthentication().getName() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
