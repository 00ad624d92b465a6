package org.orienta.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.FieldProblem;
import org.orienta.base.Fingerprint;
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

    @Test
    void the_bundled_pack_moved_by_the_migration_would_import_again_unchanged() throws Exception {
        String url = "jdbc:h2:mem:catalogue-pack-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        var config = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            config.target(CatalogueMigrationTest.versionBeforeTheCatalogue(config))
                    .load()
                    .migrate();
            var expected = new HashMap<String, String>();
            long id = 1;
            for (var type : catalogue.types()) {
                // Kinds added after the catalogue (facilitated activities) had no tables of their own to move.
                var old = CatalogueMigrationTest.OLD.stream()
                        .filter(t -> t.kind().equals(type.kind()))
                        .findFirst();
                if (old.isEmpty()) {
                    continue;
                }
                var tables = old.get();
                for (var file : files(type)) {
                    // What the per-kind services stored: the canonical text and its fingerprint, published as 1.
                    var body = canonical(type, file);
                    var key = key(type, file);
                    insertPublished(connection, tables, id++, key, body);
                    expected.put(type.kind() + "/" + key, Fingerprint.of(body));
                }
            }

            config.target(MigrationVersion.LATEST).load().migrate();

            // Publishing compares the new canonical text's fingerprint with the published version's.
            var moved = new HashMap<String, String>();
            try (var rs = connection.createStatement().executeQuery("""
                    select i.kind, i.item_key, v.fingerprint from content_item i
                    join content_version v on v.item_id = i.id and v.number = i.published_version""")) {
                while (rs.next()) {
                    moved.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                }
            }
            assertThat(moved).isEqualTo(expected);
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    private static void insertPublished(
            Connection connection, CatalogueMigrationTest.OldTables tables, long id, String key, String body)
            throws SQLException {
        var now = Timestamp.from(Instant.parse("2026-01-05T08:00:00Z"));
        try (var item = connection.prepareStatement(
                "insert into " + tables.items() + " (id, item_key, latest_version, published_version, archived,"
                        + " updated_at) values (?, ?, 1, 1, false, ?)")) {
            item.setLong(1, id);
            item.setString(2, key);
            item.setTimestamp(3, now);
            item.executeUpdate();
        }
        try (var version = connection.prepareStatement("insert into " + tables.versions() + " (" + tables.itemColumn()
                + ", number, status, body, fingerprint, created_by, created_at, published_at)"
                + " values (?, 1, 'PUBLISHED', ?, ?, 'system', ?, ?)")) {
            version.setLong(1, id);
            version.setString(2, body);
            version.setString(3, Fingerprint.of(body));
            version.setTimestamp(4, now);
            version.setTimestamp(5, now);
            version.executeUpdate();
        }
    }

    private static <D> String canonical(ContentType<D> type, Path file) throws IOException {
        return type.write(CatalogueService.parse(type, Files.readString(file)));
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
            // Modules contain role-plays, exercises and quizzes; other kinds (modules, activities) are no items.
            if (java.util.Arrays.stream(ItemKind.values())
                    .noneMatch(k -> k.name().equals(type.kind()))) {
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
