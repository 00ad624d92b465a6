package org.orienta.observation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.content.ContentService;
import org.orienta.observation.NewVisitLink;
import org.orienta.observation.ObservationFixtures;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.observation.VisitLinkService;
import org.orienta.observation.VisitLinkState;
import org.orienta.people.PeopleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class VisitLinkViewsTest extends ViewTest {

    @Autowired
    ObservationService observations;

    @Autowired
    VisitLinkService links;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @BeforeEach
    void organisation() {
        ObservationFixtures.setUp(content, people, observations, users);
        ObservationFixtures.forgetLinkGuesses(context);
    }

    private String issueForAnna() {
        var anna = ObservationFixtures.id(people, "anna");
        return SignedIn.callAs(
                        users,
                        TestUsers.ADMIN,
                        () -> links.issue(new NewVisitLink(
                                "Agency Nord",
                                null,
                                anna,
                                "counter-visit",
                                LocalDate.now(clock.withZone(ZoneId.systemDefault()))
                                        .plusDays(14))))
                .token();
    }

    private String message() {
        return find(Paragraph.class).withId("visit-link-message").single().getText();
    }

    @Test
    void an_administrator_issues_a_link_for_a_branch_and_sees_it_once_to_copy() {
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("observers");
        var section = find(VisitLinksSection.class).single();
        assertThat(section.validUntil.getValue())
                .isEqualTo(
                        LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(VisitLinkService.DEFAULT_DAYS));
        section.label.setValue("Agency Nord, visit 1");
        section.target.setValue(VisitLinksSection.Target.BRANCH);
        section.branch.setValue(section.branch
                .getListDataView()
                .getItems()
                .filter(b -> b.name().equals("Retail"))
                .findFirst()
                .orElseThrow());
        section.checklist.setValue(section.checklist
                .getListDataView()
                .getItems()
                .filter(c -> c.key().equals("counter-visit"))
                .findFirst()
                .orElseThrow());

        test(section.issue).click();

        assertThat(section.issued.isVisible()).isTrue();
        assertThat(section.link.getValue()).matches(".*visit/[A-Za-z0-9_-]{43}");
        assertThat(section.list.getListDataView().getItems())
                .filteredOn(r -> r.label().equals("Agency Nord, visit 1"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("Retail");
                    assertThat(r.state()).isEqualTo(VisitLinkState.OPEN);
                });
        var token = section.link.getValue().substring(section.link.getValue().lastIndexOf('/') + 1);

        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate("observers");

        var again = find(VisitLinksSection.class).single();
        assertThat(again.issued.isVisible()).isFalse();
        assertThat(again.link.getValue()).doesNotContain(token);
    }

    @Test
    void a_link_without_a_label_is_not_issued_and_the_field_says_why() {
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("observers");
        var section = find(VisitLinksSection.class).single();

        test(section.issue).click();

        assertThat(section.label.isInvalid()).isTrue();
        assertThat(section.label.getErrorMessage()).isEqualTo("Give the link a label: who will use it.");
        assertThat(section.issued.isVisible()).isFalse();
    }

    @Test
    void an_administrator_revokes_an_open_link_from_the_list() {
        issueForAnna();
        SignedIn.as(users, TestUsers.ADMIN);
        UI.getCurrent().navigate("observers");
        var section = find(VisitLinksSection.class).single();
        var row = section.list.getListDataView().getItems().findFirst().orElseThrow();

        section.revoke(row);

        assertThat(SignedIn.callAs(users, TestUsers.ADMIN, () -> links.links()))
                .filteredOn(r -> r.id() == row.id())
                .singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(VisitLinkState.REVOKED));
    }

    @Test
    void the_link_opens_only_the_checklist_form_for_its_target_and_records_the_visit_once() {
        var token = issueForAnna();
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("visit/" + token);

        var view = find(VisitLinkView.class).single();
        assertThat(find(Paragraph.class).withId("visit-link-person").single().getText())
                .isEqualTo("Employee: Anna Kowalski");
        assertThat(find(Paragraph.class).withId("visit-link-branch").single().getText())
                .isEqualTo("Branch: Retail");
        var entry = find(ObservationEntry.class).single();
        assertThat(entry.checklist.isReadOnly()).isTrue();
        assertThat(entry.checklist.getValue().key()).isEqualTo("counter-visit");
        entry.checklist
                .getValue()
                .definition()
                .behaviours()
                .forEach(b -> entry.form().answer(b.id(), ChecklistAnswer.DONE));

        test(entry.save).click();

        assertThat(message()).isEqualTo("Thank you, your visit is recorded. You can close this page now.");
        assertThat(view.entry).isNull();
        assertThat(SignedIn.callAs(users, TestUsers.TRAINEE, () -> observations.mine()))
                .singleElement()
                .satisfies(o -> assertThat(o.source()).isEqualTo(ObservationSource.MYSTERY_SHOPPING));

        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("visit/" + token);

        assertThat(message()).startsWith("This link has already recorded its visit");
        assertThat(find(ObservationEntry.class).all()).isEmpty();
    }

    @Test
    void an_unknown_link_says_so_and_shows_nothing_else() {
        SecurityContextHolder.clearContext();

        UI.getCurrent().navigate("visit/" + "x".repeat(43));

        assertThat(message()).startsWith("This link cannot be used.");
        assertThat(find(ObservationEntry.class).all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.sidenav.SideNav.class).all()).isEmpty();
    }
}
