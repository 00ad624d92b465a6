package org.orienta.exercise;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.orienta.base.Fingerprint;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.base.ItemHead;
import org.orienta.base.VersionInfo;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercises and their versions. Trainees read published versions; trainers (and the content import)
 * add versions. A version's definition never changes once published, so definitions are cached by
 * (key, version) for as long as the application runs.
 */
@Service
@ForSignedIn
public class ExerciseService {

    private final ExerciseRepository exercises;
    private final ExerciseVersionRepository versions;
    private final Clock clock;
    private final Map<String, ExerciseDefinition> definitions = new ConcurrentHashMap<>();

    ExerciseService(ExerciseRepository exercises, ExerciseVersionRepository versions, Clock clock) {
        this.exercises = exercises;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Publishes this definition as the exercise's next version, unless the published version is already
     * exactly this content, in which case nothing is written.
     */
    @ForTrainers
    @Transactional
    public ImportOutcome importPublished(ExerciseDefinition definition) {
        var body = ExerciseYaml.write(definition);
        var fingerprint = Fingerprint.of(body);
        var now = clock.instant();
        var exercise = exercises
                .findByKey(definition.id())
                .orElseGet(() -> exercises.save(new Exercise(definition.id(), now)));
        var published = exercise.publishedVersion();
        if (published != null) {
            var current =
                    versions.findByExerciseIdAndNumber(exercise.id(), published).orElseThrow();
            if (current.fingerprint().equals(fingerprint)) {
                return new ImportOutcome(definition.id(), published, false);
            }
        }
        int number = exercise.nextVersion(now);
        var version = new ExerciseVersion(exercise.id(), number, body, fingerprint, actor(), now);
        version.publish(now);
        versions.save(version);
        exercise.published(number, now);
        exercises.flush();
        return new ImportOutcome(definition.id(), number, true);
    }

    /** Every item, archived ones and ones never published too, for the trainers' workspace. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ItemHead> heads() {
        return exercises.findAllByOrderByKey().stream()
                .map(i -> new ItemHead(i.key(), i.publishedVersion(), i.latestVersion(), i.archived(), i.updatedAt()))
                .toList();
    }

    /** The version history of one item, oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String key) {
        return exercises
                .findByKey(key)
                .map(i -> versions.findByExerciseIdOrderByNumber(i.id()).stream()
                        .map(v ->
                                new VersionInfo(v.number(), v.status(), v.createdBy(), v.createdAt(), v.publishedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** The canonical file text of one version, as the content folder and exports hold it. */
    @ForTrainers
    @Transactional(readOnly = true)
    public Optional<String> source(String key, int number) {
        return exercises
                .findByKey(key)
                .flatMap(i -> versions.findByExerciseIdAndNumber(i.id(), number))
                .map(ExerciseVersion::body);
    }

    /**
     * Archives the item (withdrawn from the catalogue and from new attempts; attempts made keep their
     * version) or brings a published item back.
     */
    @ForTrainers
    @Transactional
    public void setArchived(String key, boolean archived) {
        var item = exercises.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no item " + key));
        if (archived) {
            item.archive(clock.instant());
        } else if (item.publishedVersion() != null) {
            item.restore(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ExerciseSummary> publishedExercises() {
        return exercises.findByPublishedVersionNotNullAndArchivedFalseOrderByKey().stream()
                .map(e -> {
                    int number = e.publishedVersion();
                    var definition = definition(e, number);
                    return new ExerciseSummary(
                            e.key(),
                            number,
                            definition.type(),
                            definition.title(),
                            definition.minutes(),
                            definition.evidence());
                })
                .toList();
    }

    /** The published version of an exercise, if it has one and is not archived. */
    @Transactional(readOnly = true)
    public Optional<PublishedExercise> published(String key) {
        return exercises
                .findByKey(key)
                .filter(e -> e.publishedVersion() != null && !e.archived())
                .map(e -> new PublishedExercise(e.publishedVersion(), definition(e, e.publishedVersion())));
    }

    /** A specific version, e.g. the one an attempt started on. */
    @Transactional(readOnly = true)
    public ExerciseDefinition version(String key, int number) {
        var cached = definitions.get(key + "@" + number);
        if (cached != null) {
            return cached;
        }
        var exercise = exercises.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no exercise " + key));
        return definition(exercise, number);
    }

    @Transactional(readOnly = true)
    public int versionCount(String key) {
        return exercises
                .findByKey(key)
                .map(e -> (int) versions.countByExerciseId(e.id()))
                .orElse(0);
    }

    private ExerciseDefinition definition(Exercise exercise, int number) {
        return definitions.computeIfAbsent(exercise.key() + "@" + number, k -> {
            var version = versions.findByExerciseIdAndNumber(exercise.id(), number)
                    .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + exercise.key()));
            return parse(version.body());
        });
    }

    static ExerciseDefinition parse(String body) {
        var context = new ReadContext();
        try {
            var definition = ExerciseYaml.read(SafeYaml.parse(body), context);
            if (definition == null) {
                throw new IllegalStateException("a stored exercise no longer reads: " + context.problems());
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException("a stored exercise no longer parses: " + e.problem(), e);
        }
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
