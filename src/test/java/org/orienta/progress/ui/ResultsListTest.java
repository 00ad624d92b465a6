package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.progress.assignment.ItemProgress;
import org.orienta.progress.assignment.ItemStatus;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.ItemInfo;
import org.orienta.progress.attempt.ResultSummary;
import org.springframework.security.test.context.support.WithUserDetails;

/** A long result history is built only when asked for (issue 22: My training sent it at every opening). */
@WithUserDetails(TestUsers.TRAINEE)
class ResultsListTest extends ViewTest {

    private static List<ItemProgress> results(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> {
                    var ref = new ItemRef(ItemKind.QUIZ, "quiz-" + i);
                    var result =
                            new ResultSummary(new AttemptId(i), AttemptMode.ASSESSED, 0.5, true, null, Instant.now());
                    return new ItemProgress(
                            new ItemInfo(
                                    ref,
                                    1,
                                    LocalizedText.english("Quiz " + i),
                                    LocalizedText.english("-"),
                                    5,
                                    Set.of()),
                            ItemStatus.COMPLETED,
                            null,
                            result,
                            result,
                            1);
                })
                .toList();
    }

    @Test
    void the_newest_ten_are_shown_and_the_rest_come_when_asked_for_with_focus_on_the_first_of_them() {
        var list = new ResultsList(results(14));
        UI.getCurrent().add(list);

        assertThat(list.list.getChildren()).hasSize(10);
        assertThat(list.getElement().getTextRecursively()).contains("Quiz 10").doesNotContain("Quiz 11");
        var more = find(Button.class).id("results-show-all");
        assertThat(more.getText()).isEqualTo("Show all results (14)");

        test(more).click();

        assertThat(list.list.getChildren()).hasSize(14);
        assertThat(list.getElement().getTextRecursively()).contains("Quiz 11", "Quiz 14");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("results-show-all"));
        assertThat(Focus.last(UI.getCurrent()))
                .hasValueSatisfying(target ->
                        assertThat(target.getElement().getTextRecursively()).startsWith("Quiz 11"));
    }

    @Test
    void ten_results_or_fewer_need_no_button() {
        var list = new ResultsList(results(10));
        UI.getCurrent().add(list);

        assertThat(list.list.getChildren()).hasSize(10);
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("results-show-all"));
    }
}
