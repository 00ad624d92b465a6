package org.orienta.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class AnalyticsViewTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.orienta.people.PeopleService people;

    @BeforeEach
    void five_runs_of_rp_06() {
        content.importFiles(ContentSource.folder(java.nio.file.Path.of("content")));
        playRp06(TestUsers.TRAINEE, "ben", "chloe", "daniel", "emma");
    }

    private void playRp06(String... trainees) {
        for (String trainee : trainees) {
            SignedIn.callAs(users, trainee, () -> {
                var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "rp-06"), AttemptMode.ASSESSED, null);
                var play = attempts.scenario(id);
                while (play.run().decision() != null) {
                    // The first option as authored: every run shows its own order, but all five choose alike.
                    var authoredFirst = org.orienta.scenario.Playthrough.offered(
                                    play.run().decision(), play.run().state())
                            .getFirst();
                    play = attempts.choose(id, play.nextStep(), authoredFirst.id());
                }
                return id;
            });
        }
    }

    @Test
    void the_path_view_draws_the_graph_with_each_options_share() {
        UI.getCurrent().navigate("analytics/scenario/rp-06");
        var view = find(AnalyticsView.class).single();

        var text = view.results.getElement().getTextRecursively();
        assertThat(text).contains("5 finished assessed runs");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("low-sources-method")
                        .getText())
                .contains("replays it", "however early");
        var svg =
                find(com.vaadin.flow.component.Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(
                        svg == null
                                ? find(com.vaadin.flow.component.Svg.class)
                                        .single()
                                        .getElement()
                                        .toString()
                                : svg)
                .contains("100 % (5)");
    }

    @Test
    void fewer_people_than_hr_reports_need_show_nothing_but_how_many_runs_are_hidden_and_why() {
        var anna = people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow();
        UI.getCurrent().navigate("analytics/scenario/rp-06");
        var view = find(AnalyticsView.class).single();
        // Anna's department (retail) holds three of the five runs: a department filter must not single her out.
        view.department.setValue(view.department
                .getListDataView()
                .getItems()
                .filter(d -> d.id().equals(anna.department()))
                .findFirst()
                .orElseThrow());

        var text = view.results.getElement().getTextRecursively();
        assertThat(text)
                .contains("3 finished assessed runs are not shown", "at least 5 people")
                .doesNotContain("% (");
        assertThat(find(com.vaadin.flow.component.Svg.class).all()).isEmpty();
    }

    @Test
    void a_quiz_without_finished_attempts_says_so() {
        UI.getCurrent().navigate("analytics/quiz/quiz-foundations");

        assertThat(find(Grid.class).id("item-statistics")).isNotNull();
        assertThat(find(AnalyticsView.class).single().results.getElement().getTextRecursively())
                .contains("No finished assessed attempts yet");
    }
}
