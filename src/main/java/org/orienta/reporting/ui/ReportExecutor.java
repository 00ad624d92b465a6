package org.orienta.reporting.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.orienta.reporting.ReportSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs reports off the Vaadin request thread, as the signed-in reader (the service checks roles, and
 * Spring Security's context does not follow a task to another thread by itself). Two threads: one
 * per core here, and a report is CPU-bound. {@code orienta.reports.background=false} runs them in the
 * calling thread (browserless tests).
 */
@Component
class ReportExecutor implements Executor, DisposableBean {

    private final boolean background;
    private final ExecutorService threads = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("orienta-report-", 1).daemon(true).factory());

    ReportExecutor(ReportSettings settings) {
        this.background = settings.background();
    }

    @Override
    public void execute(Runnable task) {
        var asReader = new DelegatingSecurityContextRunnable(task);
        if (background) {
            threads.execute(asReader);
        } else {
            asReader.run();
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
