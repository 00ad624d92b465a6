package org.orienta.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupStep}s. On a web server, by default, behind an open sign-in page: a first start
 * imports the content pack and writes the demo organisation (about five seconds here), which the
 * sign-in page no longer waits for; a sign-in waits instead ({@link StartupGate}), and the readiness
 * probe says not ready until the steps are done, so a load balancer sends no one to a node still
 * filling its database (ADR 0036). Commands, and the tests ({@code orienta.startup.background=false}),
 * run them before the application is ready, as every runner is.
 *
 * <p>{@link StartupFinished} says the steps are done, in both cases after the application is ready:
 * what builds on their data (the demo history, the first administrator's banner) listens to it.
 */
@Component
@Order(15)
class StartupSteps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final ObjectProvider<StartupStep> steps;
    private final StartupWork work;
    private final ApplicationContext context;
    private final boolean background;
    private volatile boolean ready;
    private volatile boolean finished;

    StartupSteps(
            ObjectProvider<StartupStep> steps,
            StartupWork work,
            ApplicationContext context,
            @Value("${orienta.startup.background:true}") boolean background) {
        this.steps = steps;
        this.work = work;
        this.context = context;
        this.background = background && context instanceof WebServerApplicationContext;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!background) {
            steps.orderedStream().forEach(StartupStep::run);
            finished = true;
            work.setupDone();
            return;
        }
        work.begins(StartupWork.SETUP);
        Thread.ofPlatform().name("startup-steps").start(() -> {
            long started = System.nanoTime();
            try {
                steps.orderedStream().forEach(StartupStep::run);
            } catch (RuntimeException e) {
                // As a runner's failure would have: no half-filled Orienta stays up. One line, no trace.
                log.error("Orienta could not finish starting and stops: {}", e.getMessage());
                work.setupDone();
                int status = SpringApplication.exit(context, () -> 1);
                System.exit(status);
                return;
            }
            log.info(
                    "Start-up steps done behind the open sign-in page in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
            synchronized (this) {
                finished = true;
                work.setupDone();
                if (ready) {
                    announce();
                }
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void onReady() {
        ready = true;
        if (finished) {
            announce();
        }
    }

    private void announce() {
        if (context instanceof ConfigurableApplicationContext configurable && !configurable.isActive()) {
            return;
        }
        context.publishEvent(new StartupFinished());
    }
}
