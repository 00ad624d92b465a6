package org.orienta.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers "starting, try again in a moment" until start-up work has finished. Spring Boot opens the
 * port before the application runners run, and those import the content, create the first
 * administrator and the demo data: a person who signed in during those seconds met missing content
 * or a step that failed against the demo data still being written.
 *
 * <p>When the start-up steps run behind an open sign-in page ({@link StartupSteps}), the page answers
 * and a sign-in waits for the steps instead, at most {@link #SIGN_IN_WAIT}: typing a username and
 * password takes about as long as a first start's import.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGate extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

    static final java.time.Duration SIGN_IN_WAIT = java.time.Duration.ofSeconds(30);

    private final StartupWork work;
    private final java.time.Duration signInWait;
    private volatile boolean ready;

    @org.springframework.beans.factory.annotation.Autowired
    StartupGate(StartupWork work) {
        this(work, SIGN_IN_WAIT);
    }

    StartupGate(StartupWork work, java.time.Duration signInWait) {
        this.work = work;
        this.signInWait = signInWait;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ready = true;
    }

    boolean ready() {
        return ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A liveness probe must not restart a node that is merely still starting.
        if (ready && (!work.setupPending() || !signIn(request) || setupWithin(signInWait))) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith("/actuator/health/liveness")) {
            chain.doFilter(request, response);
            return;
        }
        var message = HtmlUtils.htmlEscape(text(request.getLocale()));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!doctype html><html><head><meta charset=\"utf-8\">"
                                + "<meta http-equiv=\"refresh\" content=\"2\"><meta name=\"viewport\" content=\"width=device-width\">"
                                + "<title>Orienta</title></head><body style=\"font-family:sans-serif;margin:3rem auto;max-width:30rem;"
                                + "padding:0 1rem\"><p>" + message + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The password form's post and a company sign-in's return from the provider. */
    static boolean signIn(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return ("POST".equals(request.getMethod()) && path.equals("/login")) || path.startsWith("/login/oauth2/code/");
    }

    private boolean setupWithin(java.time.Duration wait) {
        try {
            return work.awaitSetup(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String text(Locale locale) {
        try {
            return ResourceBundle.getBundle("vaadin-i18n/translations", locale).getString("startup.wait");
        } catch (MissingResourceException e) {
            return "Orienta is starting. This page reloads by itself in a moment.";
        }
    }
}
