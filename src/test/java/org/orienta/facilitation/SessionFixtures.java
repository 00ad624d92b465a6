package org.orienta.facilitation;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSource;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.SystemAuthentication;
import org.orienta.people.TraineeRow;

/** The test content with the six bundled activities and the checklists they observe with, and drafts of sessions with the demo organisation's people. */
public final class SessionFixtures {

    private SessionFixtures() {}

    public static void importActivities(ContentService content) {
        var files = new ArrayList<>(ContentSource.folder(Path.of("src/test/resources/content-base")));
        ContentSource.folder(Path.of("content")).stream()
                .filter(f -> f.path().matches("(translations/[a-z]+/)?(activities|checklists)/.*"))
                .forEach(files::add);
        var imported = SystemAuthentication.call(() -> content.importFiles(files));
        if (!imported.imported()) {
            throw new IllegalStateException("activities do not import: " + imported.problems());
        }
    }

    /** The demo trainees with these display names (as a trainer sees them). */
    public static Set<PersonId> people(PeopleService people, String... names) {
        var wanted = Set.of(names);
        return people.trainees().stream()
                .filter(t -> wanted.contains(t.displayName()))
                .map(TraineeRow::id)
                .collect(Collectors.toSet());
    }

    public static PersonId trainer(PeopleService people) {
        return people.trainers().stream()
                .filter(t -> t.displayName().equals("Maya Chen"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A "Yes, and…" session starting within the hour, so attendance can be taken at once. */
    public static SessionDraft yesAndNow(PeopleService people, String... names) {
        return new SessionDraft(
                "live-yes-and",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusMinutes(30),
                "Training room 2",
                trainer(people),
                people(people, names));
    }
}
