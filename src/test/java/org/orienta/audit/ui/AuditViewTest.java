package org.orienta.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditRecord;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.ADMIN)
class AuditViewTest extends ViewTest {

    @Autowired
    AuditService audit;

    @Test
    void choosing_a_type_shows_only_its_actions_and_offers_only_them() {
        audit.record(
                AuditAction.SCORE_OVERRIDDEN,
                AuditText.of("audit.text.attempt", 1, "audit.text.kind.quiz", "q", 2),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.override", 3, 40));
        audit.record(
                AuditAction.REMINDER_SENT,
                AuditText.of("audit.text.assignment", "basics", 1),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.person", 2));
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
                .containsExactlyInAnyOrder(
                        AuditAction.REVIEW_SUBMITTED, AuditAction.SCORE_OVERRIDDEN, AuditAction.OBSERVATION_VOIDED);
        assertThat(view.types.getItemLabelGenerator().apply(AuditAction.Type.ASSIGNMENTS))
                .isEqualTo("Assignments and reminders");
    }

    @Test
    void entries_recorded_in_english_are_shown_in_the_language_the_reader_switched_to() {
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.department", "Recepcija"),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.renamedOrMoved"));
        audit.record(
                AuditAction.ASSIGNMENT_CHANGED,
                AuditText.of("audit.text.assignment", "basics", 7),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.dueChanged", "audit.text.none", "2099-01-15", 3));
        org.orienta.Committed.asIfCommitted();
        UI.getCurrent().setLocale(Locale.forLanguageTag("hr"));
        UI.getCurrent().navigate("audit");
        var view = find(AuditView.class).single();

        assertThat(rows(view))
                .contains(
                        "Organizacija promijenjena|odjel Recepcija|preimenovano ili premješteno",
                        "Dodjela promijenjena|modules/basics (dodjela 7)|rok nema → 2099-01-15, osoba: 3");
        assertThat(new String(view.csv(), StandardCharsets.UTF_8))
                .contains("odjel Recepcija", "preimenovano ili premješteno", "rok nema → 2099-01-15, osoba: 3")
                .doesNotContain("renamed or moved");
    }

    @Test
    void the_target_filter_finds_a_described_target_by_its_words_in_the_name() {
        audit.record(
                AuditAction.ORGANISATION_CHANGED,
                AuditText.of("audit.text.jobRole", "Concierge"),
                AuditOutcome.SUCCESS,
                AuditText.of("audit.text.created"));
        org.orienta.Committed.asIfCommitted();
        UI.getCurrent().setLocale(Locale.forLanguageTag("hr"));
        UI.getCurrent().navigate("audit");
        var view = find(AuditView.class).single();

        view.target.setValue("concierge");

        assertThat(rows(view)).singleElement().asString().contains("radno mjesto Concierge|stvoreno");
    }

    /** Each row as its action, target and detail, as the grid shows them. */
    private java.util.List<String> rows(AuditView view) {
        var grid = test(view.grid);
        var rows = new java.util.ArrayList<String>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getCellText(i, 2) + "|" + grid.getCellText(i, 3) + "|" + grid.getCellText(i, 5));
        }
        return rows;
    }
}
