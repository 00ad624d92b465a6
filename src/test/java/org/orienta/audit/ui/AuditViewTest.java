package org.orienta.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditRecord;
import org.orienta.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class AuditViewTest extends ViewTest {

    @Autowired
    AuditService audit;

    @Test
    void choosing_a_type_shows_only_its_actions_and_offers_only_them() {
        audit.record(AuditAction.SCORE_OVERRIDDEN, "attempt 1 (quiz q, person 2)", AuditOutcome.SUCCESS, "level 3");
        audit.record(AuditAction.REMINDER_SENT, "modules/basics (assignment 1)", AuditOutcome.SUCCESS, "person 2");
        org.orienta.Committed.asIfCommitted();
        UI.getCurrent().navigate("audit");
        var view = find(AuditView.class).single();

        view.types.setValue(Set.of(AuditAction.Type.REVIEWS));

        var shown = view.grid
                .getGenericDataView()
                .getItems()
                .map(AuditRecord::action)
                .toList();
        assertThat(shown).contains(AuditAction.SCORE_OVERRIDDEN).doesNotContain(AuditAction.REMINDER_SENT);
        assertThat(view.actions.getListDataView().getItems())
                .containsExactlyInAnyOrder(AuditAction.REVIEW_SUBMITTED, AuditAction.SCORE_OVERRIDDEN);
        assertThat(view.types.getItemLabelGenerator().apply(AuditAction.Type.ASSIGNMENTS))
                .isEqualTo("Assignments and reminders");
    }
}
