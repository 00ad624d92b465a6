package org.orienta.base;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Start-up work that goes on after the application answers, such as the demo trainees' history: the
 * sign-in page says the demo is still being prepared while any is pending, so that a newcomer who signs
 * in at once is not met by empty pages without a word. Work registers before the application is ready
 * (so there is no moment between the start-up gate opening and the work beginning) and finishes when done
 * or failed.
 *
 * <p>The {@linkplain StartupStep start-up steps} (content import, demo organisation) are the part a
 * sign-in must wait for: {@link #setupDone()} marks their end, whether they ran before the port opened
 * or behind an open sign-in page ({@link StartupSteps}).
 */
@Component
public class StartupWork {

    /** The start-up steps, as pending work. */
    public static final String SETUP = "setup";

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final CountDownLatch setup = new CountDownLatch(1);

    public void begins(String name) {
        pending.add(name);
    }

    public void finished(String name) {
        pending.remove(name);
    }

    public boolean pending() {
        return !pending.isEmpty();
    }

    /** The start-up steps have ended (or failed: then the application is on its way down). */
    void setupDone() {
        setup.countDown();
        finished(SETUP);
    }

    public boolean setupPending() {
        return setup.getCount() > 0;
    }

    /** Waits at most {@code wait} for the start-up steps; true when they are done. */
    public boolean awaitSetup(Duration wait) throws InterruptedException {
        return setup.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
