package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.exercise.ReflectionExercise;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A reflection exercise is edited in the form like every other type: its questions, notes and review switch. */
@WithUserDetails(TestUsers.TRAINER)
class ReflectionFormTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void the_bundled_pack() {
        content.importFiles(ContentSource.folder(Path.of("content")));
    }

    private ReflectionExercise draft() {
        return (ReflectionExercise) authoring
                .readDefinition(
                        ContentKind.EXERCISE,
                        authoring.open(ContentKind.EXERCISE, "sx-14").body())
                .orElseThrow();
    }

    @Test
    void a_question_is_added_and_the_review_switched_off_in_the_form() {
        UI.getCurrent().navigate("content/exercise/sx-14");
        int before = draft().questions().size();
        var review = find(Checkbox.class).id("form-review");
        assertThat(review.getLabel()).isEqualTo("A trainer reviews assessed answers");
        assertThat(review.getValue()).isTrue();

        test(find(Button.class).id("form-questions-add")).click();
        test(find(Checkbox.class).id("form-review")).click();

        var after = draft();
        assertThat(after.questions()).hasSize(before + 1);
        assertThat(after.review()).isFalse();
    }
}
