package org.orienta.base;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Start-up work that goes on after the application answers, such as the demo trainees' history: the
 * sign-in page says the demo is still being prepared while any is pending, so that a newcomer who signs
 * in at once is not met by empty pages without a word. Work registers before the application is ready
 * (so there is no moment between the start-up gate opening and the work beginning) and finishes when done
 * or failed.
 */
@Component
public class StartupWork {

    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public void begins(String name) {
        pending.add(name);
    }

    public void finished(String name) {
        pending.remove(name);
    }

    public boolean pending() {
        return !pending.isEmpty();
    }
}
