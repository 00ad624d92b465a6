package org.orienta.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The production jar running as its own process on a private data folder, so a test can kill it the
 * way a power cut or an OOM killer would (SIGKILL) and start it again on the same database.
 */
public final class OrientaProcess implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;

    public OrientaProcess(Path dataDir, Map<String, String> environment) {
        this(dataDir, environment, freePort());
    }

    /** On a given port, for a load balancer whose configuration names the nodes' ports. */
    public OrientaProcess(Path dataDir, Map<String, String> environment, int port) {
        this.jar = Path.of(System.getProperty("orienta.jar", "target/orienta.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar + ": run ./mvnw package first");
        }
        this.dataDir = dataDir;
        this.environment = environment;
        this.port = port;
        this.log = dataDir.resolve("orienta.log");
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public void start() {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(
                        List.of(java, "-Xmx512m", "-jar", jar.toAbsolutePath().toString()))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment()
                .putIfAbsent(
                        "ORIENTA_DB_URL",
                        "jdbc:h2:file:" + dataDir.resolve("orienta").toAbsolutePath() + ";WRITE_DELAY=0");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswer("/login", Duration.ofSeconds(90));
        // The sign-in page opens before a first start's content import and demo organisation (ADR 0036,
        // point 8); commands and checks beside the server expect them, as a load balancer does.
        awaitAnswer("/actuator/health/readiness", Duration.ofSeconds(90));
        if (!"false".equals(environment.get("ORIENTA_DEMO_HISTORY"))
                && !"false".equals(environment.get("ORIENTA_DEMO"))) {
            // Demo history is written in the background after start-up; journeys that read it wait for it.
            awaitLog("Demo mode: demo history ready", Duration.ofSeconds(90));
        }
    }

    private void awaitLog(String line, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Files.readString(log).contains(line)) {
                    return;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Orienta stopped; see " + log);
            }
            process.onExit()
                    .completeOnTimeout(null, 250, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .join();
        }
        throw new IllegalStateException("No '" + line + "' in the log within " + timeout + "; see " + log);
    }

    /** Stops the server as a service manager does (SIGTERM): requests finish, the database closes. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("Orienta did not stop within 60 s of SIGTERM; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code java -jar orienta.jar <arguments>} beside the server, in its directory and environment. */
    public CommandResult command(String... arguments) {
        var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(
                List.of(javaBin, "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment()
                .putIfAbsent(
                        "ORIENTA_DB_URL",
                        "jdbc:h2:file:" + dataDir.resolve("orienta").toAbsolutePath() + ";WRITE_DELAY=0");
        try {
            var started = builder.start();
            var output = new String(started.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new CommandResult(started.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record CommandResult(int exitCode, String output) {}

    /** Kills the server without warning: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAnswer(String path, Duration timeout) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(5))
                .build();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Orienta stopped during start-up; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            process.onExit()
                    .completeOnTimeout(null, 250, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .join();
        }
        throw new IllegalStateException("Orienta did not answer " + path + " within " + timeout + "; see " + log);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
