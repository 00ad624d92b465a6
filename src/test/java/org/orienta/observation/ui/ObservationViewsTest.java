package org.orienta.observation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.content.ContentService;
import org.orienta.observation.NewObservation;
import org.orienta.observation.ObservationFixtures;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.observation.ObservedAnswer;
import org.orienta.people.PeopleService;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class ObservationViewsTest extends ViewTest {

    @Autowired
    ObservationService observations;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    AttemptService attempts;

    @BeforeEach
    void organisation() {
        ObservationFixtures.setUp(content, people, observations, users);
    }

    private static PublishedChecklist choose(ObservationEntry entry, String key) {
        var checklist = entry.checklist
                .getListDataView()
                .getItems()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
        entry.checklist.setValue(checklist);
        return checklist;
    }

    private void answerAll(ObservationEntry entry, PublishedChecklist checklist, ChecklistAnswer answer) {
        checklist.definition().behaviours().forEach(b -> entry.form().answer(b.id(), answer));
    }

    @Test
    void observe_my_team_is_in_the_menu_of_someone_who_manages_people() {
        SignedIn.as(users, ObservationFixtures.MANAGER);
        UI.getCurrent().navigate("account");

        assertThat(find(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Observe my team");
    }

    @Test
    void a_manager_observes_a_team_member_with_one_tap_per_behaviour() {
        SignedIn.as(users, ObservationFixtures.MANAGER);
        UI.getCurrent().navigate("my-team");
        var view = find(TeamObservationView.class).single();
        assertThat(view.member.getListDataView().getItems())
                .extracting(t -> t.displayName())
                .containsExactly("Anna Kowalski", "Ben Okafor");
        view.member.setValue(
                view.member.getListDataView().getItems().findFirst().orElseThrow());
        var entry = find(ObservationEntry.class).single();
        assertThat(entry.checklist.getListDataView().getItems())
                .noneMatch(c -> c.definition().context() == ChecklistContext.LIVE_EXERCISE);
        var checklist = choose(entry, "counter-visit");
        answerAll(entry, checklist, ChecklistAnswer.DONE);

        test(entry.save).click();

        var mine = SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine());
        assertThat(mine).singleElement().satisfies(o -> {
            assertThat(o.checklistKey()).isEqualTo("counter-visit");
            assertThat(o.source()).isEqualTo(ObservationSource.JOB);
            assertThat(o.channel()).isEqualTo(ChecklistContext.COUNTER);
        });
        assertThat(find(ObservationCard.class).all()).hasSize(1);
    }

    @Test
    void an_unanswered_behaviour_is_marked_and_nothing_is_saved() {
        SignedIn.as(users, ObservationFixtures.MANAGER);
        UI.getCurrent().navigate("my-team");
        var view = find(TeamObservationView.class).single();
        view.member.setValue(
                view.member.getListDataView().getItems().findFirst().orElseThrow());
        var entry = find(ObservationEntry.class).single();
        choose(entry, "phone-call");
        entry.form().answer("answers-within-20-seconds", ChecklistAnswer.DONE);

        test(entry.save).click();

        @SuppressWarnings("unchecked")
        var greets =
                (RadioButtonGroup<ChecklistAnswer>) find(RadioButtonGroup.class).id("answer-greets-and-introduces");
        assertThat(greets.isInvalid()).isTrue();
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .isEmpty();
    }

    @Test
    void someone_no_one_reports_to_is_told_how_teams_are_set() {
        SignedIn.as(users, "ben");
        UI.getCurrent().navigate("my-team");

        assertThat(find(Paragraph.class).id("team-none").getText()).contains("People");
    }

    @Test
    void a_mystery_shopper_lands_on_the_visit_form_and_records_a_visit_to_their_branch() {
        SignedIn.as(users, ObservationFixtures.OBSERVER);
        UI.getCurrent().navigate("");
        var view = find(VisitView.class).single();
        assertThat(view.branch.getValue().name()).isEqualTo("Retail");
        var entry = find(ObservationEntry.class).single();
        var checklist = choose(entry, "phone-call");
        assertThat(entry.channel.getValue()).isEqualTo(ChecklistContext.PHONE);
        answerAll(entry, checklist, ChecklistAnswer.PARTLY);

        test(entry.save).click();

        assertThat(observations.recordedByMe()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(ObservationSource.MYSTERY_SHOPPING);
            assertThat(o.departmentName()).isEqualTo("Retail");
            assertThat(o.person()).isNull();
        });
    }

    private void managerObservesAnna(ChecklistAnswer answer) {
        var anna = ObservationFixtures.id(people, "anna");
        var chloe = ObservationFixtures.id(people, ObservationFixtures.MANAGER);
        SignedIn.callAs(users, ObservationFixtures.MANAGER, () -> {
            var checklist = checklists.published("counter-visit").orElseThrow();
            return observations.record(new NewObservation(
                    checklist.key(),
                    checklist.version(),
                    anna,
                    chloe,
                    ObservationSource.JOB,
                    LocalDate.now(clock),
                    null,
                    ChecklistContext.COUNTER,
                    null,
                    checklist.definition().behaviours().stream()
                            .map(b -> new ObservedAnswer(b.id(), answer, "Seen at the till"))
                            .toList()));
        });
    }

    @Test
    void the_trainee_sees_who_observed_what_and_adds_a_comment() {
        managerObservesAnna(ChecklistAnswer.DONE);
        SignedIn.as(users, TestUsers.TRAINEE);
        UI.getCurrent().navigate("my-observations");

        var card = find(ObservationCard.class).single();
        assertThat(card.getElement().getTextRecursively())
                .contains("Counter visit", "Chloé Martin", "Seen at the till", "CO2");
        var id = card.getId().orElseThrow().substring("observation-".length());
        test(find(TextArea.class).id("comment-" + id)).setValue("Thanks, noted.");
        test(find(Button.class).id("comment-save-" + id)).click();

        assertThat(observations.mine())
                .singleElement()
                .satisfies(o -> assertThat(o.comment()).isEqualTo("Thanks, noted."));
    }

    @Test
    void a_trainer_voids_an_observation_with_a_reason() {
        managerObservesAnna(ChecklistAnswer.NOT_DONE);
        SignedIn.as(users, TestUsers.TRAINER);
        UI.getCurrent().navigate("observations");
        var card = find(ObservationCard.class).single();
        var id = card.getId().orElseThrow().substring("observation-".length());

        test(find(Button.class).id("void-" + id)).click();
        test(find(TextArea.class).id("void-reason")).setValue("Wrong person");
        test(find(Button.class).id("void-confirm")).click();

        assertThat(find(Paragraph.class).id("observation-voided-" + id).getText())
                .contains("Wrong person");
    }

    @Test
    void an_administrator_sees_and_changes_what_a_mystery_shopper_may_observe() {
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("observers");
        var view = find(ObserversView.class).single();
        view.observer.setValue(
                view.observer.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(view.branches.getValue()).extracting(d -> d.name()).containsExactly("Retail");

        view.branches.setValue(java.util.Set.copyOf(view.branches
                .getListDataView()
                .getItems()
                .filter(d -> d.name().equals("Banking"))
                .toList()));
        test(view.save).click();

        var assigned = SignedIn.callAs(users, ObservationFixtures.OBSERVER, () -> observations.myAssignments());
        assertThat(assigned.branches()).extracting(d -> d.name()).containsExactly("Banking");
    }

    @Test
    void hr_sees_training_beside_the_job_with_the_gap_highlighted() {
        SignedIn.as(users, TestUsers.TRAINEE);
        for (int i = 0; i < 3; i++) {
            var attempt = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
            attempts.choose(attempt, 1, "warm");
        }
        managerObservesAnna(ChecklistAnswer.NOT_DONE);
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("reports/observations");

        var view = find(TrainingVsJobView.class).single();
        var rows = view.gaps.getListDataView().getItems().toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.department()).isEqualTo("Retail");
            assertThat(r.observed()).isEqualTo(1.0);
            assertThat(r.observations()).isEqualTo(1);
        });
        assertThat(rows)
                .filteredOn(r -> r.competency().value().equals("CO2"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.training()).isCloseTo(3.0, org.assertj.core.api.Assertions.within(1e-9));
                    assertThat(r.gap()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
                    assertThat(r.notable()).isTrue();
                });
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Too few people");
    }

    @Test
    void hr_without_the_right_to_see_individuals_sees_no_figure_for_a_group_of_one() {
        managerObservesAnna(ChecklistAnswer.DONE);
        SignedIn.as(users, TestUsers.HR);
        UI.getCurrent().navigate("reports/observations");

        var rows = find(TrainingVsJobView.class)
                .single()
                .gaps
                .getListDataView()
                .getItems()
                .toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.observed()).isNull());
    }

    @Test
    void no_training_evidence_is_a_dash_and_only_a_small_group_is_said_to_be_too_small() {
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("reports/observations");
        var view = find(TrainingVsJobView.class).single();

        assertThat(view.figure(null, 0, "observation.hr.people")).isEqualTo("–");
        assertThat(view.figure(null, 2, "observation.hr.people")).isEqualTo("Too few people to show");
        assertThat(view.figure(2.54, 6, "observation.hr.people")).isEqualTo("2.5 (6 people)");
    }

    @Test
    void mystery_shopping_is_summed_by_branch_and_month() {
        SignedIn.as(users, ObservationFixtures.OBSERVER);
        UI.getCurrent().navigate("visits");
        var entry = find(ObservationEntry.class).single();
        var checklist = choose(entry, "counter-visit");
        answerAll(entry, checklist, ChecklistAnswer.DONE);
        entry.form().answer("checks-satisfied", ChecklistAnswer.NOT_DONE);
        test(entry.save).click();
        SignedIn.as(users, TestUsers.HR);
        UI.getCurrent().navigate("reports/observations");

        var rows = find(TrainingVsJobView.class)
                .single()
                .visits
                .getListDataView()
                .getItems()
                .toList();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.branch()).isEqualTo("Retail");
            assertThat(r.visits()).isEqualTo(1);
            assertThat(r.doneShare()).isEqualTo(0.8);
        });
    }
}
