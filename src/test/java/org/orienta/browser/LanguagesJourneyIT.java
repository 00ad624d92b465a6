package org.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orienta.TestUsers;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.orienta.reporting.ExportReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 21's proof, one journey per language in a browser set to that language: a trainee plays RP-01 to
 * its WOW ending, passes the ownership quiz, does exercise SX-01 and opens My competencies; HR opens the
 * matrix and downloads a department's PDF. On every page, no English sentence of the interface or of the
 * items played may be seen, and the PDF carries the language's own letters. Croatian and Thai run at
 * phone width. Screenshots: target/screenshots/LanguagesJourneyIT/<language>.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguagesJourneyIT {

    private static final Path CONTENT = Path.of("content");

    @LocalServerPort
    int port;

    @Autowired
    ContentService content;

    @BeforeEach
    void the_bundled_content_pack_with_its_translations() {
        var imported = SystemAuthentication.call(() -> content.importFiles(ContentSource.folder(CONTENT)));
        assertThat(imported.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({"hr, chloe, 360", "sv, daniel, 1280", "pl, emma, 1280", "ru, grace, 1280", "th, hugo, 360"})
    void a_trainee_and_hr_use_orienta_in_their_language_without_meeting_english(
            String language, String trainee, int width) throws IOException {
        var english = new EnglishSentences(language);
        try (var browser =
                new Browser("http://localhost:" + port, "LanguagesJourneyIT/" + language, width, 900, language)) {
            browser.signIn(trainee, TestUsers.DEMO_PASSWORD);
            browser.waitForPath("my-training");
            english.assertNoneOn(browser, "my-training");
            browser.record("my-training");

            start(browser, "ownership-and-commitments", "rp-01");
            browser.find("#persona");
            for (var option : List.of("greet-warmly", "ask-usage", "disclose-upfront", "yes-and", "log-pattern")) {
                browser.click("#option-" + option);
            }
            browser.find("#outcome");
            assertThat(browser.find("#outcome").getAttribute("class")).contains("orienta-outcome-wow");
            english.assertNoneOn(browser, "rp-01 ending");
            browser.record("rp-01-wow");

            start(browser, "ownership-and-commitments", "quiz-ownership-commitments");
            var answers = quizAnswers(language, "quiz-ownership-commitments");
            while (!browser.all("#quiz-answer").isEmpty()) {
                var question = browser.find("#quiz-body h3").getText().strip();
                var right = answers.get(question);
                browser.click(browser.all("#quiz-single vaadin-radio-button").stream()
                        .filter(r -> r.getText().strip().equals(right))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no option '" + right + "' for: " + question)));
                english.assertNoneOn(browser, "quiz question");
                browser.click("#quiz-answer");
                if (!browser.all("#quiz-next").isEmpty()) {
                    browser.click("#quiz-next");
                }
            }
            browser.find("#quiz-result");
            english.assertNoneOn(browser, "quiz result");
            browser.record("quiz-result");

            start(browser, "service-levels", "sx-01");
            for (var entry : classifyKey(language, "sx-01").entrySet()) {
                browser.click(browser.all("#classify-" + entry.getKey() + " vaadin-radio-button").stream()
                        .filter(r -> r.getText().strip().equals(entry.getValue()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no category '" + entry.getValue() + "'")));
            }
            english.assertNoneOn(browser, "exercise");
            browser.click("#exercise-submit");
            browser.find("#exercise-result");
            browser.record("exercise-result");

            browser.open("my-competencies");
            browser.settle();
            english.assertNoneOn(browser, "my-competencies");
            browser.record("my-competencies");
            browser.signOut();

            browser.signIn(TestUsers.HR, TestUsers.DEMO_PASSWORD);
            browser.waitForPath("reports");
            browser.find("#matrix-grid");
            english.assertNoneOn(browser, "matrix");
            browser.record("matrix");
        }
    }

    /** The PDF of a department's report, downloaded as HR, keeps the language's own letters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hr, Razine u odnosu na ciljeve",
        "pl, Poziomy na tle celów",
        "ru, Уровни в сравнении с целями",
        "th, ระดับเทียบกับเป้าหมาย",
        "sv, Nivåer mot mål"
    })
    void hr_downloads_a_department_pdf_in_their_language(String language, String letters) {
        try (var browser =
                new Browser("http://localhost:" + port, "LanguagesJourneyIT/pdf-" + language, 1280, 900, language)) {
            browser.signIn(TestUsers.HR, TestUsers.DEMO_PASSWORD);
            browser.waitForPath("reports");
            browser.find("#matrix-grid");
            browser.click(browser.all("a[id^=department-]").stream()
                    .filter(a -> a.getText().equals("Retail"))
                    .findFirst()
                    .orElseThrow());
            var pdf = ExportReader.pdf(browser.download("#department-pdf"));
            browser.record("department-report");

            assertThat(pdf).contains(letters);
            assertThat(pdf).doesNotContain("\uFFFD");
        }
    }

    private static void start(Browser browser, String module, String item) {
        browser.open("my-training/" + module);
        browser.click("#item-" + item);
        browser.settle();
        if (!browser.all("#start-dialog").isEmpty()) {
            browser.click("#start-go");
        }
    }

    /** Translated question text → translated text of its right option (single-choice questions). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> quizAnswers(String language, String key) throws IOException {
        Map<String, Object> quiz = new Yaml().load(Files.readString(CONTENT.resolve("quizzes/" + key + ".yaml")));
        var texts = translation(language, "quizzes/" + key);
        var answers = new LinkedHashMap<String, String>();
        for (var question : (List<Map<String, Object>>) quiz.get("questions")) {
            if (!"single".equals(question.get("type"))) {
                continue;
            }
            var q = "questions/" + question.get("id");
            for (var option : (List<Map<String, Object>>) question.get("options")) {
                if (Boolean.TRUE.equals(option.get("correct"))) {
                    answers.put(
                            texts.get(q + "/text").strip(),
                            texts.get(q + "/options/" + option.get("id") + "/text")
                                    .strip());
                }
            }
        }
        return answers;
    }

    /** Item id → the translated label of its right category. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> classifyKey(String language, String key) throws IOException {
        Map<String, Object> exercise = new Yaml().load(Files.readString(CONTENT.resolve("exercises/" + key + ".yaml")));
        var texts = translation(language, "exercises/" + key);
        var result = new LinkedHashMap<String, String>();
        for (var item : (List<Map<String, Object>>) exercise.get("items")) {
            result.put(
                    String.valueOf(item.get("id")),
                    texts.get("categories/" + item.get("answer") + "/label").strip());
        }
        return result;
    }

    private static Map<String, String> translation(String language, String item) throws IOException {
        Map<String, String> texts =
                new Yaml().load(Files.readString(CONTENT.resolve("translations/" + language + "/" + item + ".yaml")));
        return texts;
    }

    /**
     * The English a page in another language must not show: every interface message of three or more
     * words whose translation differs from it, and every sentence of four or more words of the items the
     * journey plays. Short words ("WOW", "OK") and names are not English sentences.
     */
    static final class EnglishSentences {

        private final List<String> sentences = new ArrayList<>();

        EnglishSentences(String language) throws IOException {
            var english = properties("translations.properties");
            var translated = properties("translations_" + language + ".properties");
            for (var key : english.stringPropertyNames()) {
                var value = english.getProperty(key);
                var plain = value.replaceAll("\\{[^}]*}", " ")
                        .replaceAll("<[^>]*>", " ")
                        .strip();
                if (plain.split("\\s+").length >= 3 && !value.equals(translated.getProperty(key))) {
                    for (var part : plain.split("\\s{2,}")) {
                        if (part.split("\\s+").length >= 3) {
                            sentences.add(part.strip());
                        }
                    }
                }
            }
            for (var item : List.of("scenarios/rp-01", "quizzes/quiz-ownership-commitments", "exercises/sx-01")) {
                Map<String, Object> file = new Yaml().load(Files.readString(CONTENT.resolve(item + ".yaml")));
                collect(file, sentences);
            }
        }

        void assertNoneOn(Browser browser, String page) {
            var text = browser.text("body");
            var found = new TreeSet<String>();
            for (var sentence : sentences) {
                if (text.contains(sentence)) {
                    found.add(sentence);
                }
            }
            assertThat(found).as("English on the %s page", page).isEmpty();
        }

        @SuppressWarnings("unchecked")
        private static void collect(Object value, List<String> into) {
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    if (!List.of("id", "next", "sources", "source", "tags", "type")
                            .contains(String.valueOf(k))) {
                        collect(v, into);
                    }
                });
            } else if (value instanceof List<?> list) {
                list.forEach(v -> collect(v, into));
            } else if (value instanceof String s) {
                for (var sentence : s.split("(?<=[.!?])\\s+")) {
                    var clean = sentence.replaceAll("[*_`]", "").strip();
                    if (clean.split("\\s+").length >= 4) {
                        into.add(clean);
                    }
                }
            }
        }

        private static Properties properties(String name) throws IOException {
            var properties = new Properties();
            try (var in = LanguagesJourneyIT.class.getResourceAsStream("/vaadin-i18n/" + name)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }
    }
}
