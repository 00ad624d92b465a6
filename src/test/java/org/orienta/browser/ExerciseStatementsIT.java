package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;

/**
 * Every bundled exercise opened in Chromium at phone and desktop width: no text in the player is cut
 * off (an element whose own text is wider than its box, as an ellipsis hides it), and no item control
 * carries a label band of its own above the statement that names it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExerciseStatementsIT {

    /** Elements, shadow roots included, whose own text overflows their box; and labelled item controls. */
    private static final String CUT_OFF = """
            const found = [];
            const walk = root => {
              for (const el of root.querySelectorAll('*')) {
                if (el.shadowRoot) walk(el.shadowRoot);
                // Own text, or a box that cuts its (slotted) text with an ellipsis, as a field's label part does.
                const own = [...el.childNodes]
                    .filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
                const ellipsis = getComputedStyle(el).textOverflow === 'ellipsis';
                const text = own || (ellipsis ? el.textContent.trim()
                    || [...el.querySelectorAll('slot')].flatMap(s => s.assignedNodes({flatten: true}))
                        .map(n => n.textContent).join('').trim() : '');
                if (text && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
                  found.push('cut off: ' + el.tagName.toLowerCase() + ' "' + text.slice(0, 60) + '"');
                }
              }
            };
            walk(document.querySelector('#exercise-player'));
            for (const s of document.querySelectorAll('#exercise-player .orienta-statement')) {
              const control = s.nextElementSibling;
              if (control && control.hasAttribute('has-label')) {
                found.push('label band: ' + control.id);
              }
            }
            return found;""";

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    private Browser browser;

    @BeforeEach
    void the_bundled_content_pack() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(Path.of("content"))));
        assertThat(imported.problems()).isEmpty();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 1280})
    void every_exercise_shows_its_statements_in_full(int width) throws IOException {
        browser = new Browser("http://localhost:" + port, "ExerciseStatementsIT/" + width, width, 900);
        // A demo trainee no other journey uses: the exercises are opened and left, which leaves attempts open.
        browser.signIn("emma", TestUsers.DEMO_PASSWORD);
        browser.waitForPath("my-training");
        var problems = new ArrayList<String>();
        var exercises = exerciseModules();
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(15);
        for (var exercise : exercises.entrySet()) {
            browser.open("my-training/" + exercise.getValue());
            browser.click("#item-" + exercise.getKey());
            browser.settle();
            if (!browser.all("#start-dialog").isEmpty()) {
                browser.click("#start-go");
            }
            browser.find("#exercise-player");
            browser.settle();
            @SuppressWarnings("unchecked")
            var found = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(CUT_OFF);
            found.forEach(f -> problems.add(exercise.getKey() + " at " + width + " px: " + f));
            browser.record(exercise.getKey());
        }
        assertThat(problems).isEmpty();
    }

    /** Each bundled exercise and a module it is in. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> exerciseModules() throws IOException {
        var result = new TreeMap<String, String>();
        try (var files = Files.list(Path.of("content/modules"))) {
            for (var file : files.sorted().toList()) {
                Map<String, Object> module = new Yaml().load(Files.readString(file));
                for (var item : (List<Map<String, Object>>) module.get("items")) {
                    if (item.get("exercise") instanceof String key) {
                        result.putIfAbsent(key, String.valueOf(module.get("id")));
                    }
                }
            }
        }
        return result;
    }
}
