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
import org.orienta.progress.AttemptMode;
import org.orienta.progress.AttemptService;
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

    @BeforeEach
    void two_runs_of_rp_06() {
        content.importFiles(ContentSource.folder(java.nio.file.Path.of("content")));
        for (String trainee : new String[] {TestUsers.TRAINEE, "ben"}) {
            SignedIn.callAs(users, trainee, () -> {
                var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "rp-06"), AttemptMode.ASSESSED, null);
                var play = attempts.scenario(id);
                while (play.run().decision() != null) {
                    play = attempts.choose(
                            id, play.nextStep(), play.run().options().getFirst().id());
                }
                return id;
            });
        }
    }

    @Test
    void the_path_view_draws_the_graph_with_each_options_share() {
        UI.getCurrent().navigate("analytics/scenario/rp-06");
        var view = $(AnalyticsView.class).single();

        var text = view.results.getElement().getTextRecursively();
        assertThat(text).contains("2 finished assessed runs");
        var svg = $(com.vaadin.flow.component.Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(
                        svg == null
                                ? $(com.vaadin.flow.component.Svg.class)
                                        .single()
                                        .getElement()
                                        .toString()
                                : svg)
                .contains("100 % (2)");
    }

    @Test
    void a_quiz_without_finished_attempts_says_so() {
        UI.getCurrent().navigate("analytics/quiz/quiz-foundations");

        assertThat($(Grid.class).id("item-statistics")).isNotNull();
        assertThat($(AnalyticsView.class).single().results.getElement().getTextRecursively())
                .contains("No finished assessed attempts yet");
    }
}
