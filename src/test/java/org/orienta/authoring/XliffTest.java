package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class XliffTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @Autowired
    ScenarioService scenarios;

    /**
     * The base content and "xliff-tiny", a copy of its scenario that only this test translates: the
     * catalogue keeps definitions by version number, and other tests make other versions of "tiny".
     */
    @BeforeEach
    void the_base_content() {
        var files = new java.util.ArrayList<>(ContentSource.folder(Path.of("src/test/resources/content-base")));
        var tiny = files.stream()
                .filter(f -> f.path().equals("scenarios/tiny.yaml"))
                .findFirst()
                .orElseThrow();
        files.add(org.orienta.content.ContentFile.of(
                "scenarios/xliff-tiny.yaml",
                new String(tiny.bytes(), StandardCharsets.UTF_8).replace("id: tiny\n", "id: xliff-tiny\n")));
        assertThat(content.importFiles(files).problems()).isEmpty();
    }

    private String exportTiny() {
        return authoring.exportXliff(
                Set.of(new AuthoringService.ItemKey(ContentKind.SCENARIO, "xliff-tiny")), CROATIAN);
    }

    /** What a translator's tool gives back: every target filled (the source plus " (hr)"), marked translated. */
    private static String translate(String xliff) {
        var segment = Pattern.compile(
                "<segment state=\"initial\">(\\s*)<source>(.*?)</source>(\\s*)<target></target>", Pattern.DOTALL);
        var matcher = segment.matcher(xliff);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<segment state=\"translated\">" + matcher.group(1) + "<source>"
                            + matcher.group(2) + "</source>" + matcher.group(3) + "<target>" + matcher.group(2)
                            + " (hr)</target>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_export_is_xliff_2_with_one_file_per_item_and_a_unit_per_text_with_context_notes() {
        var xliff = exportTiny();

        assertThat(xliff)
                .contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
                        + " trgLang=\"hr\">")
                .contains("<file id=\"scenario.xliff-tiny\" original=\"scenarios/xliff-tiny.yaml\">")
                .contains("<unit id=\"nodes.dp-1.options.warm.say\" name=\"nodes/dp-1/options/warm/say\">")
                .contains("<note category=\"context\">What the customer says</note>")
                .contains("<segment state=\"initial\">")
                .contains("<source>Good morning!</source>");
    }

    @Test
    void a_filled_xliff_previews_its_changes_imports_into_a_new_version_and_exports_again_the_same() {
        var filled = translate(exportTiny());

        var preview = authoring.previewXliff("tiny-hr.xlf", bytes(filled));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.items()).singleElement().satisfies(item -> {
            assertThat(item.path()).isEqualTo("scenarios/xliff-tiny.yaml");
            assertThat(item.changes()).isGreaterThan(10);
        });

        var imported = authoring.importXliff("tiny-hr.xlf", bytes(filled));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.report().newVersions()).isEqualTo(1);
        var tiny = scenarios.published("xliff-tiny").orElseThrow().definition();
        assertThat(tiny.title().in(CROATIAN)).isEqualTo("A tiny scenario (hr)");
        assertThat(tiny.title().english()).isEqualTo("A tiny scenario");

        assertThat(exportTiny()).isEqualTo(filled);
        assertThat(authoring.previewXliff("again.xlf", bytes(filled)).importable())
                .as("nothing changes a second time")
                .isFalse();
    }

    @Test
    void a_bad_unit_refuses_the_whole_file_with_every_problem_at_its_line() {
        var filled = translate(exportTiny())
                .replace("name=\"nodes/dp-1/options/warm/say\"", "name=\"nodes/dp-1/options/wram/say\"")
                .replace("<target>Cold. (hr)</target>", "<target>  </target>")
                .replace("<target>Warm. (hr)</target>", "<target>**Warm.** (hr)</target>")
                .replace("<target>Next. (hr)</target>", "<target>" + "Next ".repeat(100) + "</target>");

        var imported = authoring.importXliff("bad.xlf", bytes(filled));

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems())
                .extracting(ContentProblem::messageKey)
                .containsExactlyInAnyOrder(
                        "xliff.unknownUnit", "xliff.emptyTarget", "xliff.markdownDiffers", "xliff.tooLong");
        assertThat(imported.problems()).allSatisfy(p -> assertThat(p.describe()).matches("bad\\.xlf:[0-9]+:1: .*"));
        assertThat(imported.problems().stream()
                        .filter(p -> p.messageKey().equals("xliff.unknownUnit"))
                        .findFirst()
                        .orElseThrow()
                        .arguments())
                .containsExactly("nodes/dp-1/options/wram/say", "scenario/xliff-tiny", "nodes/dp-1/options/warm/say");
        assertThat(scenarios
                        .published("xliff-tiny")
                        .orElseThrow()
                        .definition()
                        .title()
                        .hasTranslationsBeyondEnglish())
                .isFalse();
    }

    @Test
    void a_file_with_a_doctype_or_external_entity_is_refused_before_anything_is_read() {
        var hostile = exportTiny()
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM"
                                + " \"file:///etc/passwd\">]>")
                .replace("<target></target>", "<target>&x;</target>");

        var preview = authoring.previewXliff("hostile.xlf", bytes(hostile));

        assertThat(preview.problems()).extracting(ContentProblem::messageKey).containsExactly("xliff.doctype");
        assertThat(preview.items()).isEmpty();
    }

    @Test
    void a_translation_of_english_that_has_changed_since_the_export_is_refused() {
        var filled = translate(exportTiny()).replace("<source>Good morning!</source>", "<source>Hi!</source>");

        assertThat(authoring.previewXliff("old.xlf", bytes(filled)).problems())
                .extracting(ContentProblem::messageKey)
                .containsExactly("xliff.sourceChanged");
    }
}
