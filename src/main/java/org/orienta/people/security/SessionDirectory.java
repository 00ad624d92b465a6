package org.orienta.people.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The live sessions of this node, so a person's sessions can be ended at once: when they are disabled,
 * and their other sessions when they sign out or change their password. Sessions are ended by
 * invalidating them; the browser's next request finds no session and goes to the sign-in page.
 *
 * <p>Behind a load balancer a person's sessions may live on several nodes. Each request to end them is
 * therefore also written to the database (in the caller's transaction, so a rolled-back change ends
 * nothing elsewhere), and every node reads new requests every few seconds and ends the sessions it holds
 * that began before the request (docs/deployment.md).
 */
@Component
public class SessionDirectory implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionDirectory.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;
    /** The newest request this node has seen; requests older than the node's start concern no session here. */
    private volatile long seen;

    public SessionDirectory(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startReading() {
        seen = jdbc.sql("select coalesce(max(id), 0) from session_ending")
                .query(Long.class)
                .single();
    }

    /** Ends the sessions other nodes were asked to end; runs every few seconds on every node. */
    @Scheduled(
            fixedDelayString = "${orienta.sessions.sync-interval:5s}",
            initialDelayString = "${orienta.sessions.sync-interval:5s}")
    public void readRequests() {
        var requests = jdbc.sql("select id, username, keep_session, requested_at from session_ending where id > ? "
                        + "order by id")
                .param(seen)
                .query((rs, n) -> new Request(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        for (var request : requests) {
            int ended = endHere(request.username(), request.keep(), request.at());
            if (ended > 0) {
                log.info("Ended {} session(s) of {} as requested on another node", ended, request.username());
            }
            seen = request.id();
        }
    }

    /** Requests are needed only until every node has read them. */
    @Scheduled(cron = "${orienta.sessions.cleanup-cron:0 5 * * * *}")
    @SchedulerLock(name = "session-endings-cleanup", lockAtLeastFor = "PT5M")
    void forgetOldRequests() {
        jdbc.sql("delete from session_ending where requested_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private record Request(
            long id, String username, @Nullable String keep, Instant at) {}

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /**
     * Ends every session signed in as this user except {@code keep} (a session id): at once on this node,
     * within the sync interval on the others. Returns how many ended on this node.
     */
    public int end(String username, @Nullable String keep) {
        var now = clock.instant();
        jdbc.sql("insert into session_ending (username, keep_session, requested_at) values (?, ?, ?)")
                .params(username, keep, Timestamp.from(now))
                .update();
        return endHere(username, keep, now.plusSeconds(1));
    }

    /** Sessions that began after the request (a sign-in a moment later) are not what it meant to end. */
    private int endHere(String username, @Nullable String keep, Instant requestedAt) {
        int ended = 0;
        for (var session : sessions.values()) {
            if (session.getId().equals(keep)
                    || !username.equals(username(session))
                    || !began(session).isBefore(requestedAt)) {
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

    /** Every live HTTP session of this node (for the idle sweep). */
    void each(java.util.function.Consumer<HttpSession> action) {
        sessions.values().forEach(action);
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

    private static Instant began(HttpSession session) {
        try {
            return Instant.ofEpochMilli(session.getCreationTime());
        } catch (IllegalStateException invalidated) {
            return Instant.MAX;
        }
    }

    private static @Nullable String username(HttpSession session) {
        try {
            var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    ? security.getAuthentication().getName()
                    : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
