package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out smoke test: two Orienta nodes on one PostgreSQL behind nginx with deploy/nginx.conf as
 * it is committed. A trainee plays a role-play through nginx; the node holding their session is killed
 * mid-scenario; they sign in again, land on the other node and continue at the same step with nothing
 * lost or doubled.
 *
 * <p>Needs PostgreSQL (ORIENTA_TEST_POSTGRES_URL, set by scripts/with-postgres) and nginx; skipped
 * without them. {@code scripts/scale-out-smoke} runs just this test.
 */
class ScaleOutIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Map<String, Integer> NODES = Map.of("node1", 8081, "node2", 8082);
    private static final int BALANCER = 8080;

    @TempDir
    Path dir;

    private final List<OrientaProcess> nodes = new ArrayList<>();
    private Process nginx;
    private String database;

    @AfterEach
    void stopAll() throws SQLException {
        nodes.forEach(OrientaProcess::close);
        if (nginx != null) {
            nginx.destroy();
        }
        if (database != null) {
            try (var admin = postgres("orienta")) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void a_trainee_whose_node_dies_mid_scenario_signs_in_on_the_other_node_and_continues_at_the_same_step()
            throws Exception {
        assumeTrue(
                System.getenv("ORIENTA_TEST_POSTGRES_URL") != null,
                "needs PostgreSQL: run with scripts/with-postgres (or scripts/scale-out-smoke)");
        assumeTrue(Files.isExecutable(NGINX), "needs nginx (apt-get install nginx-light)");
        for (int port : List.of(BALANCER, 8081, 8082)) {
            assertThat(free(port))
                    .as("port %d must be free: deploy/nginx.conf uses 8080, 8081 and 8082", port)
                    .isTrue();
        }
        database = "orienta_scaleout_" + UUID.randomUUID().toString().substring(0, 8);
        try (var admin = postgres("orienta")) {
            admin.createStatement().execute("create database " + database);
        }
        // One after the other, as the deployment guide says: the first start creates the organisation.
        for (var node : List.of("node1", "node2")) {
            var process =
                    new OrientaProcess(Files.createDirectories(dir.resolve(node)), environment(node), NODES.get(node));
            nodes.add(process);
            process.start();
        }
        startNginx();

        try (var browser = new Browser("http://localhost:" + BALANCER, "ScaleOutIT/through-nginx", 1280, 900)) {
            browser.signIn("anna", "orienta-demo");
            browser.waitForPath("my-training");
            var first = node(browser);
            browser.open("my-training/ownership-and-commitments");
            browser.click("#item-rp-01");
            browser.click("#start-go");
            browser.click("#option-greet-warmly");
            browser.click("#option-ask-usage");
            browser.find("#option-disclose-upfront");
            browser.record("two-choices-on-" + first);
            assertThat(node(browser)).as("every request went to the same node").isEqualTo(first);

            nodes.get(first.equals("node1") ? 0 : 1).kill();

            // The trainee reloads, finds the sign-in page, and signs in again: now on the other node.
            browser.signIn("anna", "orienta-demo");
            browser.waitForPath("my-training");
            var second = node(browser);
            assertThat(second).isNotEqualTo(first);
            browser.click("#continue-rp-01");
            browser.find("#option-disclose-upfront");
            browser.record("continued-on-" + second);
            var conversation = browser.text("#conversation");
            assertThat(CrashDurabilityIT.occurrences(conversation, "Good morning, I'm Alex"))
                    .isEqualTo(1);
            assertThat(CrashDurabilityIT.occurrences(conversation, "how will you use the account"))
                    .isEqualTo(1);
            browser.click("#option-disclose-upfront");
            browser.find("#option-yes-and");
            browser.record("next-step-on-" + second);
        }
    }

    private Map<String, String> environment(String node) {
        var url = System.getenv("ORIENTA_TEST_POSTGRES_URL");
        var environment = new HashMap<String, String>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("ORIENTA_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database);
        environment.put("ORIENTA_DB_USER", System.getenv("ORIENTA_TEST_POSTGRES_USER"));
        environment.put("ORIENTA_DB_PASSWORD", System.getenv("ORIENTA_TEST_POSTGRES_PASSWORD"));
        environment.put("ORIENTA_NODE_NAME", node);
        environment.put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        environment.put("ORIENTA_ADMIN_PASSWORD", "scale out operator");
        environment.put("ORIENTA_DEMO_HISTORY", "false");
        return environment;
    }

    private void startNginx() throws IOException, InterruptedException {
        var prefix = Files.createDirectories(dir.resolve("nginx"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        var global = "daemon off;" + ("root".equals(System.getProperty("user.name")) ? " user root;" : "");
        nginx = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        prefix.toString(),
                        "-c",
                        Path.of("deploy/nginx.conf").toAbsolutePath().toString(),
                        "-g",
                        global)
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/nginx.out").toFile())
                .start();
        for (int i = 0; i < 100 && free(BALANCER); i++) {
            assertThat(nginx.isAlive())
                    .as("nginx stopped; see %s", prefix.resolve("logs"))
                    .isTrue();
            nginx.onExit()
                    .completeOnTimeout(null, 100, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .join();
        }
        assertThat(free(BALANCER)).as("nginx listens on %d", BALANCER).isFalse();
    }

    /** The node holding the browser's session, from the route Tomcat appends to the session id. */
    private static String node(Browser browser) {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("a session cookie").isNotNull();
        return cookie.getValue().substring(cookie.getValue().lastIndexOf('.') + 1);
    }

    private static java.sql.Connection postgres(String name) throws SQLException {
        var url = System.getenv("ORIENTA_TEST_POSTGRES_URL");
        return DriverManager.getConnection(
                url.substring(0, url.lastIndexOf('/') + 1) + name,
                System.getenv("ORIENTA_TEST_POSTGRES_USER"),
                System.getenv("ORIENTA_TEST_POSTGRES_PASSWORD"));
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
