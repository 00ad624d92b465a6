package org.orienta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.FieldProblem;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.competency.FrameworkYaml;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The registered content types against the bundled pack: every file in a type's folder reads, passes
 * the type's rules, and reads back equal from the canonical text the catalogue stores, which is what
 * lets the catalogue compare fingerprints and cache a version's definition.
 */
@IntegrationTest
@WithUserDetails(TestUsers.TRAINER)
class ContentTypesTest {

    private static final Path PACK = Path.of("content");

    @Autowired
    CatalogueService catalogue;

    @Test
    void every_bundled_file_reads_back_equal_from_the_canonical_text_of_its_type() throws IOException {
        int files = 0;
        for (var type : catalogue.types()) {
            for (var file : files(type)) {
                assertThat(roundTrips(type, file)).as(file.toString()).isTrue();
                files++;
            }
        }
        assertThat(files).isGreaterThan(20);
    }

    @Test
    void every_bundled_file_passes_the_rules_of_its_type() throws IOException, YamlSyntaxException {
        var known = known();
        for (var type : catalogue.types()) {
            for (var file : files(type)) {
                assertThat(check(type, file, known)).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void every_type_summarises_its_items_with_a_title() throws IOException {
        for (var type : catalogue.types()) {
            for (var file : files(type)) {
                assertThat(summarise(type, file).title().english())
                        .as(file.toString())
                        .isNotBlank();
            }
        }
    }

    private static <D> boolean roundTrips(ContentType<D> type, Path file) throws IOException {
        var definition = CatalogueService.parse(type, Files.readString(file));
        var canonical = type.write(definition);
        return CatalogueService.parse(type, canonical).equals(definition)
                && type.write(CatalogueService.parse(type, canonical)).equals(canonical);
    }

    private static <D> List<FieldProblem> check(ContentType<D> type, Path file, KnownContent known) throws IOException {
        return type.check(CatalogueService.parse(type, Files.readString(file)), known);
    }

    private static <D> ContentSummary summarise(ContentType<D> type, Path file) throws IOException {
        return type.summarise(CatalogueService.parse(type, Files.readString(file)));
    }

    private KnownContent known() throws IOException, YamlSyntaxException {
        var framework = Objects.requireNonNull(FrameworkYaml.read(
                SafeYaml.parse(Files.readString(PACK.resolve("competencies.yaml"))), new ReadContext()));
        var items = new HashSet<ItemRef>();
        for (var type : catalogue.types()) {
            if (type.kind().equals("MODULE")) {
                continue;
            }
            for (var file : files(type)) {
                items.add(new ItemRef(ItemKind.valueOf(type.kind()), key(type, file)));
            }
        }
        return new KnownContent(framework.codes(), items);
    }

    private static <D> String key(ContentType<D> type, Path file) throws IOException {
        return type.key(CatalogueService.parse(type, Files.readString(file)));
    }

    private static List<Path> files(ContentType<?> type) throws IOException {
        try (Stream<Path> listing = Files.list(PACK.resolve(type.folder()))) {
            var files = new ArrayList<>(
                    listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
            assertThat(files).as(type.folder()).isNotEmpty();
            return files;
        }
    }
}
