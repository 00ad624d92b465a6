package org.orienta.people;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * {@code ORIENTA_ADMIN_PASSWORD} breaks the password rules: start-up stops with the reason and what to
 * do, printed by Spring Boot as a failure analysis instead of a stack trace (registered in
 * META-INF/spring.factories).
 */
public final class AdminPasswordRefused extends IllegalStateException {

    private final String reason;

    AdminPasswordRefused(String reason) {
        super("ORIENTA_ADMIN_PASSWORD is not acceptable: " + reason + ". " + ADVICE);
        this.reason = reason;
    }

    static final String ADVICE = "Use at least " + PasswordPolicy.MIN_LENGTH
            + " characters (a short sentence in any language), not a common password and not the username; "
            + "or leave ORIENTA_ADMIN_PASSWORD unset to get a one-time password in the log.";

    /** Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" description. */
    public static final class Analyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
            return new FailureAnalysis(
                    "ORIENTA_ADMIN_PASSWORD is not acceptable: " + cause.reason + ".", ADVICE, cause);
        }
    }
}
