package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;

class StartupStepsTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final CountDownLatch importMayEnd = new CountDownLatch(1);
    private final StartupWork work = new StartupWork();

    @Order(30)
    class Import implements StartupStep {
        @Override
        public void run() {
            try {
                importMayEnd.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add("import");
        }
    }

    @Order(20)
    class Organisation implements StartupStep {
        @Override
        public void run() {
            ran.add("organisation");
        }
    }

    private StartupSteps steps(ApplicationContext context, boolean background) {
        var factory = new DefaultListableBeanFactory();
        factory.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
        factory.registerSingleton("import", new Import());
        factory.registerSingleton("organisation", new Organisation());
        return new StartupSteps(factory.getBeanProvider(StartupStep.class), work, context, background);
    }

    private static ApplicationContext webServer() {
        var context = mock(
                WebServerApplicationContext.class,
                withSettings().extraInterfaces(ConfigurableApplicationContext.class));
        org.mockito.Mockito.when(((ConfigurableApplicationContext) context).isActive())
                .thenReturn(true);
        return context;
    }

    @Test
    void on_a_web_server_the_steps_run_behind_the_open_sign_in_page_in_their_order() throws Exception {
        var context = webServer();
        var steps = steps(context, true);

        steps.run(null);
        steps.onReady();

        assertThat(work.setupPending()).isTrue();
        assertThat(work.pending()).isTrue();
        verify(context, never()).publishEvent(new StartupFinished());

        importMayEnd.countDown();

        assertThat(work.awaitSetup(Duration.ofSeconds(5))).isTrue();
        assertThat(ran).containsExactly("organisation", "import");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> verify(context).publishEvent(new StartupFinished()));
    }

    @Test
    void without_a_web_server_or_with_background_off_the_steps_run_before_the_application_is_ready() {
        importMayEnd.countDown();
        var context = mock(ConfigurableApplicationContext.class);
        org.mockito.Mockito.when(context.isActive()).thenReturn(true);
        var steps = steps(context, true);

        steps.run(null);

        assertThat(ran).containsExactly("organisation", "import");
        assertThat(work.setupPending()).isFalse();
        verify(context, never()).publishEvent(new StartupFinished());

        steps.onReady();

        verify(context).publishEvent(new StartupFinished());
    }
}
