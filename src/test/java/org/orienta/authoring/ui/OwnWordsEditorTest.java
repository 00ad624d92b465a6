package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The role-play editor's side of own-words replies (issue 25): examples, reply mode, checks, a test box. */
@WithUserDetails(TestUsers.TRAINER)
class OwnWordsEditorTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(ContentSource.folder(Path.of("content")));
    }

    private void openAt(String key, String node) {
        UI.getCurrent().navigate("content/scenario/" + key);
        find(ScenarioEditor.class).single().select(node);
    }

    @Test
    void a_decision_shows_how_well_its_options_are_told_apart_on_their_examples() {
        openAt("rp-08", "dp-listen");

        test(find(Button.class).id("own-words-check")).click();

        assertThat(find(Paragraph.class).id("own-words-quality-summary").getText())
                .matches("\\d+ % of the 12 example phrasings go to their own option; \\d+ % would be asked again\\.");
    }

    @Test
    void a_test_reply_shows_which_option_it_goes_to() {
        openAt("rp-08", "dp-listen");

        test(find(TextField.class).id("own-words-test")).setValue("Can I see the receipt to check when you bought it?");
        test(find(Button.class).id("own-words-test-go")).click();

        assertThat(find(Paragraph.class).id("own-words-test-result").getText()).startsWith("Goes to receipt-first");
    }

    @Test
    void an_options_examples_are_edited_one_a_line_and_saved_in_the_draft() {
        openAt("rp-08", "dp-listen");

        test(find(TextArea.class).id("option-examples-listen-first"))
                .setValue("What happened with it?\n\n  Tell me about the kettle.  \nWhat happened with it?");

        var body = authoring.open(ContentKind.SCENARIO, "rp-08").body();
        assertThat(body).contains("Tell me about the kettle.").doesNotContain("  Tell me about the kettle.  ");
        assertThat(body.split("What happened with it\\?", -1)).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_decision_of_an_own_words_role_play_can_be_kept_as_a_choice() {
        openAt("rp-08", "dp-listen");

        test((Select<String>) find(Select.class).id("node-reply")).selectItem("Choose an option");

        assertThat(authoring.open(ContentKind.SCENARIO, "rp-08").body()).contains("reply: choose");
        assertThat(find(Button.class).withId("own-words-check").all()).isEmpty();
    }
}
