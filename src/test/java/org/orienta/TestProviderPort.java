package org.orienta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import testprovider.TestProvider;

/**
 * Chooses, once per JVM, the port of the test identity provider that application-test.properties names
 * as the company sign-in's issuer. A context initializer (META-INF/spring.factories) rather than a
 * property source on a test class, so every test shares the one application context (IntegrationTest);
 * the provider itself starts only when a test first signs in through it ({@link TestProvider#shared()}).
 */
public class TestProviderPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        synchronized (TestProviderPort.class) {
            if (System.getProperty(TestProvider.PORT_PROPERTY) == null) {
                System.setProperty(TestProvider.PORT_PROPERTY, String.valueOf(freePort()));
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
