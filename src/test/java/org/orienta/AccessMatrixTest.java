package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Which roles can open which page: every route of the application, opened by someone of every role
 * (and by no one), against the table below. A new route without a row in the table fails the test.
 */
class AccessMatrixTest extends ViewTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String EVERYONE_SIGNED_IN = "signed-in";
    /** Signed in or not: a page whose address itself is the credential (a single-use visit link). */
    private static final String ANYONE = "anyone";

    /**
     * Who may open each route: roles, {@value #EVERYONE_SIGNED_IN}, {@value #ANONYMOUS} (only someone not
     * signed in) or {@value #ANYONE}.
     */
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("login", Set.of(ANONYMOUS)),
            Map.entry("visit/:token", Set.of(ANYONE)),
            Map.entry("", Set.of(EVERYONE_SIGNED_IN)),
            Map.entry("account", Set.of(EVERYONE_SIGNED_IN)),
            Map.entry("my-data", Set.of(EVERYONE_SIGNED_IN)),
            Map.entry("people", Set.of("ADMIN")),
            Map.entry("organisation", Set.of("ADMIN")),
            Map.entry("my-training", Set.of("TRAINEE")),
            Map.entry("my-training/:key", Set.of("TRAINEE")),
            Map.entry("attempt/:id", Set.of("TRAINEE")),
            Map.entry("my-competencies", Set.of("TRAINEE")),
            Map.entry("targets", Set.of("HR", "ADMIN")),
            Map.entry("reports", Set.of("HR", "ADMIN")),
            Map.entry("reports/departments/:id", Set.of("HR", "ADMIN")),
            Map.entry("reports/people/:id", Set.of("HR", "ADMIN")),
            Map.entry("audit", Set.of("ADMIN")),
            Map.entry("operations", Set.of("ADMIN")),
            Map.entry("content", Set.of("TRAINER", "ADMIN")),
            Map.entry("content/questions", Set.of("TRAINER", "ADMIN")),
            Map.entry("assignments", Set.of("TRAINER", "ADMIN")),
            Map.entry("sessions", Set.of("TRAINER", "ADMIN")),
            Map.entry("sessions/:id", Set.of("TRAINER", "ADMIN")),
            Map.entry("analytics/:kind/:key", Set.of("TRAINER", "ADMIN")),
            Map.entry("reviews", Set.of("TRAINER", "ADMIN")),
            Map.entry("reviews/:attempt", Set.of("TRAINER", "ADMIN")),
            Map.entry("trainer", Set.of("TRAINER", "ADMIN")),
            Map.entry("content/:kind/:key", Set.of("TRAINER", "ADMIN")),
            Map.entry("my-observations", Set.of("TRAINEE")),
            Map.entry("my-team", Set.of("TRAINEE", "TRAINER", "HR", "ADMIN")),
            Map.entry("visits", Set.of("OBSERVER")),
            Map.entry("observations", Set.of("TRAINER", "ADMIN")),
            Map.entry("observers", Set.of("ADMIN")),
            Map.entry("reports/observations", Set.of("HR", "ADMIN")));

    /** Addresses to open for routes with parameters; a missing item is fine, a refusal is what counts. */
    private static final Map<String, String> SAMPLES = Map.of(
            "my-training/:key",
            "my-training/foundations",
            "attempt/:id",
            "attempt/1",
            "content/:kind/:key",
            "content/framework/framework",
            "reviews/:attempt",
            "reviews/1",
            "analytics/:kind/:key",
            "analytics/quiz/missing",
            "reports/departments/:id",
            "reports/departments/1",
            "reports/people/:id",
            "reports/people/1",
            "sessions/:id",
            "sessions/1",
            "visit/:token",
            "visit/no-such-link");

    /** One person per role, plus no one at all. */
    private static final Map<String, String> VISITORS = new LinkedHashMap<>(Map.of(
            "TRAINEE",
            TestUsers.TRAINEE,
            "TRAINER",
            TestUsers.TRAINER,
            "HR",
            TestUsers.HR,
            "ADMIN",
            TestUsers.ADMIN,
            "OBSERVER",
            org.orienta.observation.ObservationFixtures.OBSERVER));

    @Autowired
    UserDetailsService users;

    @Autowired
    org.orienta.people.PeopleService people;

    /** An external mystery shopper, the one role no demo account has. */
    @org.junit.jupiter.api.BeforeEach
    void observer() {
        org.orienta.observation.ObservationFixtures.createObserver(people, users);
    }

    @Test
    void a_mystery_shopper_opens_the_visit_form_and_nothing_of_anyone_else() {
        assertThat(open("", "OBSERVER")).isEqualTo("VisitView");
        assertThat(open("my-training", "OBSERVER")).isEqualTo("AccessDeniedView");
        assertThat(open("my-team", "OBSERVER")).isEqualTo("AccessDeniedView");
        assertThat(open("reports", "OBSERVER")).isEqualTo("AccessDeniedView");
    }

    @Test
    void every_route_has_an_expected_access_row() {
        var routes = new TreeSet<String>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate());
        }
        assertThat(routes).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void each_role_opens_exactly_the_routes_the_table_allows() {
        var actual = new TreeMap<String, Set<String>>();
        var expected = new TreeMap<String, Set<String>>();
        for (String route : EXPECTED.keySet()) {
            for (String visitor : visitors()) {
                var shown = open(route, visitor);
                // A page that fails while opening would otherwise pass for "opened".
                assertThat(shown).as(route + " opened by " + visitor).isNotEqualTo("InternalErrorView");
                if (opened(route, shown, visitor)) {
                    actual.computeIfAbsent(route, r -> new TreeSet<>()).add(visitor);
                }
                if (allowed(route, visitor)) {
                    expected.computeIfAbsent(route, r -> new TreeSet<>()).add(visitor);
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void a_visit_link_opens_without_signing_in_and_shows_nothing_of_the_application() {
        assertThat(open("visit/no-such-link", ANONYMOUS)).isEqualTo("VisitLinkView");
        assertThat(open("visits", ANONYMOUS)).isEqualTo("LoginView");
        assertThat(open("observers", ANONYMOUS)).isEqualTo("LoginView");
    }

    @Test
    void a_trainee_typing_the_people_address_sees_access_denied() {
        assertThat(open("people", "TRAINEE")).isEqualTo("AccessDeniedView");
    }

    @Test
    void someone_not_signed_in_stays_on_the_sign_in_page() {
        assertThat(open("people", ANONYMOUS)).isEqualTo("LoginView");
        assertThat(open("", ANONYMOUS)).isEqualTo("LoginView");
    }

    /**
     * Opens a route as a visitor, starting from the sign-in page so that a refused navigation cannot
     * leave an earlier visitor's page on screen; returns the simple name of the view shown.
     */
    private String open(String route, String visitor) {
        signInAs(ANONYMOUS);
        UI.getCurrent().navigate("login");
        signInAs(visitor);
        UI.getCurrent().navigate(SAMPLES.getOrDefault(route, route));
        return getCurrentView().getClass().getSimpleName();
    }

    private List<String> visitors() {
        var all = new java.util.ArrayList<>(VISITORS.keySet());
        all.add(ANONYMOUS);
        return all;
    }

    /** Past access control: any view but the sign-in page and "access denied" ("not found" included). */
    private static boolean opened(String route, String shownView, String visitor) {
        if (route.equals("login")) {
            return shownView.equals("LoginView");
        }
        return !shownView.equals("LoginView") && !shownView.equals("AccessDeniedView");
    }

    private static boolean allowed(String route, String visitor) {
        var who = EXPECTED.get(route);
        if (who.contains(ANYONE)) {
            return true;
        }
        if (who.contains(ANONYMOUS)) {
            return visitor.equals(ANONYMOUS);
        }
        return !visitor.equals(ANONYMOUS) && (who.contains(EVERYONE_SIGNED_IN) || who.contains(visitor));
    }

    private void signInAs(String visitor) {
        if (visitor.equals(ANONYMOUS)) {
            SecurityContextHolder.clearContext();
            return;
        }
        var person = users.loadUserByUsername(VISITORS.get(visitor));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
