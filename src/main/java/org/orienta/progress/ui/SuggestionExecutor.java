package org.orienta.progress.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.orienta.progress.review.ReviewSuggestionSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Computes review suggestions off the Vaadin request thread, as the signed-in trainer (the service
 * checks the role, and Spring Security's context does not follow a task to another thread by itself).
 * One thread: a first look at an exercise embeds its reviewed answers on the CPU, and the trainees'
 * own-words replies need the other core. {@code orienta.review-suggestions.background=false} runs them
 * in the calling thread (browserless tests).
 */
@Component
class SuggestionExecutor implements Executor, DisposableBean {

    private final boolean background;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("orienta-review-suggestions").daemon(true).factory());

    SuggestionExecutor(ReviewSuggestionSettings settings) {
        this.background = settings.background();
    }

    @Override
    public void execute(Runnable task) {
        var asTrainer = new DelegatingSecurityContextRunnable(task);
        if (background) {
            thread.execute(asTrainer);
        } else {
            asTrainer.run();
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
