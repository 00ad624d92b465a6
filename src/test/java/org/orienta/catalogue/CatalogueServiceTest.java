package org.orienta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.FieldProblem;
import org.orienta.base.ImportOutcome;
import org.orienta.base.ItemHead;
import org.orienta.base.VersionStatus;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Publishing, history, archiving and the definition cache, for whichever kinds are registered: the
 * tests go through the registered content types with files from the bundled pack.
 */
@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class CatalogueServiceTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    void publishing_the_same_content_again_reformatted_creates_no_version() {
        var scenario = scenario("cat-same");

        assertThat(publish("SCENARIO", scenario)).isEqualTo(new ImportOutcome("cat-same", 1, true));
        assertThat(publish("SCENARIO", "# a comment changes nothing\n" + scenario))
                .isEqualTo(new ImportOutcome("cat-same", 1, false));
        assertThat(catalogue.versionCount("SCENARIO", "cat-same")).isEqualTo(1);
    }

    @Test
    void a_changed_item_gets_the_next_number_and_the_earlier_version_still_reads_as_it_was() {
        var first = scenario("cat-changed");
        var second = retitled(first, "A changed title");
        publish("SCENARIO", first);

        assertThat(publish("SCENARIO", second)).isEqualTo(new ImportOutcome("cat-changed", 2, true));

        var type = catalogue.type("SCENARIO").orElseThrow();
        assertThat(catalogue.published(type, "cat-changed")).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(summary(type, p.definition()).title().english()).isEqualTo("A changed title");
        });
        assertThat(summary(type, catalogue.version(type, "cat-changed", 1))
                        .title()
                        .english())
                .isEqualTo(summary(type, CatalogueService.parse(type, first))
                        .title()
                        .english())
                .isNotEqualTo("A changed title");
    }

    @Test
    void the_history_lists_every_version_oldest_first_with_its_author_and_canonical_text() {
        var first = scenario("cat-history");
        publish("SCENARIO", first);
        publish("SCENARIO", retitled(first, "Second"));

        assertThat(catalogue.versions("SCENARIO", "cat-history"))
                .extracting(v -> v.number(), v -> v.status(), v -> v.createdBy())
                .containsExactly(
                        tuple(1, VersionStatus.PUBLISHED, TestUsers.TRAINER),
                        tuple(2, VersionStatus.PUBLISHED, TestUsers.TRAINER));
        assertThat(catalogue.source("SCENARIO", "cat-history", 2))
                .hasValueSatisfying(
                        body -> assertThat(body).contains("title: Second").doesNotContain("summary: >-"));
        assertThat(catalogue.source("SCENARIO", "cat-history", 3)).isEmpty();
    }

    @Test
    void an_archived_item_leaves_the_published_list_and_comes_back_when_restored() {
        publish("SCENARIO", scenario("cat-archived"));
        var type = catalogue.type("SCENARIO").orElseThrow();

        catalogue.setArchived("SCENARIO", "cat-archived", true);

        assertThat(catalogue.published(type, "cat-archived")).isEmpty();
        assertThat(catalogue.published(type)).extracting(Published::key).doesNotContain("cat-archived");
        assertThat(catalogue.heads("SCENARIO"))
                .filteredOn(h -> h.key().equals("cat-archived"))
                .extracting(ItemHead::archived, ItemHead::publishedVersion)
                .containsExactly(tuple(true, 1));
        assertThat(catalogue.version(type, "cat-archived", 1)).isNotNull();

        catalogue.setArchived("SCENARIO", "cat-archived", false);

        assertThat(catalogue.published(type)).extracting(Published::key).contains("cat-archived");
    }

    @Test
    void the_same_key_in_two_kinds_is_two_items_with_their_own_versions() {
        publish("SCENARIO", scenario("cat-shared"));
        publish("MODULE", file("content/modules/customer-value.yaml", "customer-value", "cat-shared"));

        catalogue.setArchived("MODULE", "cat-shared", true);

        assertThat(catalogue.published(catalogue.type("SCENARIO").orElseThrow(), "cat-shared"))
                .isPresent();
        assertThat(catalogue.published(catalogue.type("MODULE").orElseThrow(), "cat-shared"))
                .isEmpty();
        assertThat(catalogue.source("MODULE", "cat-shared", 1))
                .hasValueSatisfying(body -> assertThat(body).contains("items:"));
    }

    @Test
    void a_definition_of_any_kind_publishes_through_the_type_it_belongs_to() {
        var module = CatalogueService.parse(
                catalogue.type("MODULE").orElseThrow(),
                file("content/modules/customer-value.yaml", "customer-value", "cat-any"));

        assertThat(catalogue.typeOf(module))
                .hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo("MODULE"));
        assertThat(catalogue.publishAny(module)).isEqualTo(new ImportOutcome("cat-any", 1, true));
        assertThat(catalogue.versionCount("MODULE", "cat-any")).isEqualTo(1);
        assertThat(catalogue.versionCount("SCENARIO", "cat-any")).isZero();
        assertThatThrownBy(() -> catalogue.publishAny("not content"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a content definition");
    }

    @Test
    void every_kind_of_content_is_registered_once() {
        assertThat(catalogue.types())
                .extracting(ContentType::kind)
                .containsExactlyInAnyOrder("SCENARIO", "EXERCISE", "QUIZ", "MODULE", "CHECKLIST", "ACTIVITY");
    }

    @Test
    void an_unknown_item_has_no_versions_and_cannot_be_archived() {
        assertThat(catalogue.versionCount("SCENARIO", "cat-nothing")).isZero();
        assertThat(catalogue.versions("SCENARIO", "cat-nothing")).isEmpty();
        assertThatThrownBy(() -> catalogue.setArchived("SCENARIO", "cat-nothing", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cat-nothing");
    }

    @Test
    void a_content_type_that_is_not_the_registered_one_is_refused() {
        assertThatThrownBy(() -> catalogue.publish(new Stub("SCENARIO"), "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the registered one");
    }

    @Test
    void two_content_types_for_one_kind_stop_the_start() {
        assertThatThrownBy(() -> new CatalogueService(
                        null, null, Clock.systemUTC(), List.of(new Stub("SURVEY"), new Stub("SURVEY"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two content types claim the kind SURVEY");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void trainees_cannot_publish_or_archive() {
        var type = catalogue.type("SCENARIO").orElseThrow();

        assertThatThrownBy(() -> publish(type, scenario("cat-denied"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.setArchived("SCENARIO", "rp-01", true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private ImportOutcome publish(String kind, String yaml) {
        return publish(catalogue.type(kind).orElseThrow(), yaml);
    }

    private <D> ImportOutcome publish(ContentType<D> type, String yaml) {
        return catalogue.publish(type, CatalogueService.parse(type, yaml));
    }

    @SuppressWarnings("unchecked")
    private static <D> ContentSummary summary(ContentType<D> type, Object definition) {
        return type.summarise((D) definition);
    }

    /** A bundled scenario under another key, so the test does not depend on what else is imported. */
    private static String scenario(String key) {
        return file("content/scenarios/rp-01.yaml", "rp-01", key);
    }

    private static String retitled(String yaml, String title) {
        return yaml.replaceFirst("(?m)^title: .*$", "title: " + title);
    }

    private static String file(String path, String key, String newKey) {
        try {
            return Files.readString(Path.of(path)).replace("id: " + key, "id: " + newKey);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stub(String kind) implements ContentType<String> {

        @Override
        public String folder() {
            return "stubs";
        }

        @Override
        public Class<String> definitionType() {
            return String.class;
        }

        @Override
        public String key(String definition) {
            return definition;
        }

        @Override
        public @Nullable String read(YamlValue document, ReadContext context) {
            return "x";
        }

        @Override
        public String write(String definition) {
            return definition;
        }

        @Override
        public List<FieldProblem> check(String definition, KnownContent known) {
            return List.of();
        }

        @Override
        public ContentSummary summarise(String definition) {
            throw new UnsupportedOperationException();
        }
    }
}
