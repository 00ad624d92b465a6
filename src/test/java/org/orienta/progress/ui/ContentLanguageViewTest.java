package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The scenario "tiny-translated" is translated wholly into Croatian and only in part into Swedish. */
@WithUserDetails(TestUsers.TRAINEE)
class ContentLanguageViewTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void translated_content() {
        var files = new ArrayList<>(ContentSource.folder(Path.of("src/test/resources/content-base")));
        files.addAll(ContentSource.folder(Path.of("src/test/resources/content-translated")));
        var imported = SystemAuthentication.call(() -> content.importFiles(files));
        assertThat(imported.problems()).isEmpty();
    }

    private ScenarioPlayer open(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny-translated"), AttemptMode.PRACTICE, null);
        UI.getCurrent().navigate("attempt/" + id);
        return find(ScenarioPlayer.class).single();
    }

    private String title() {
        return find(H2.class).all().stream()
                .filter(h -> h.hasClassName("orienta-player-title"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    @Test
    void a_trainee_whose_language_is_complete_sees_the_whole_item_in_it_without_a_note() {
        var player = open("hr");

        assertThat(title()).isEqualTo("HR A tiny scenario");
        assertThat(player.getElement().getTextRecursively())
                .contains("HR Sam", "HR Hello?")
                .doesNotContain("Sune");
        assertThat(find(Paragraph.class).withId("not-in-your-language").all()).isEmpty();
    }

    @Test
    void a_trainee_whose_language_is_incomplete_sees_the_whole_item_in_english_with_a_translated_note() {
        var player = open("sv");

        assertThat(title()).isEqualTo("A tiny scenario");
        assertThat(player.getElement().getTextRecursively())
                .contains("Sam", "Hello?")
                .doesNotContain("Sune", "Ett litet scenario");
        assertThat(find(Paragraph.class).id("not-in-your-language").getText())
                .isEqualTo("Det här innehållet finns inte på ditt språk än, så det visas på engelska.");
    }
}
