package org.orienta.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.TestUsers;
import org.orienta.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Vaadin's access checks answer from the role-prefix bean, never from a class-path lookup per check
 * (issue 22: such lookups queued request threads on the class loader's lock); what they decide stays the
 * same (AccessMatrixTest holds every route against every role).
 */
@WithUserDetails(TestUsers.TRAINEE)
class RoleChecksTest extends ViewTest {

    @Autowired
    NavigationAccessControl navigationAccessControl;

    private final AtomicInteger prefixLookups = new AtomicInteger();
    private ClassLoader original;

    /**
     * Counts the class-path scans for the role-prefix holder: Vaadin's lookup runs a ServiceLoader on the
     * thread's context class loader, which asks it for the service file of that type.
     */
    @BeforeEach
    void count_prefix_lookups() {
        original = Thread.currentThread().getContextClassLoader();
        var service = "META-INF/services/" + VaadinRolePrefixHolder.class.getName();
        Thread.currentThread().setContextClassLoader(new ClassLoader(original) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                if (name.equals(service)) {
                    prefixLookups.incrementAndGet();
                }
                return super.getResources(name);
            }
        });
    }

    @AfterEach
    void restore() {
        Thread.currentThread().setContextClassLoader(original);
    }

    /** Vaadin's own control, as it was: the counter does see its scan (so a zero below means something). */
    static final class VaadinsOwn extends SpringNavigationAccessControl {

        void checkRoles() {
            getRolesChecker(VaadinRequest.getCurrent()).test("TRAINEE");
        }
    }

    @Test
    void vaadins_own_check_scans_the_class_path_every_time() {
        new VaadinsOwn().checkRoles();
        new VaadinsOwn().checkRoles();

        assertThat(prefixLookups).hasValue(2);
    }

    @Test
    void navigating_checks_access_without_looking_up_the_role_prefix_each_time() {
        UI.getCurrent().navigate("my-training");
        UI.getCurrent().navigate("my-competencies");
        UI.getCurrent().navigate("account");
        UI.getCurrent().navigate("my-training");

        assertThat(navigationAccessControl).isInstanceOf(RoleChecks.NavigationControl.class);
        assertThat(prefixLookups).hasValue(0);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("MyTrainingView");
    }

    @Test
    void a_page_of_another_role_is_still_refused() {
        UI.getCurrent().navigate("people");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("AccessDeniedView");
        assertThat(prefixLookups).hasValue(0);
    }

    @Test
    void the_menu_lists_the_trainees_pages_without_looking_up_the_role_prefix() {
        var paths = MenuConfiguration.getMenuEntries().stream()
                .map(entry -> entry.path())
                .toList();

        assertThat(paths).contains("/my-training").doesNotContain("/people", "/audit");
        assertThat(prefixLookups).hasValue(0);
    }
}
