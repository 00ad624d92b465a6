package org.orienta.reporting.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.orienta.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a report in the background and shows it when done. Meanwhile the holder shows a progress
 * bar; the page polls for the result (Orienta runs without push) and stops polling when nothing is
 * pending, so the UI never waits on a report.
 */
final class ReportLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ReportLoader.class);
    private static final int POLL_MILLIS = 300;
    private static final String PENDING = "orienta-reports-pending";

    private ReportLoader() {}

    static <T> void load(Div holder, ReportExecutor executor, Supplier<T> work, Consumer<T> show) {
        var ui = UI.getCurrent();
        holder.removeAll();
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", holder.getTranslation("reports.computing"));
        var waiting = new Div(new Span(holder.getTranslation("reports.computing")), bar);
        waiting.addClassName("orienta-report-waiting");
        waiting.setId(holder.getId().orElse("report") + "-computing");
        holder.add(waiting);
        var result = CompletableFuture.supplyAsync(work, executor);
        if (result.isDone()) {
            finish(holder, result, show);
            return;
        }
        pending(ui, +1);
        result.whenComplete((value, failure) -> ui.access(() -> {
            pending(ui, -1);
            finish(holder, result, show);
        }));
    }

    private static <T> void finish(Div holder, CompletableFuture<T> result, Consumer<T> show) {
        holder.removeAll();
        try {
            show.accept(result.join());
        } catch (java.util.concurrent.CompletionException e) {
            var cause = e.getCause();
            String message;
            if (cause instanceof InvalidInputException invalid) {
                message = invalid.problems().stream()
                        .map(p -> holder.getTranslation(
                                p.messageKey(), p.arguments().toArray()))
                        .reduce((a, b) -> a + " " + b)
                        .orElse("");
            } else if (cause instanceof org.springframework.security.access.AccessDeniedException) {
                message = holder.getTranslation("reports.denied");
            } else {
                LOG.error("A report failed", cause);
                message = holder.getTranslation("reports.failed");
            }
            var failed = new Span(message);
            failed.addClassName("orienta-error-text");
            holder.add(failed);
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static void pending(UI ui, int change) {
        // Counted per UI: two tabs of one session poll independently.
        var count = (Integer) ComponentUtil.getData(ui, PENDING);
        int now = Math.max(0, (count == null ? 0 : count) + change);
        ComponentUtil.setData(ui, PENDING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
