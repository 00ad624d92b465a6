package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends ViewTest {

    private List<String> navigation() {
        UI.getCurrent().navigate("account");
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void a_trainee_sees_only_the_trainee_navigation_and_no_team_to_observe_when_managing_no_one() {
        assertThat(navigation()).containsExactly("Home", "My training", "My competencies", "Observed at work");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void a_trainer_sees_the_content_workspace() {
        assertThat(navigation())
                .containsExactly("Home", "Content", "Assignments", "Reviews", "Sessions", "Observations");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void an_administrator_also_sees_people() {
        assertThat(navigation())
                .containsExactly(
                        "Home",
                        "Content",
                        "Assignments",
                        "Reviews",
                        "Sessions",
                        "Observations",
                        "Reports",
                        "Training vs job",
                        "Target profiles",
                        "People",
                        "Organisation",
                        "Mystery shoppers",
                        "Audit trail",
                        "Backups");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void every_page_starts_with_a_skip_link_to_the_main_landmark_that_holds_the_view() {
        UI.getCurrent().navigate("account");

        var layout = find(MainLayout.class).single();
        var skip = find(com.vaadin.flow.component.html.Anchor.class).id("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getHref()).isEqualTo("#main-content");
        var navbar = layout.getElement()
                .getChildren()
                .filter(e -> String.valueOf(e.getAttribute("slot")).startsWith("navbar"))
                .findFirst()
                .orElseThrow();
        assertThat(navbar).isEqualTo(skip.getElement());
        var main = find(com.vaadin.flow.component.html.Main.class).single();
        assertThat(main.getId()).hasValue("main-content");
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(main.getElement().getTextRecursively()).isNotBlank();
        assertThat(layout.getElement().getTextRecursively()).contains("My account");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void the_user_menu_names_the_person_and_their_roles() {
        UI.getCurrent().navigate("account");

        var layout = find(MainLayout.class).single();
        assertThat(layout.getElement().getTextRecursively()).contains("Anna Kowalski");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void every_signed_in_page_holds_the_idle_warning_closed_until_the_browser_opens_it() {
        UI.getCurrent().navigate("account");

        var warning = find(IdleWarning.class).single();
        assertThat(warning.getElement().hasAttribute("hidden")).isTrue();
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alertdialog");
        assertThat(warning.getElement().getTextRecursively())
                .contains("Are you still there?", "Stay signed in", "Sign out now")
                .doesNotContain("idle.warning");
        assertThat(warning.timeout()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(warning.warning()).isEqualTo(java.time.Duration.ofMinutes(2));
    }
}
