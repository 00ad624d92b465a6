package org.orienta.people.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import org.springframework.stereotype.Component;

/** Follows session id changes (sign-in changes the id against session fixation). */
@Component
class SessionIdChanges implements HttpSessionIdListener {

    private final SessionDirectory directory;

    SessionIdChanges(SessionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        directory.renamed(event.getSession(), oldSessionId);
    }
}
