package org.orienta.people.security;

import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every sign-in attempt is audited (OWASP ASVS v16.3.1) and feeds the throttle. */
@Component
class SignInEvents {

    private final SignInThrottle throttle;
    private final AuditService audit;

    SignInEvents(SignInThrottle throttle, AuditService audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var name = event.getAuthentication().getName();
        var address = address(event.getAuthentication().getDetails());
        throttle.succeeded(name, address == null ? "unknown" : address);
        audit.recordAs(name, AuditAction.SIGN_IN, name, AuditOutcome.SUCCESS, AuditText.none(), address);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var name = String.valueOf(event.getAuthentication().getName());
        var address = address(event.getAuthentication().getDetails());
        if (!(event.getException() instanceof SignInBusyException)) {
            // A check refused because the server was busy says nothing about the password.
            throttle.failed(name, address == null ? "unknown" : address);
        }
        // The reason (bad password, disabled account) stays in the detail for administrators only. Anyone can
        // cause these without signing in: repeats from one source in one minute become one summary entry.
        audit.recordFrequent(
                name,
                AuditAction.SIGN_IN_FAILED,
                name,
                AuditOutcome.FAILURE,
                AuditText.literal(event.getException().getClass().getSimpleName()),
                address);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        var name = event.getAuthentication().getName();
        audit.recordAs(
                name,
                AuditAction.SIGN_OUT,
                name,
                AuditOutcome.SUCCESS,
                AuditText.none(),
                address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
