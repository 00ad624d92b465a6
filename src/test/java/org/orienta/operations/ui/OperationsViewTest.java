package org.orienta.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.operations.BackupService;
import org.orienta.operations.DatabaseKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class OperationsViewTest extends ViewTest {

    @Autowired
    BackupService backups;

    @Test
    void on_a_database_orienta_does_not_back_up_itself_the_page_says_what_to_do_and_offers_no_button() {
        // The tests run on an in-memory H2 database, and again on PostgreSQL.
        var expected = backups.databaseKind() == DatabaseKind.POSTGRESQL ? "Back it up with pg_dump" : "in memory only";

        var view = navigate(OperationsView.class);

        assertThat(find(Paragraph.class).from(view).all())
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.contains(expected));
        assertThat(view.backupNow.isAttached()).isFalse();
    }
}
