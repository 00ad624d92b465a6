package org.orienta.observation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.orienta.SignedIn;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.PersonId;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What observation tests start from: the test content with the bundled checklists, Chloé managing Anna
 * and Ben (Retail), and an external observer "mystery" assigned the Retail branch.
 */
public final class ObservationFixtures {

    public static final String MANAGER = "chloe";
    public static final String OBSERVER = "mystery";
    public static final String OBSERVER_PASSWORD = "a new long passphrase for visits";
    private static final String ONE_TIME_PASSWORD = "a long initial phrase";

    private ObservationFixtures() {}

    public static void setUp(
            ContentService content, PeopleService people, ObservationService observations, UserDetailsService users) {
        var files = new ArrayList<>(ContentSource.folder(Path.of("src/test/resources/content-base")));
        files.addAll(ContentSource.folder(Path.of("content")).stream()
                .filter(f -> f.path().startsWith("checklists/"))
                .toList());
        SystemAuthentication.call(() -> {
            var imported = content.importFiles(files);
            if (!imported.imported()) {
                throw new IllegalStateException("test content does not import: " + imported.problems());
            }
            var manager = id(people, MANAGER);
            for (var report : List.of("anna", "ben")) {
                var id = id(people, report);
                var details = people.get(id);
                var d = details.draft();
                people.update(
                        id,
                        new PersonDraft(
                                d.username(),
                                d.displayName(),
                                d.email(),
                                d.departmentId(),
                                d.jobRoleId(),
                                d.roles(),
                                manager),
                        details.version());
            }
            createObserver(people, users);
            observations.assign(
                    id(people, OBSERVER), List.of(department(people, "Retail").id()), List.of());
            return null;
        });
    }

    /**
     * The external observer account alone, with nothing assigned yet, its one-time password already
     * replaced by {@link #OBSERVER_PASSWORD} (until then every page would lead to the account page).
     */
    public static PersonId createObserver(PeopleService people, UserDetailsService users) {
        var id = SystemAuthentication.call(() -> people.create(
                        new PersonDraft(
                                OBSERVER,
                                "Mo Mystery",
                                "mo.mystery@example.com",
                                null,
                                null,
                                EnumSet.of(Role.OBSERVER)),
                        ONE_TIME_PASSWORD)
                .id());
        SignedIn.callAs(users, OBSERVER, () -> {
            people.changeMyPassword(ONE_TIME_PASSWORD, OBSERVER_PASSWORD);
            return null;
        });
        return id;
    }

    /**
     * Forgets the unknown visit links tried so far: the throttle is one bean for every test in the JVM,
     * and the tests that open unknown links on purpose would otherwise slow down later ones.
     */
    public static void forgetLinkGuesses(org.springframework.context.ApplicationContext context) {
        context.getBean(VisitLinkThrottle.class).clear();
    }

    public static PersonId id(PeopleService people, String username) {
        return SystemAuthentication.call(() -> people.findPeople(username).stream()
                .filter(p -> p.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id());
    }

    public static DepartmentOption department(PeopleService people, String name) {
        return SystemAuthentication.call(() -> people.departments().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow());
    }
}
