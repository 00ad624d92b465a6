package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.yaml.AliasBombs;
import org.orienta.base.yaml.SafeYaml;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What a trainer's upload or draft can do to the server (issue 16): nothing but get a clear refusal. */
@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class HostileContentTest {

    @Autowired
    AuthoringService authoring;

    @ParameterizedTest(name = "spaces around the text: {0}")
    @ValueSource(booleans = {true, false})
    void a_small_zip_of_a_text_alias_bomb_imports_nothing_and_names_file_line_and_limit(boolean whitespace)
            throws IOException {
        var bomb = AliasBombs.into(
                Files.readString(Path.of("src/test/resources/content-base/scenarios/tiny.yaml")), whitespace);
        var zip = zip("scenarios/tiny.yaml", bomb);
        assertThat(zip.length).isLessThan(10_000);
        long allocated = AliasBombs.allocatedByThisThread();
        long started = System.nanoTime();

        var imported = authoring.importZip("bomb.zip", zip);

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems())
                .extracting(p -> p.file() + ":" + p.position().line() + " " + p.messageKey() + " " + p.arguments())
                .containsExactly(
                        "scenarios/tiny.yaml:3 yaml.tooLargeExpanded [" + SafeYaml.MAX_EXPANDED_CHARACTERS + "]");
        assertThat(AliasBombs.allocatedByThisThread() - allocated).isLessThan(300_000_000L);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest(name = "spaces around the text: {0}")
    @ValueSource(booleans = {true, false})
    void a_draft_holding_a_text_alias_bomb_is_checked_with_the_limit_named(boolean whitespace) {
        var draft = authoring.create(ContentKind.SCENARIO, "bomb-draft", "Bomb");
        var bomb = AliasBombs.into(draft.body(), whitespace);
        long allocated = AliasBombs.allocatedByThisThread();

        var saved = authoring.save(ContentKind.SCENARIO, "bomb-draft", bomb, draft.lock());
        var problems = authoring.check(ContentKind.SCENARIO, "bomb-draft", saved.body());

        assertThat(problems).extracting(p -> p.messageKey()).containsExactly("yaml.tooLargeExpanded");
        assertThat(authoring.readScenario(saved.body())).isEmpty();
        // Saving, checking and reading a 750 kB text: bounded, where the expanded text alone was 45 GB.
        assertThat(AliasBombs.allocatedByThisThread() - allocated).isLessThan(1_500_000_000L);
        authoring.discard(ContentKind.SCENARIO, "bomb-draft", saved.lock());
    }

    @org.junit.jupiter.api.Test
    void a_new_item_titled_with_a_right_to_left_override_is_refused_naming_the_title() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> authoring.create(ContentKind.QUIZ, "quiz-rlo", "\u202Eezziuq"))
                .isInstanceOfSatisfying(
                        org.orienta.base.InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("title text.invisible"));
    }

    private static byte[] zip(String path, String text) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(path));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
