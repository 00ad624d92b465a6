package org.orienta.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void an_in_memory_database_has_nothing_to_back_up_and_says_so() {
        assertThat(backups.databaseKind()).isEqualTo(DatabaseKind.H2_MEMORY);
        assertThatThrownBy(() -> backups.backupNow()).isInstanceOf(BackupException.class)
                .hasMessageContaining("not an H2 file");
    }

    @Test
    void the_operator_endpoint_answers_without_a_session_but_backs_up_only_an_h2_file() throws Exception {
        var http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        http.perform(post("/operations/backup").header(OperatorToken.HEADER, "guess"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not an H2 file")));
    }

    @Test
    void database_urls_are_told_apart_and_h2_files_found() {
        assertThat(DatabaseKind.of("jdbc:h2:file:./data/orienta;WRITE_DELAY=0")).isEqualTo(DatabaseKind.H2_FILE);
        assertThat(DatabaseKind.h2File("jdbc:h2:file:./data/orienta;WRITE_DELAY=0")).contains(
                java.nio.file.Path.of("./data/orienta"));
        assertThat(DatabaseKind.h2File("jdbc:h2:/srv/orienta/db")).contains(java.nio.file.Path.of("/srv/orienta/db"));
        assertThat(DatabaseKind.of("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo(DatabaseKind.H2_MEMORY);
        assertThat(DatabaseKind.of("jdbc:h2:tcp://db/orienta")).isEqualTo(DatabaseKind.OTHER);
        assertThat(DatabaseKind.of("jdbc:postgresql://db:5432/orienta")).isEqualTo(DatabaseKind.POSTGRESQL);
    }
}
