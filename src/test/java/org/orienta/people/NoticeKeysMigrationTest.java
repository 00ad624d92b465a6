package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conversion of notices written as English sentences, run again on such rows (the test database
 * was migrated empty), on H2 and, with the postgres-tests profile, on PostgreSQL.
 */
@IntegrationTest
class NoticeKeysMigrationTest {

    @Autowired
    DataSource dataSource;

    private JdbcClient jdbc;

    @Test
    void notices_written_as_sentences_get_their_key_and_arguments_where_the_sentence_is_recognised()
            throws IOException {
        jdbc = JdbcClient.create(dataSource);
        long reflection = old("Your reflection on “Angry guest” was reviewed.");
        long answer = old("Your answer to “Rewrite the apology” was reviewed.");
        long score = old("Your trainer reviewed your score and left a reason.");
        long reminder = old("Reminder: please complete “Basics”.");
        long dated = old("Reminder: please complete “Basics” by Jan 15, 2099.");
        long other = old("Something nobody wrote with a key.");

        convert();

        assertThat(keyAndArguments(reflection)).isEqualTo("notice.reflectionReviewed|Angry guest");
        assertThat(keyAndArguments(answer)).isEqualTo("notice.answerReviewed|Rewrite the apology");
        assertThat(keyAndArguments(score)).isEqualTo("notice.scoreReviewed|");
        assertThat(keyAndArguments(reminder)).isEqualTo("notice.reminder|Basics");
        assertThat(keyAndArguments(dated)).as("kept as text").isEqualTo("null|null");
        assertThat(keyAndArguments(other)).isEqualTo("null|null");
    }

    private long old(String text) {
        long anna = jdbc.sql("select id from person where username = 'anna'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into notice (person_id, text, link, sent_by, sent_at) values (?, ?, 'my-training/basics',"
                        + " 'Maya Chen', ?)")
                .params(anna, text, Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("select max(id) from notice").query(Long.class).single();
    }

    /** The migration's update statements, as Flyway ran them (its comments hold no semicolon). */
    private void convert() throws IOException {
        var script =
                new ClassPathResource("db/migration/V32__notice_keys.sql").getContentAsString(StandardCharsets.UTF_8);
        Arrays.stream(script.split(";"))
                .map(statement -> statement
                        .lines()
                        .filter(line -> !line.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .strip())
                .filter(statement -> statement.startsWith("update"))
                .forEach(statement -> jdbc.sql(statement).update());
    }

    private String keyAndArguments(long id) {
        return jdbc.sql("select message_key, message_args from notice where id = ?")
                .param(id)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
    }
}
