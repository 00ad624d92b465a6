package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.integrity.IntegrityAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class IntegrityWarningsViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    /**
     * The bundled pack passes the audit, so the warnings are shown on first drafts as the pack had them
     * before issue 19: the old RP-01 (as rp-91) and the old foundations quiz (as quiz-91).
     */
    @BeforeEach
    void the_bundled_pack_and_two_flawed_first_drafts() {
        content.importFiles(ContentSource.folder(Path.of("content")));
        var flawed = content.importFiles(ContentSource.folder(Path.of("src/test/resources/integrity-flawed")));
        assertThat(flawed.problems()).isEmpty();
    }

    private int auditedWarnings(ContentKind kind, String key) {
        return IntegrityAudit.warnings(kind.path(key), authoring.open(kind, key).body())
                .size();
    }

    @Test
    void the_content_list_shows_each_role_play_and_quiz_with_its_warning_count() {
        UI.getCurrent().navigate("content");
        var view = find(ContentView.class).single();
        int expected = auditedWarnings(ContentKind.SCENARIO, "rp-91");

        assertThat(expected).isPositive();
        assertThat(authoring.items().stream()
                        .filter(r -> r.kind() == ContentKind.SCENARIO && r.key().equals("rp-91"))
                        .findFirst()
                        .orElseThrow()
                        .warnings())
                .isEqualTo(expected);
        test(view.search).setValue("surprise, first draft");
        var cell = (Span) test(view.grid).getCellComponent(0, 4);
        assertThat(cell.getText()).isEqualTo(expected + " warnings");
        assertThat(authoring.items().stream()
                        .filter(r -> r.kind() == ContentKind.MODULE)
                        .allMatch(r -> r.warnings() == 0))
                .isTrue();
    }

    @Test
    void the_editor_lists_the_warnings_with_line_and_column_and_each_leads_to_its_line() {
        UI.getCurrent().navigate("content/scenario/rp-91");
        var view = find(EditorView.class).single();

        var warnings = find(Button.class).all().stream()
                .filter(b -> b.getId().orElse("").startsWith("integrity-warning-"))
                .toList();
        assertThat(warnings).hasSize(auditedWarnings(ContentKind.SCENARIO, "rp-91"));
        var cited = warnings.stream()
                .filter(b -> b.getText().contains("the source article"))
                .findFirst()
                .orElseThrow();
        var lines = view.source.getValue().split("\n");
        int line = 1;
        while (!lines[line - 1].contains("the source article")) {
            line++;
        }
        int column = lines[line - 1].indexOf("the source article") + 1;
        assertThat(cited.getText())
                .as("the line and column of the text shown in the editor")
                .startsWith("Line " + line + ", column " + column + ": Trainees see “the source article”");

        test(cited).click();

        assertThat(find(TabSheet.class).single().getSelectedTab().getId()).hasValue("tab-source");
        int before = warnings.size();
        test(view.source).setValue(view.source.getValue().replace("the source article", "what the bank advises"));
        assertThat(find(Button.class).all().stream()
                        .filter(b -> b.getId().orElse("").startsWith("integrity-warning-"))
                        .count())
                .isEqualTo(before - 1);
    }

    @Test
    void the_editor_plays_the_naive_strategies_on_request() {
        UI.getCurrent().navigate("content/scenario/rp-91");

        test(find(Button.class).id("integrity-play")).click();

        assertThat(find(Paragraph.class).id("integrity-strategies").getText())
                .startsWith("Always the longest option: WOW ending. Always the first authored option: WOW ending.")
                .contains("Random clicking, 1,000 runs:");
    }

    @Test
    void a_quiz_editor_plays_the_strategies_over_single_choice_questions() {
        UI.getCurrent().navigate("content/quiz/quiz-91");

        test(find(Button.class).id("integrity-play")).click();

        assertThat(find(Paragraph.class).id("integrity-strategies").getText())
                .startsWith("Of 11 single-choice questions, always the longest option answers 11 right");
    }
}
