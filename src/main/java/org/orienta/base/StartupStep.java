package org.orienta.base;

/**
 * Work that fills the database at start-up before anyone may sign in: the content import, the demo
 * organisation, its targets and assignments. Steps run one after the other in their {@code @Order},
 * after the first administrator exists; {@link StartupSteps} decides whether before the port opens or
 * behind an open sign-in page.
 */
public interface StartupStep {

    void run();
}
