package org.orienta.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyService;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.progress.ProgressFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(TestUsers.HR)
class TargetProfilesViewTest extends ViewTest {

    @Autowired
    CompetencyService competencies;

    @Autowired
    PeopleService people;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void framework() {
        ProgressFixtures.importTestContent(content);
    }

    @Test
    void hr_changes_a_target_level_and_it_is_saved_at_once() {
        var view = navigate(TargetProfilesView.class);
        var role = people.jobRoles().stream()
                .filter(r -> r.name().equals("Team lead"))
                .findFirst()
                .orElseThrow();
        test(view.jobRole).selectItem("Team lead");

        @SuppressWarnings("unchecked")
        var co3 = (com.vaadin.flow.component.select.Select<Integer>)
                test(view.grid).getCellComponent(2, 1);
        test(co3).selectItem("WOW / role model");

        assertThat(competencies.targets(role.id()).target(new CompetencyCode("CO3")))
                .isEqualTo(4);
    }

    @Test
    void trainees_cannot_change_targets() {
        var role = people.jobRoles().getFirst();
        SignedIn.as(users, TestUsers.TRAINEE);

        assertThatThrownBy(() -> competencies.setTarget(role.id(), new CompetencyCode("CO1"), 4))
                .isInstanceOf(AccessDeniedException.class);
    }
}
