package org.orienta.authoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The workspace is guarded at the service, not only on its views: method security is on. */
@IntegrationTest
class AuthoringSecurityTest {

    @Autowired
    AuthoringService authoring;

    @Test
    @WithUserDetails(TestUsers.TRAINEE)
    void a_trainee_cannot_read_drafts_publish_or_move_content() {
        assertThatThrownBy(() -> authoring.items()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.open(ContentKind.SCENARIO, "rp-01"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.create(ContentKind.SCENARIO, "rp-x", "X"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.publish(ContentKind.SCENARIO, "rp-01", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.exportZip(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.importZip("x.zip", new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.importGift("q", "Q", "", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(TestUsers.HR)
    void hr_cannot_author_content_either() {
        assertThatThrownBy(() -> authoring.items()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.setArchived(ContentKind.SCENARIO, "rp-01", true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void an_administrator_may_author() {
        org.assertj.core.api.Assertions.assertThat(authoring.items()).isNotEmpty();
    }
}
