package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Method security is switched on: the service itself refuses, whatever a view shows or hides. */
@IntegrationTest
class PeopleServiceSecurityTest {

    @Autowired
    PeopleService service;

    private final PersonDraft draft =
            new PersonDraft("mallory", "Mallory", "mallory@example.com", null, null, Set.of(Role.ADMIN));

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void a_trainee_calling_administrator_methods_is_refused() {
        assertThatThrownBy(() -> service.findPeople("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(draft, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(new PersonId(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(new PersonId(1), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(new PersonId(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(new PersonId(1), draft, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.departments()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.jobRoles()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void hr_and_trainers_read_departments_and_job_roles_for_targets_reports_and_assignments() {
        assertThatNoException().isThrownBy(() -> service.jobRoles());
        assertThatNoException().isThrownBy(() -> service.departments());
    }

    @Test
    @WithUserDetails(TestUsers.TRAINER)
    void trainers_and_hr_are_not_administrators_either() {
        assertThatThrownBy(() -> service.findPeople("")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void hr_cannot_manage_people() {
        assertThatThrownBy(() -> service.create(draft, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void everyone_signed_in_reads_their_own_profile() {
        assertThatNoException().isThrownBy(() -> service.myProfile());
    }

    @Test
    void no_one_signed_in_gets_nothing_at_all() {
        assertThatThrownBy(() -> service.myProfile()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.findPeople("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
