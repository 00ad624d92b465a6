package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditService;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP on loopback: security headers, and password guessing slowed down but never a lockout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInProtectionIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditService audit;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form; returns where it sends the browser. */
    private String signIn(String username, String password) throws IOException, InterruptedException {
        var form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        var response = get("/login");

        var csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "default-src 'self'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();
    }

    @Test
    void the_session_cookie_is_out_of_reach_of_scripts_and_other_sites() throws Exception {
        get("/login");
        var form = "username=hugo&password=" + URLEncoder.encode(TestUsers.DEMO_PASSWORD, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .contains("JSESSIONID")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void one_hundred_fifty_wrong_passwords_are_slowed_down_and_the_real_password_still_works() throws Exception {
        get("/login");
        int checked = 0;
        int throttled = 0;
        for (int i = 0; i < 150; i++) {
            var location = signIn("grace", "not-grace-" + i);
            if (location.contains("throttled")) {
                throttled++;
            } else {
                assertThat(location).contains("login?error");
                checked++;
            }
        }
        assertThat(throttled)
                .as("attempts turned away without checking the password")
                .isGreaterThan(100);
        assertThat(checked).as("passwords actually checked").isLessThan(50);

        var deadline = Instant.now().plusSeconds(10);
        String location;
        do {
            location = signIn("grace", TestUsers.DEMO_PASSWORD);
        } while (location.contains("throttled") && Instant.now().isBefore(deadline));
        assertThat(location).as("after the wait, the real password works").doesNotContain("error", "throttled");

        // Repeats from one address in one minute are summed up in one entry (so a flood cannot push real
        // entries out of the trail); counted together they are every attempt.
        audit.writeRepeats();
        var failures = SystemAuthentication.call(() -> audit.search(new AuditFilter(
                Instant.now().minusSeconds(600),
                Instant.now().plusSeconds(120),
                Set.of(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_THROTTLED),
                "",
                "")));
        int counted = failures.stream()
                .mapToInt(e -> e.target().endsWith(" repeated")
                        ? Integer.parseInt(e.target().substring(0, e.target().indexOf(' ')))
                        : 1)
                .sum();
        assertThat(counted).isGreaterThanOrEqualTo(150);
        assertThat(failures).hasSizeLessThan(20);
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused() throws Exception {
        var form = "username=hugo&password=" + URLEncoder.encode(TestUsers.DEMO_PASSWORD, StandardCharsets.UTF_8);
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("JSESSIONID"));
    }

    @Test
    void the_session_never_travels_in_a_url() throws Exception {
        var fresh = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (var path : new String[] {"/", "/my-training", "/people", "/login"}) {
            var response = fresh.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
        }
    }

    @Test
    void an_unknown_address_reaches_the_application_for_a_signed_in_person_not_an_empty_403() throws Exception {
        get("/login");
        assertThat(signIn("hugo", TestUsers.DEMO_PASSWORD)).doesNotContain("error", "throttled");

        for (var path : new String[] {"/does-not-exist", "/foo/bar.txt", "/content/quiz/does-not-exist"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(403);
            assertThat(response.body()).as(path).isNotEmpty();
        }
        assertThat(get("/actuator/info").statusCode()).isEqualTo(403);
    }
}
