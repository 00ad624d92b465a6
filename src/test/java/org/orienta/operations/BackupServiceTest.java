package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class BackupServiceTest {

    @Autowired
    BackupService backups;

    @Autowired
    WebApplicationContext context;

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void only_administrators_see_take_or_download_backups() {
        assertThatThrownBy(() -> backups.backups()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.backupNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.open("orienta-20261202-023000Z.zip"))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The tests run on an in-memory H2 database and again on PostgreSQL: neither is Orienta's to back up. */
    private String why() {
        return backups.databaseKind() == DatabaseKind.POSTGRESQL ? "back it up with pg_dump" : "not an H2 file";
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void a_database_that_is_not_an_h2_file_is_not_backed_up_and_the_reason_is_given() {
        assertThat(backups.databaseKind()).isIn(DatabaseKind.H2_MEMORY, DatabaseKind.POSTGRESQL);
        assertThatThrownBy(() -> backups.backupNow())
                .isInstanceOf(BackupException.class)
                .hasMessageContaining(why());
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void the_operator_endpoint_answers_without_a_session_but_backs_up_only_an_h2_file() throws Exception {
        var reason = why();
        var http = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        http.perform(post("/operations/backup").with(anonymous()).header(OperatorToken.HEADER, "guess"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reason)));
    }

    @Test
    void database_urls_are_told_apart_and_h2_files_found() {
        assertThat(DatabaseKind.of("jdbc:h2:file:./data/orienta;WRITE_DELAY=0")).isEqualTo(DatabaseKind.H2_FILE);
        assertThat(DatabaseKind.h2File("jdbc:h2:file:./data/orienta;WRITE_DELAY=0"))
                .contains(java.nio.file.Path.of("./data/orienta"));
        assertThat(DatabaseKind.h2File("jdbc:h2:/srv/orienta/db")).contains(java.nio.file.Path.of("/srv/orienta/db"));
        assertThat(DatabaseKind.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo(DatabaseKind.H2_MEMORY);
        assertThat(DatabaseKind.of("jdbc:h2:tcp://db/orienta")).isEqualTo(DatabaseKind.OTHER);
        assertThat(DatabaseKind.of("jdbc:postgresql://db:5432/orienta")).isEqualTo(DatabaseKind.POSTGRESQL);
    }
}
