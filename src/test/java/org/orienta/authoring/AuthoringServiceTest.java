package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.VersionStatus;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentService;
import org.orienta.content.ContentTypes;
import org.orienta.content.ContentZip;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class AuthoringServiceTest {

    @Autowired
    AuthoringService authoring;

    @Autowired
    ContentService content;

    @Autowired
    ScenarioService scenarios;

    @Autowired
    QuizService quizzes;

    @BeforeEach
    void the_bundled_pack() {
        assertThat(content.importFiles(org.orienta.content.BundledEnglish.files())
                        .problems())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ContentKind.class, names = "FRAMEWORK", mode = EnumSource.Mode.EXCLUDE)
    void a_new_item_starts_from_content_that_reads_and_a_role_play_says_what_is_left_of_its_template(ContentKind kind) {
        var draft = authoring.create(kind, "new-" + kind.word(), "A \"quoted\" title");

        var problems = authoring.check(kind, draft.key(), draft.body());
        if (kind == ContentKind.MODULE) {
            // A module is a list of items: it cannot be published until the trainer adds one.
            assertThat(problems)
                    .extracting(p -> p.messageKey() + " " + p.arguments())
                    .containsExactly("field.emptyList [items]");
        } else if (kind == ContentKind.SCENARIO) {
            // A role-play's template is an example: it plays, but is not published until it is the trainer's own.
            assertThat(problems)
                    .extracting(p -> p.messageKey() + " " + p.arguments().getFirst())
                    .containsExactlyInAnyOrder(
                            "template.example summary",
                            "template.example setting",
                            "template.example persona/situation",
                            "template.example persona/expects",
                            "template.oneOption first-decision");
            assertThat(problems).allMatch(AuthoringService::isPlaceholder);
        } else {
            assertThat(problems).isEmpty();
        }
        assertThat(AuthoringService.titleOf(draft.body(), "?")).isEqualTo("A \"quoted\" title");
    }

    @Test
    void a_key_that_is_taken_or_malformed_is_refused_with_the_field_named() {
        assertThatThrownBy(() -> authoring.create(ContentKind.SCENARIO, "rp-01", "Again"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field() + " " + p.messageKey())
                                .containsExactly("key authoring.keyTaken"));
        assertThatThrownBy(() -> authoring.create(ContentKind.SCENARIO, "Not A Key", "Title"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.messageKey())
                                .containsExactly("authoring.badKey"));
    }

    @Test
    void editing_a_published_item_starts_a_draft_that_trainees_do_not_see_until_it_is_published() {
        var opened = authoring.open(ContentKind.SCENARIO, "rp-01");
        assertThat(opened.saved()).isFalse();

        var draft = authoring.save(
                ContentKind.SCENARIO,
                "rp-01",
                opened.body().replace("title: The internet-banking surprise", "title: The banking surprise"),
                opened.lock());

        assertThat(draft.saved()).isTrue();
        assertThat(scenarios
                        .published("rp-01")
                        .orElseThrow()
                        .definition()
                        .title()
                        .english())
                .isEqualTo("The internet-banking surprise");
        assertThat(authoring.items())
                .filteredOn(r -> r.key().equals("rp-01"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ItemRow.Status.PUBLISHED_WITH_CHANGES));
    }

    @Test
    void the_second_of_two_editors_gets_a_conflict_and_the_first_save_is_kept() {
        var first = authoring.open(ContentKind.SCENARIO, "rp-02");
        var second = authoring.open(ContentKind.SCENARIO, "rp-02");
        var saved = authoring.save(ContentKind.SCENARIO, "rp-02", first.body() + "\n# first editor\n", first.lock());

        assertThatThrownBy(() ->
                        authoring.save(ContentKind.SCENARIO, "rp-02", second.body() + "\n# second\n", second.lock()))
                .isInstanceOf(ConcurrentEditException.class);
        // The same happens to an editor that already held the saved draft once someone saved after it.
        authoring.save(ContentKind.SCENARIO, "rp-02", saved.body() + "# again\n", saved.lock());
        assertThatThrownBy(
                        () -> authoring.save(ContentKind.SCENARIO, "rp-02", saved.body() + "# stale\n", saved.lock()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(authoring.open(ContentKind.SCENARIO, "rp-02").body()).endsWith("# first editor\n# again\n");
    }

    @Test
    void publishing_refuses_a_draft_with_problems_and_lists_them_with_their_node() {
        var opened = authoring.open(ContentKind.SCENARIO, "rp-01");
        var broken = authoring.save(
                ContentKind.SCENARIO,
                "rp-01",
                opened.body().replace("next: irina-settles", "next: nowhere"),
                opened.lock());

        var result = authoring.publish(ContentKind.SCENARIO, "rp-01", broken.lock());

        assertThat(result.published()).isFalse();
        assertThat(result.problems()).extracting(p -> p.messageKey()).contains("scenario.targetMissing");
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.node()).contains("dp-greeting"));
        assertThat(scenarios.versionCount("rp-01")).isEqualTo(1);
        assertThat(authoring.open(ContentKind.SCENARIO, "rp-01").saved()).isTrue();
    }

    @Test
    void publishing_makes_the_next_version_keeps_the_history_and_shows_the_difference() {
        var opened = authoring.open(ContentKind.SCENARIO, "rp-01");
        var draft = authoring.save(
                ContentKind.SCENARIO,
                "rp-01",
                opened.body().replace("title: The internet-banking surprise", "title: The banking surprise"),
                opened.lock());

        var result = authoring.publish(ContentKind.SCENARIO, "rp-01", draft.lock());

        assertThat(result.published()).isTrue();
        assertThat(result.version()).isEqualTo(2);
        assertThat(scenarios
                        .published("rp-01")
                        .orElseThrow()
                        .definition()
                        .title()
                        .english())
                .isEqualTo("The banking surprise");
        assertThat(scenarios.version("rp-01", 1).title().english()).isEqualTo("The internet-banking surprise");
        assertThat(authoring.history(ContentKind.SCENARIO, "rp-01"))
                .extracting(v -> v.number() + " " + v.createdBy())
                .containsExactly("1 " + TestUsers.TRAINER, "2 " + TestUsers.TRAINER);
        assertThat(authoring.history(ContentKind.SCENARIO, "rp-01"))
                .allMatch(v -> v.status() == VersionStatus.PUBLISHED);
        var diff = authoring.diff(ContentKind.SCENARIO, "rp-01", 1, 2);
        assertThat(diff)
                .filteredOn(l -> l.kind() != TextDiff.Kind.SAME)
                .extracting(l -> l.kind() + " " + l.text())
                .containsExactly("REMOVED title: The internet-banking surprise", "ADDED title: The banking surprise");
        assertThat(authoring.open(ContentKind.SCENARIO, "rp-01").saved()).isFalse();
    }

    @Test
    void a_new_role_play_is_published_as_version_one_and_joins_the_catalogue() {
        var draft = authoring.create(ContentKind.SCENARIO, "rp-new", "A new role-play");
        assertThat(authoring
                        .publish(ContentKind.SCENARIO, "rp-new", draft.lock())
                        .published())
                .isFalse();
        var own = draft.body()
                .replace("What the trainee practises in this role-play.", "Welcoming a customer who needs help.")
                .replace("Where the conversation takes place, and who the trainee is.", "A shop; you serve.")
                .replace("Why the customer has come.", "Her new phone does not start.")
                .replace("What the customer expects.", "A phone that works today.")
                .replace(
                        "        next: ending\n",
                        "        next: ending\n      - id: listen\n        say: \"What happened?\"\n"
                                + "        feedback: Asking first.\n        evidence: {CO2: 1}\n        next: ending\n");
        draft = authoring.save(ContentKind.SCENARIO, "rp-new", own, draft.lock());
        assertThat(authoring.check(ContentKind.SCENARIO, "rp-new", own)).isEmpty();

        var result = authoring.publish(ContentKind.SCENARIO, "rp-new", draft.lock());

        assertThat(result.version()).isEqualTo(1);
        assertThat(scenarios.publishedScenarios()).extracting(s -> s.key()).contains("rp-new");
    }

    @Test
    void discarding_a_draft_leaves_the_published_version() {
        var opened = authoring.open(ContentKind.SCENARIO, "rp-03");
        var draft = authoring.save(ContentKind.SCENARIO, "rp-03", opened.body() + "# scratch\n", opened.lock());

        authoring.discard(ContentKind.SCENARIO, "rp-03", draft.lock());

        assertThat(authoring.open(ContentKind.SCENARIO, "rp-03").body()).isEqualTo(opened.body());
    }

    @Test
    void an_archived_item_leaves_the_catalogue_and_can_be_restored() {
        authoring.setArchived(ContentKind.SCENARIO, "rp-04", true);
        assertThat(scenarios.published("rp-04")).isEmpty();
        assertThat(authoring.items())
                .filteredOn(r -> r.key().equals("rp-04"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ItemRow.Status.ARCHIVED));

        authoring.setArchived(ContentKind.SCENARIO, "rp-04", false);
        assertThat(scenarios.published("rp-04")).isPresent();
    }

    @Autowired
    org.orienta.audit.AuditService audit;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void archiving_and_restoring_are_audited_as_such() {
        authoring.setArchived(ContentKind.SCENARIO, "rp-04", true);
        authoring.setArchived(ContentKind.SCENARIO, "rp-04", false);

        org.orienta.SignedIn.as(users, TestUsers.ADMIN);
        org.orienta.Committed.asIfCommitted();
        var entries = audit.search(new org.orienta.audit.AuditFilter(
                java.time.Instant.EPOCH,
                java.time.Instant.parse("2999-01-01T00:00:00Z"),
                java.util.Set.of(
                        org.orienta.audit.AuditAction.CONTENT_ARCHIVED, org.orienta.audit.AuditAction.CONTENT_RESTORED),
                "",
                "rp-04"));
        assertThat(entries)
                .extracting(org.orienta.audit.AuditRecord::action)
                .contains(
                        org.orienta.audit.AuditAction.CONTENT_ARCHIVED, org.orienta.audit.AuditAction.CONTENT_RESTORED);
    }

    @Test
    void the_bundled_pack_exported_as_a_zip_reads_back_as_identical_content_and_imports_as_unchanged() {
        var zip = authoring.exportZip(List.of());

        var files = ContentZip.read("export.zip", zip);
        assertThat(files.problems()).isEmpty();
        var exported = ContentReader.read(ContentTypes.builtIn(), files.files(), ContentReader.Known.NOTHING);
        var bundled = ContentReader.read(
                ContentTypes.builtIn(), org.orienta.content.BundledEnglish.files(), ContentReader.Known.NOTHING);
        assertThat(exported.problems()).isEmpty();
        assertThat(exported.content()).isEqualTo(bundled.content());

        var preview = authoring.previewZip("export.zip", zip);
        assertThat(preview.changes())
                .hasSize(bundled.content().itemCount() + 1)
                .allMatch(c -> c.effect() == ZipPreview.Effect.UNCHANGED);
        assertThat(authoring.importZip("export.zip", zip).report().newVersions())
                .isZero();
    }

    @Test
    void exporting_a_module_brings_the_items_it_uses() throws IOException {
        var zip = authoring.exportZip(List.of(new AuthoringService.ItemKey(ContentKind.MODULE, "service-levels")));

        var paths = ContentZip.read("m.zip", zip).files().stream()
                .map(f -> f.path())
                .toList();

        assertThat(paths)
                .contains(
                        "competencies.yaml",
                        "modules/service-levels.yaml",
                        "exercises/sx-01.yaml",
                        "scenarios/rp-06.yaml",
                        "quizzes/quiz-service-levels.yaml");
        assertThat(ContentReader.read(
                                ContentTypes.builtIn(),
                                ContentZip.read("m.zip", zip).files(),
                                ContentReader.Known.NOTHING)
                        .problems())
                .isEmpty();
    }

    @Test
    void a_zip_with_a_changed_item_is_previewed_then_imported_as_one_new_version() {
        var text = authoring.source(ContentKind.SCENARIO, "rp-05", 1).replace("minutes: ", "minutes: 1");
        var zip = zip("content/scenarios/rp-05.yaml", text.getBytes(StandardCharsets.UTF_8));

        var preview = authoring.previewZip("one.zip", zip);
        assertThat(preview.changes())
                .extracting(c -> c.path() + " " + c.effect())
                .containsExactly("scenarios/rp-05.yaml CHANGED");

        assertThat(authoring.importZip("one.zip", zip).report().newVersions()).isEqualTo(1);
        assertThat(scenarios.versionCount("rp-05")).isEqualTo(2);
    }

    @Test
    void a_zip_whose_paths_escape_the_content_folder_is_refused_before_anything_is_read() {
        for (String evil : List.of(
                "../scenarios/rp-01.yaml",
                "/etc/passwd",
                "scenarios/../../x.yaml",
                "C:\\temp\\x.yaml",
                "scenarios\\..\\x.yaml")) {
            var preview = authoring.previewZip("evil.zip", zip(evil, "id: x".getBytes(StandardCharsets.UTF_8)));

            assertThat(preview.problems())
                    .as(evil)
                    .extracting(p -> p.messageKey())
                    .containsExactly("zip.unsafePath");
            assertThat(preview.importable()).isFalse();
        }
    }

    @Test
    void a_zip_bomb_is_stopped_while_inflating_whatever_its_headers_claim() {
        // 60 MB of zeros compresses to about 60 kB; the reader counts real bytes, not the declared size.
        var bomb = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bomb)) {
            var zero = new byte[1_000_000];
            for (int i = 0; i < 60; i++) {
                out.putNextEntry(new ZipEntry("scenarios/bomb-" + i + ".yaml"));
                out.write(zero);
                out.write(zero, 0, 1);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(bomb.size()).isLessThan(500_000);

        var imported = authoring.importZip("bomb.zip", bomb.toByteArray());

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems()).extracting(p -> p.messageKey()).containsExactly("zip.entryTooLarge");
    }

    @Test
    void too_many_entries_are_refused() {
        var many = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(many)) {
            for (int i = 0; i <= ContentZip.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("scenarios/x-" + i + ".yaml"));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        assertThat(authoring.previewZip("many.zip", many.toByteArray()).problems())
                .extracting(p -> p.messageKey())
                .containsExactly("zip.tooManyEntries");
    }

    @Test
    void a_zip_with_one_broken_file_imports_nothing_and_names_file_and_line() {
        var good = authoring.source(ContentKind.SCENARIO, "rp-06", 1).replace("minutes: ", "minutes: 1");
        var bad = "id: rp-07\ntitle: [unclosed\n";
        var zip = zip(List.of("scenarios/rp-06.yaml", "scenarios/rp-07.yaml"), List.of(good, bad));

        var imported = authoring.importZip("mixed.zip", zip);

        assertThat(imported.imported()).isFalse();
        assertThat(imported.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("scenarios/rp-07.yaml"));
        assertThat(imported.problems().getFirst().position().line()).isGreaterThan(0);
        assertThat(scenarios.versionCount("rp-06")).isEqualTo(1);
    }

    @Test
    void a_gift_file_becomes_a_quiz_draft_that_publishes_and_exports_back() throws IOException {
        var gift = Files.readString(Path.of("src/test/resources/gift/every-type.gift.txt"));

        var imported = authoring.importGift(
                "quiz-from-moodle", "From Moodle", gift, new Evidence(new CompetencyCode("CO4"), 2));

        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).isEqualTo(7);
        assertThat(imported.skipped()).hasSize(2);
        assertThat(authoring.check(
                        ContentKind.QUIZ, "quiz-from-moodle", imported.draft().body()))
                .isEmpty();
        var published = authoring.publish(
                ContentKind.QUIZ, "quiz-from-moodle", imported.draft().lock());
        assertThat(published.published()).isTrue();
        var questions =
                quizzes.published("quiz-from-moodle").orElseThrow().definition().questions();
        assertThat(questions).hasSize(7);
        // The file's own evidence wins; questions without any get the evidence the trainer chose.
        assertThat(questions.getFirst().info().evidence())
                .extracting(e -> e.competency().value())
                .containsExactly("CO5");
        assertThat(questions.get(1).info().evidence())
                .extracting(e -> e.competency().value())
                .containsExactly("CO4");

        var exported = authoring.exportGift("quiz-from-moodle");
        assertThat(org.orienta.quiz.Gift.read(exported.text()).questions()).hasSize(7);
    }

    @Test
    void moodles_gift_features_import_publish_and_export_as_the_same_questions() throws IOException {
        var gift = Files.readString(Path.of("src/test/resources/gift/moodle-features.gift.txt"));

        var evidence = new Evidence(new CompetencyCode("CO4"), 2);
        var imported = authoring.importGift("quiz-moodle-features", "Moodle features", gift, evidence);

        assertThat(imported.problems()).isEmpty();
        assertThat(authoring.check(
                        ContentKind.QUIZ,
                        "quiz-moodle-features",
                        imported.draft().body()))
                .isEmpty();
        assertThat(authoring
                        .publish(
                                ContentKind.QUIZ,
                                "quiz-moodle-features",
                                imported.draft().lock())
                        .published())
                .isTrue();
        var published = quizzes.published("quiz-moodle-features")
                .orElseThrow()
                .definition()
                .questions();
        assertThat(published)
                .containsExactlyElementsOf(
                        org.orienta.quiz.Gift.read(gift, evidence).questions());

        var exported = authoring.exportGift("quiz-moodle-features");
        assertThat(org.orienta.quiz.Gift.read(exported.text()).questions()).containsExactlyElementsOf(published);
    }

    @Test
    void a_gift_file_with_an_unreadable_question_creates_nothing() throws IOException {
        var gift = Files.readString(Path.of("src/test/resources/gift/broken.gift.txt"));

        var imported = authoring.importGift("quiz-broken", "Broken", gift, null);

        assertThat(imported.draft()).isNull();
        assertThat(imported.problems()).extracting(p -> p.line()).containsExactly(3);
        assertThat(authoring.items()).noneMatch(r -> r.key().equals("quiz-broken"));
    }

    private static byte[] zip(String path, byte[] bytes) {
        return zip(List.of(path), List.of(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static byte[] zip(List<String> paths, List<String> texts) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < paths.size(); i++) {
                out.putNextEntry(new ZipEntry(paths.get(i)));
                out.write(texts.get(i).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
