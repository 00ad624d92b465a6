package org.orienta.operations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class OperationsViewTest extends ViewTest {

    @Test
    void on_an_in_memory_database_the_page_says_there_is_nothing_to_back_up_and_offers_no_button() {
        var view = navigate(OperationsView.class);

        assertThat($(Paragraph.class).from(view).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("in memory only"));
        assertThat(view.backupNow.isAttached()).isFalse();
    }
}
