package org.orienta.facilitation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.activity.ActivitySummary;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.content.ContentService;
import org.orienta.facilitation.Attendance;
import org.orienta.facilitation.SessionFixtures;
import org.orienta.facilitation.SessionService;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.TRAINER)
class SessionViewsTest extends ViewTest {

    @Autowired
    ContentService content;

    @Autowired
    SessionService sessions;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void activities() {
        SessionFixtures.importActivities(content);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_trainer_schedules_a_session_for_a_department_and_lands_on_its_page() {
        UI.getCurrent().navigate("sessions");
        test(find(Button.class).id("schedule-session")).click();
        var activity = (Select<ActivitySummary>) find(Select.class).id("session-activity");
        activity.setValue(activity.getListDataView()
                .getItems()
                .filter(a -> a.key().equals("live-yes-and"))
                .findFirst()
                .orElseThrow());
        test(find(TextField.class).id("session-place")).setValue("Training room 2");
        var department = (Select<DepartmentOption>) find(Select.class).id("session-add-department");
        department.setValue(department
                .getListDataView()
                .getItems()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow());

        test(find(Button.class).id("session-save")).click();

        assertThat(getCurrentView()).isInstanceOf(SessionView.class);
        assertThat(find(Section.class).id("participants").getElement().getTextRecursively())
                .contains("Anna Kowalski", "Ben Okafor", "Chloé Martin")
                .doesNotContain("Daniel Weber");
        assertThat(find(Section.class).id("session-groups").getElement().getTextRecursively())
                .contains("Pair 1", "Card:");
    }

    @Test
    void a_session_without_a_place_is_not_scheduled_and_the_field_says_why() {
        UI.getCurrent().navigate("sessions");
        test(find(Button.class).id("schedule-session")).click();

        test(find(Button.class).id("session-save")).click();

        assertThat(find(TextField.class).id("session-place").isInvalid()).isTrue();
        assertThat(find(TextField.class).id("session-place").getErrorMessage())
                .isEqualTo("Say where the session takes place.");
        assertThat(sessions.sessions()).isEmpty();
    }

    @Test
    void one_tap_marks_a_participant_present_and_a_second_tap_unmarks() {
        long id = sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski", "Ben Okafor"));
        var anna = SessionFixtures.people(people, "Anna Kowalski").iterator().next();
        UI.getCurrent().navigate("sessions/" + id);

        test(find(Button.class).id("present-" + anna)).click();

        assertThat(sessions.session(id).participant(anna).orElseThrow().attendance())
                .isEqualTo(Attendance.PRESENT);
        assertThat(find(H3.class).id("participants-heading").getText()).isEqualTo("Participants: 1 of 2 present");
        assertThat(find(Button.class).id("present-" + anna).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        test(find(Button.class).id("present-" + anna)).click();

        assertThat(sessions.session(id).participant(anna).orElseThrow().attendance())
                .isEqualTo(Attendance.UNMARKED);
    }

    @Test
    void the_page_offers_the_guide_and_the_attendance_sheet_and_lists_the_session() {
        long id = sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski"));
        UI.getCurrent().navigate("sessions/" + id);

        assertThat(find(Anchor.class).id("session-guide").getHref()).isNotBlank();
        assertThat(find(Anchor.class).id("session-sheet").getHref()).isNotBlank();

        UI.getCurrent().navigate("sessions");
        assertThat(find(Button.class).id("open-session-" + id).isVisible()).isTrue();
    }

    @Test
    void a_session_that_does_not_exist_says_so() {
        UI.getCurrent().navigate("sessions/999999");

        assertThat(find(Paragraph.class).id("session-missing").getText()).isEqualTo("This session does not exist.");
    }

    @Test
    void the_participant_sees_the_upcoming_session_on_my_training() {
        long id = sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski"));
        SignedIn.as(users, TestUsers.TRAINEE);

        UI.getCurrent().navigate("my-training");

        assertThat(find(Section.class).id("my-sessions").getElement().getTextRecursively())
                .contains("Live sessions", "Training room 2", "Maya Chen", "Upcoming", "staying on the customer");
        assertThat(find(com.vaadin.flow.component.card.Card.class).id("my-session-" + id))
                .isNotNull();
    }

    @Test
    void a_trainee_without_sessions_sees_no_empty_section() {
        SignedIn.as(users, "daniel");

        UI.getCurrent().navigate("my-training");

        assertThat(find(Section.class).all())
                .noneMatch(s -> "my-sessions".equals(s.getId().orElse("")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_facilitator_records_an_observation_in_a_few_taps_and_the_participant_reads_it_afterwards() {
        long id = sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski", "Ben Okafor"));
        var anna = SessionFixtures.people(people, "Anna Kowalski").iterator().next();
        UI.getCurrent().navigate("sessions/" + id);

        test(find(Button.class).id("observe-" + anna)).click();
        for (var scale : find(RadioButtonGroup.class).all()) {
            ((RadioButtonGroup<ChecklistAnswer>) scale).setValue(ChecklistAnswer.DONE);
        }
        test(find(Button.class).id("observe-save")).click();

        assertThat(find(Badge.class).id("observed-" + anna).getText()).isEqualTo("Observed");
        assertThat(sessions.session(id).participant(anna).orElseThrow().attendance())
                .isEqualTo(Attendance.PRESENT);

        SignedIn.as(users, TestUsers.TRAINEE);
        UI.getCurrent().navigate("my-training");
        assertThat(find(NativeDetails.class)
                        .id("my-session-observed-" + id)
                        .getElement()
                        .getTextRecursively())
                .contains("What was observed", "Done");
    }

    @Test
    void an_unanswered_behaviour_keeps_the_dialog_open_and_saves_nothing() {
        long id = sessions.schedule(SessionFixtures.yesAndNow(people, "Anna Kowalski"));
        var anna = SessionFixtures.people(people, "Anna Kowalski").iterator().next();
        UI.getCurrent().navigate("sessions/" + id);

        test(find(Button.class).id("observe-" + anna)).click();
        test(find(Button.class).id("observe-save")).click();

        assertThat(find(RadioButtonGroup.class).all())
                .allSatisfy(g -> assertThat(g.isInvalid()).isTrue());
        assertThat(sessions.session(id).participant(anna).orElseThrow().observationId())
                .isNull();
    }
}
