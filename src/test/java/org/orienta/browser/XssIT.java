package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.orienta.TestUsers;
import org.orienta.base.XssCorpus;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.OrganisationService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every payload of the XSS corpus sits in some field a trainer writes (titles, persona, lines, options,
 * Markdown feedback and debriefs) or an administrator types (department and person names); a trainer
 * opens each role-play in the editor and plays it in the preview, an administrator and HR open the
 * people list and the reports. No payload runs: no dialog ever opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class XssIT {

    private static final int FIELDS = 16;

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    OrganisationService organisation;

    private Browser browser;
    private int scenarios;

    @BeforeEach
    void payloads_in_content_and_names() {
        var payloads = XssCorpus.payloads();
        var files = new ArrayList<>(ContentSource.folder(Path.of("src/test/resources/content-base")));
        scenarios = (payloads.size() + FIELDS - 1) / FIELDS;
        for (int s = 0; s < scenarios; s++) {
            var p = new ArrayList<String>();
            for (int f = 0; f < FIELDS; f++) {
                p.add(payloads.get((s * FIELDS + f) % payloads.size()));
            }
            files.add(new ContentFile(
                    "scenarios/xss-" + s + ".yaml", scenario(s, p).getBytes(StandardCharsets.UTF_8)));
        }
        var imported = SystemAuthentication.call(() -> content.importFiles(files));
        assertThat(imported.problems()).isEmpty();
        SystemAuthentication.call(() -> {
            for (int i = 0; i < 3; i++) {
                var name = payloads.get(i * 7);
                var department = organisation.createDepartment(shorten(name, 100) + " " + i, null);
                people.create(
                        new PersonDraft(
                                "xss.person" + i,
                                shorten(name, 110),
                                "xss" + i + "@example.com",
                                department,
                                null,
                                EnumSet.of(Role.TRAINEE)),
                        "long enough passphrase " + i);
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void no_payload_runs_in_the_editor_the_player_the_people_list_or_the_reports() {
        browser = new Browser("http://localhost:" + port, "XssIT/payloads", 1400, 1000);
        browser.signIn(TestUsers.TRAINER, TestUsers.DEMO_PASSWORD);
        browser.waitForPath("trainer");
        browser.open("content");
        noDialog("content list");
        for (int s = 0; s < scenarios; s++) {
            browser.open("content/scenario/xss-" + s);
            browser.find("#node-start");
            noDialog("editor of xss-" + s);
            browser.click("#node-dp");
            noDialog("node form of xss-" + s);
            browser.click("#preview-start");
            browser.find("#play-dialog");
            browser.click("#play-start");
            browser.click("#scenario-preview #option-first");
            browser.find("#scenario-preview #outcome");
            noDialog("preview of xss-" + s);
            browser.click("#play-close");
        }
        browser.record("trainer");
        browser.signOut();

        browser.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        browser.waitForPath("people");
        noDialog("people list");
        browser.open("organisation");
        noDialog("organisation");
        browser.open("reports");
        browser.find("#matrix-grid");
        noDialog("reports");
        browser.record("admin");
    }

    /** An alert would also make the next command fail (the driver reports unhandled dialogs). */
    private void noDialog(String where) {
        browser.settle();
        assertThatThrownBy(() -> browser.driver().switchTo().alert())
                .as("a dialog opened in the %s", where)
                .isInstanceOf(NoAlertPresentException.class);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String scenario(int number, List<String> p) {
        return """
                id: xss-%d
                title: %s
                summary: %s
                setting: %s
                persona: {name: %s, age: 40, situation: %s, expects: %s}
                minutes: 3
                sectors: [retail]
                start: start
                nodes:
                  - id: start
                    type: customer
                    text: %s
                    next: dp
                  - id: dp
                    type: decision
                    prompt: %s
                    options:
                      - id: first
                        say: %s
                        feedback: %s
                        evidence: {CO2: 3}
                        next: end-a
                      - id: second
                        say: %s
                        feedback: %s
                        evidence: {CO2: 1}
                        next: end-b
                  - id: end-a
                    type: ending
                    outcome: wow
                    title: %s
                    debrief: %s
                  - id: end-b
                    type: ending
                    outcome: low
                    title: %s
                    debrief: %s
                """.formatted(
                        number,
                        q(p.get(0)),
                        q(p.get(1)),
                        q(p.get(2)),
                        q(p.get(3)),
                        q(p.get(4)),
                        q(p.get(5)),
                        q(p.get(6)),
                        q(p.get(7)),
                        q(p.get(8)),
                        q(p.get(9)),
                        q(p.get(10)),
                        q(p.get(11)),
                        q(p.get(12)),
                        q(p.get(13)),
                        q(p.get(14)),
                        q(p.get(15)));
    }

    /** A YAML double-quoted scalar. */
    private static String q(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
