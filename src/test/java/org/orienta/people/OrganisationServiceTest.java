package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.InvalidInputException;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.ADMIN)
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;

    @Autowired
    CompetencyService competencies;

    @Autowired
    org.orienta.content.ContentService content;

    private static void assertProblem(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo(key));
    }

    @Test
    void departments_nest_and_are_listed_in_tree_order_with_their_path() {
        var stores = organisation.createDepartment("Stores", null);
        var north = organisation.createDepartment("North", stores);
        organisation.createDepartment("Harbour Street", north);

        var rows = organisation.departments();
        var names = rows.stream().map(OrganisationService.DepartmentRow::path).toList();
        assertThat(names).containsSubsequence("Stores", "Stores › North", "Stores › North › Harbour Street");
        assertThat(rows.stream()
                        .filter(r -> r.name().equals("Harbour Street"))
                        .findFirst()
                        .orElseThrow()
                        .depth())
                .isEqualTo(2);
    }

    @Test
    void a_department_cannot_move_inside_itself_or_its_own_sub_department() {
        var stores = organisation.createDepartment("Stores", null);
        var north = organisation.createDepartment("North", stores);

        assertProblem(() -> organisation.updateDepartment(stores, "Stores", north), "organisation.department.cycle");
        assertProblem(() -> organisation.updateDepartment(stores, "Stores", stores), "organisation.department.cycle");
    }

    @Test
    void a_department_in_use_is_not_removed_and_an_empty_one_is() {
        var retail = organisation.departments().stream()
                .filter(d -> d.name().equals("Retail"))
                .findFirst()
                .orElseThrow();
        assertProblem(() -> organisation.deleteDepartment(retail.id()), "organisation.department.hasPeople");
        var parent = organisation.createDepartment("Parent", null);
        organisation.createDepartment("Child", parent);
        assertProblem(() -> organisation.deleteDepartment(parent), "organisation.department.hasChildren");

        var empty = organisation.createDepartment("Empty", null);
        organisation.deleteDepartment(empty);

        assertThat(organisation.departments()).noneMatch(d -> d.name().equals("Empty"));
    }

    @Test
    void names_are_required_and_unique() {
        assertProblem(() -> organisation.createDepartment("  ", null), "organisation.name.required");
        assertProblem(() -> organisation.createDepartment("Retail", null), "organisation.name.taken");
        assertProblem(() -> organisation.createJobRole("x".repeat(101)), "organisation.name.length");
    }

    @Test
    void removing_a_job_role_nobody_has_removes_its_targets_too() {
        org.orienta.progress.ProgressFixtures.importTestContent(content);
        var role = organisation.createJobRole("Night auditor");
        competencies.setTarget(role, new CompetencyCode("CO2"), 4);
        assertThat(competencies.hasTargets(role)).isTrue();

        organisation.deleteJobRole(role);

        assertThat(organisation.jobRoles()).noneMatch(r -> r.name().equals("Night auditor"));
        assertThat(competencies.hasTargets(role)).isFalse();
    }

    @Test
    void a_job_role_somebody_has_is_not_removed() {
        var used = organisation.jobRoles().stream()
                .filter(r -> r.people() > 0)
                .findFirst()
                .orElseThrow();

        assertProblem(() -> organisation.deleteJobRole(used.id()), "organisation.jobRole.hasPeople");
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void only_an_administrator_changes_the_organisation() {
        assertThatThrownBy(() -> organisation.createDepartment("Shadow", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(organisation::jobRoles).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_sets_the_default_language_and_can_go_back_to_each_browsers() {
        assertThat(organisation.defaultLanguage()).isEmpty();

        organisation.changeDefaultLanguage(Locale.forLanguageTag("hr-HR"));
        assertThat(organisation.defaultLanguage()).contains(Locale.forLanguageTag("hr"));
        organisation.changeDefaultLanguage(Locale.forLanguageTag("th"));
        assertThat(organisation.defaultLanguage()).contains(Locale.forLanguageTag("th"));

        organisation.changeDefaultLanguage(null);
        assertThat(organisation.defaultLanguage()).isEmpty();
    }

    @Test
    void a_language_orienta_does_not_have_is_refused_as_the_default() {
        assertProblem(() -> organisation.changeDefaultLanguage(Locale.GERMAN), "account.language.unsupported");
    }

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void only_administrators_change_the_default_language_but_anyone_reads_it() {
        assertThatThrownBy(() -> organisation.changeDefaultLanguage(Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisation.defaultLanguage()).isEmpty();
    }
}
