package org.orienta.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.quiz.QuestionAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINEE)
class MyCompetenciesViewTest extends ViewTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @BeforeEach
    void history() {
        ProgressFixtures.importTestContent(content);
        for (var option : new String[] {"warm", "warm", "cold"}) {
            var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
            attempts.choose(id, 1, option);
        }
    }

    @Test
    void the_chart_shows_every_competency_with_a_text_alternative() {
        navigate(MyCompetenciesView.class);

        var svg = find(Svg.class).id("profile-chart").getElement().getProperty("innerHTML", "");
        assertThat(svg).contains("role=\"img\"", "<title id=\"profile-chart-title\">", "<desc");
        assertThat(find(Details.class).all())
                .filteredOn(d -> d.getId().orElse("").startsWith("competency-"))
                .hasSize(10);
    }

    @Test
    void a_level_opens_to_the_descriptor_and_the_decisions_behind_it() {
        navigate(MyCompetenciesView.class);
        var co2 = find(Details.class).id("competency-CO2");

        co2.setOpened(true);

        var text = co2.getElement().getTextRecursively();
        assertThat(text).contains("You are at", "You said: “Good morning!”", "You said: “Next.”");
        assertThat(find(Anchor.class).all()).anyMatch(a -> a.getHref().startsWith("attempt/"));
    }

    @Test
    void evidence_from_a_quiz_says_what_the_trainee_chose_beside_the_question() {
        var id = attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-mixed"), AttemptMode.ASSESSED, null);
        var play = attempts.quiz(id);
        for (var question : play.questions()) {
            var answer = switch (question.id()) {
                case "single" -> new QuestionAnswer.ChosenOption("b");
                case "multi" -> new QuestionAnswer.ChosenOptions(java.util.Set.of("a", "c"));
                default -> new QuestionAnswer.TextAnswer("x");
            };
            play = attempts.answer(id, play.nextStep(), question.id(), answer);
        }
        navigate(MyCompetenciesView.class);

        var co1 = find(Details.class).id("competency-CO1");
        co1.setOpened(true);
        var co2 = find(Details.class).id("competency-CO2");
        co2.setOpened(true);

        assertThat(co1.getElement().getTextRecursively())
                .contains("Question: Pick one.", "You answered: “Wrong”")
                .doesNotContain("You said: “Pick one.”");
        assertThat(co2.getElement().getTextRecursively()).contains("Question: Pick two.", "You answered: “One; Three”");
    }

    @Test
    void opening_a_competency_keeps_it_in_the_address_so_back_from_an_evidence_link_returns_to_it_open() {
        navigate(MyCompetenciesView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        find(Details.class).id("competency-CO2").setOpened(true);

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("my-competencies?open=CO2"));
    }

    @Test
    void the_address_of_an_open_competency_shows_it_open_with_its_evidence() {
        UI.getCurrent().navigate("my-competencies", com.vaadin.flow.router.QueryParameters.of("open", "CO2"));

        var co2 = find(Details.class).id("competency-CO2");
        assertThat(co2.isOpened()).isTrue();
        assertThat(co2.getElement().getTextRecursively()).contains("You said: “Good morning!”");
        assertThat(find(Details.class).id("competency-CO1").isOpened()).isFalse();
    }

    @Test
    void each_trend_sparkline_names_its_months_and_values_for_screen_readers() {
        navigate(MyCompetenciesView.class);

        var co2 = find(Details.class).id("competency-CO2");
        var svg = find(Svg.class, co2).single().getElement().getProperty("innerHTML", "");
        var month = java.time.YearMonth.now();
        var name = month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                + month.getYear();
        assertThat(svg).containsPattern("<title>Trend of [^<]+ over the months: [^<]*" + name + ": \\d\\.\\d</title>");
    }

    @Test
    void a_competency_with_evidence_but_not_yet_enough_shows_a_gap_in_its_trend_instead_of_failing() {
        // CO4 has one piece of evidence (weight 1.0 < the minimum 2.0): a trend point without a level.
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(id, 1, "promise");

        navigate(MyCompetenciesView.class);

        var co4 = find(Details.class).id("competency-CO4");
        assertThat(co4.getElement().getTextRecursively()).contains("Not enough evidence yet");
    }
}
