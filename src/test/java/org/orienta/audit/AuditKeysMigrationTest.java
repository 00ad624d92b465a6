package org.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.Translations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The conversion of audit entries written as English text, run again on such rows (the test database
 * was migrated empty), on H2 and, with the postgres-tests profile, on PostgreSQL.
 */
@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class AuditKeysMigrationTest {

    private static final Locale CROATIAN = Locale.forLanguageTag("hr");

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditService audit;

    @Autowired
    Translations translations;

    private JdbcClient jdbc;

    @Test
    void entries_written_as_english_text_get_their_keys_and_arguments_where_the_text_is_recognised()
            throws IOException {
        jdbc = JdbcClient.create(dataSource);
        long department = old("ORGANISATION_CHANGED", "department Front desk", "renamed or moved");
        long roles = old("PERSON_UPDATED", "anna", "roles [TRAINEE] -> [HR, TRAINEE]");
        long erased =
                old("PERSON_ERASED", "erased-7", "personal data erased; training records kept under the pseudonym");
        long imported = old("PEOPLE_IMPORTED", "csv", "3 added, 1 updated, 12 unchanged");
        long override = old(
                "SCORE_OVERRIDDEN", "attempt 5 (exercise sx-rewrite, person 7)", "level 4 (automatic score was 50 %)");
        long assigned = old(
                "ASSIGNMENT_CREATED",
                "modules/basics (assignment 9)",
                "to job role, 4 people, due none, every 6 months");
        long due = old("ASSIGNMENT_CHANGED", "modules/basics (assignment 9)", "due none → 2099-01-15, 4 people");
        long idle = old("SIGN_OUT", "anna", "signed out after 1800 s without activity");
        long purge = old("RETENTION_PURGE", "attempts", "120 attempts older than 24 months of 30 people");
        long backup = old("BACKUP_CREATED", "orienta-2026.zip", "123456 bytes");
        long failed = old("SIGN_IN_FAILED", "mallory", "BadCredentialsException");
        long report = old("REPORT_EXPORTED", "Organisation matrix", "xlsx; All departments");

        convert();

        assertThat(keys(department)).isEqualTo("audit.text.department|Front desk|audit.text.renamedOrMoved|");
        assertThat(keys(roles)).isEqualTo("null|null|audit.text.rolesChanged|[TRAINEE]/[HR, TRAINEE]");
        assertThat(keys(erased)).isEqualTo("null|null|audit.text.erased|");
        assertThat(keys(imported)).isEqualTo("null|null|audit.text.peopleImported|3/1/12");
        assertThat(keys(override))
                .isEqualTo("audit.text.attempt|5/audit.text.kind.exercise/sx-rewrite/7|audit.text.override|4/50");
        assertThat(keys(assigned))
                .isEqualTo("audit.text.assignment|basics/9|audit.text.assignedEvery"
                        + "|audit.text.assignTo.JOB_ROLE/4/audit.text.none/6");
        assertThat(keys(due))
                .isEqualTo("audit.text.assignment|basics/9|audit.text.dueChanged|audit.text.none/2099-01-15/4");
        assertThat(keys(idle)).isEqualTo("null|null|audit.text.idle|1800");
        assertThat(keys(purge)).isEqualTo("audit.text.attempts||audit.text.purged|120/24/30");
        assertThat(keys(backup)).isEqualTo("null|null|audit.text.bytes|123456");
        assertThat(keys(failed)).as("an identifier stays as it is").isEqualTo("null|null|null|null");
        assertThat(keys(report)).as("written in the exporter's language").isEqualTo("null|null|null|null");

        var shown = audit
                .search(new AuditFilter(Instant.EPOCH, Instant.parse("2999-01-01T00:00:00Z"), Set.of(), "", ""))
                .stream()
                .filter(r -> Set.of(assigned, failed).contains(r.id()))
                .map(r -> r.target(this::croatian) + " | " + r.detail(this::croatian))
                .toList();
        assertThat(shown)
                .containsExactlyInAnyOrder(
                        "modules/basics (dodjela 9) | za: radno mjesto, osoba: 4, rok: nema, svakih 6 mj.",
                        "mallory | BadCredentialsException");
    }

    private String croatian(String key, Object[] arguments) {
        return translations.getTranslation(key, CROATIAN, arguments);
    }

    private long old(String action, String target, String detail) {
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, outcome, detail)"
                        + " values (?, 'admin', ?, ?, 'SUCCESS', ?)")
                .params(Timestamp.from(Instant.now()), action, target, detail)
                .update();
        return jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
    }

    /** The migration's update statements, as Flyway ran them (each ends a line with a semicolon). */
    private void convert() throws IOException {
        var script =
                new ClassPathResource("db/migration/V34__audit_keys.sql").getContentAsString(StandardCharsets.UTF_8);
        Arrays.stream(script.split(";\n"))
                .map(statement -> statement
                        .lines()
                        .filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .strip())
                .filter(statement -> statement.startsWith("update"))
                .forEach(statement -> jdbc.sql(statement).update());
    }

    /** Target key and arguments, detail key and arguments; arguments separated by "/". */
    private String keys(long id) {
        return jdbc.sql("select target_key, target_args, detail_key, detail_args from audit_entry where id = ?")
                .param(id)
                .query((rs, n) -> rs.getString(1) + "|" + args(rs.getString(2)) + "|" + rs.getString(3) + "|"
                        + args(rs.getString(4)))
                .single();
    }

    private static String args(String stored) {
        return stored == null ? "null" : stored.replace('\u001f', '/');
    }
}
