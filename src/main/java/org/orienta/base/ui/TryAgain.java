package org.orienta.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * An action (a click, a choice) that could not get a database connection in time is refused in words:
 * "busy, nothing was saved, try again", never a silent dead button or an error page. The transaction
 * never began, so nothing of the action is half-written (docs/decisions/0036-load-and-start-up.md).
 * Views that keep the person's input on screen (the players) say it in place themselves; this handler
 * covers every other action. Any other error goes to Vaadin's default handler as before.
 */
@Component
class TryAgain implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(TryAgain.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    /** True when the failure is the connection pool's wait running out (or no connection at all). */
    static boolean busy(@Nullable Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for one line of log. */
    static String reason(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    static final class Handler implements ErrorHandler {

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            var ui = UI.getCurrent();
            if (!busy(event.getThrowable()) || ui == null) {
                fallback.error(event);
                return;
            }
            log.warn("No database connection in time for an action: {}", reason(event.getThrowable()));
            var notification =
                    Notification.show(ui.getTranslation("error.busy.action"), 8000, Notification.Position.MIDDLE);
            notification.setId("busy-notification");
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
