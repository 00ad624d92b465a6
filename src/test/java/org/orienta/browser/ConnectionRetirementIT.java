package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainee keeps saving while the connection pool retires its connections, including the one that ran
 * the migrations on a new database. With H2 2.4.240 every insert failed once that connection was gone
 * (its CHECK constraints were bound to it), which a default pool does after 30 minutes; here the pool's
 * shortest lifetime (30 s) lets a role-play see two retirements.
 */
class ConnectionRetirementIT {

    private static final Pattern CREATED =
            Pattern.compile("^hikaricp_connections_creation_seconds_count\\{[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);
    private static final Pattern MAX =
            Pattern.compile("^hikaricp_connections_max\\{[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    @Test
    void a_role_play_on_a_new_database_saves_every_choice_across_two_pool_retirements() throws IOException {
        try (var orienta = new OrientaProcess(
                dataDir,
                Map.of(
                        "ORIENTA_ADMIN_PASSWORD", "retirement test operator",
                        "ORIENTA_DEMO_HISTORY", "false",
                        "ORIENTA_PROMETHEUS_ENABLED", "true",
                        "SPRING_DATASOURCE_HIKARI_MAX_LIFETIME", "30000"))) {
            orienta.start();
            try (var browser = new Browser(orienta.baseUrl(), "ConnectionRetirementIT", 1280, 900)) {
                browser.signIn("anna", "orienta-demo");
                browser.waitForPath("my-training");
                browser.open("my-training/ownership-and-commitments");
                browser.click("#item-rp-01");
                browser.click("#start-go");
                browser.click("#choices vaadin-button");
                browser.record("first-choice");

                awaitRetirement(orienta);
                browser.click("#choices vaadin-button");
                browser.record("after-first-retirement");

                awaitRetirement(orienta);
                while (browser.all("#outcome").isEmpty()) {
                    assertThat(browser.all("#step-problem").stream()
                                    .filter(e -> e.isDisplayed())
                                    .toList())
                            .as("the player's 'could not be saved' message")
                            .isEmpty();
                    browser.click("#choices vaadin-button");
                }
                browser.record("ending");
            }
            assertThat(Files.readString(dataDir.resolve("orienta.log")))
                    .doesNotContain("Check constraint invalid")
                    .doesNotContain("The database has been closed");
        }
    }

    /** Waits until the pool has created as many new connections as it holds: every older one was retired. */
    private static void awaitRetirement(OrientaProcess orienta) {
        var before = metrics(orienta);
        double from = value(CREATED, before);
        double size = value(MAX, before);
        await().atMost(Duration.ofSeconds(75))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> value(CREATED, metrics(orienta)) >= from + size);
    }

    private static String metrics(OrientaProcess orienta) {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(orienta.baseUrl() + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double value(Pattern metric, String metrics) {
        var matcher = metric.matcher(metrics);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + metric.pattern() + " in the metrics");
        }
        return Double.parseDouble(matcher.group(1));
    }
}
