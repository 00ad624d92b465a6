package org.orienta.scenario;

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
 * Scenarios and their versions. Trainees read published versions; trainers (and the content import)
 * add versions. A version's definition never changes once published, so definitions are cached by
 * (key, version) for as long as the application runs.
 */
@Service
@ForSignedIn
public class ScenarioService {

    private final ScenarioRepository scenarios;
    private final ScenarioVersionRepository versions;
    private final Clock clock;
    private final Map<String, ScenarioDefinition> definitions = new ConcurrentHashMap<>();

    ScenarioService(ScenarioRepository scenarios, ScenarioVersionRepository versions, Clock clock) {
        this.scenarios = scenarios;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Publishes this definition as the scenario's next version, unless the published version is already
     * exactly this content, in which case nothing is written.
     */
    @ForTrainers
    @Transactional
    public ImportOutcome importPublished(ScenarioDefinition definition) {
        var body = ScenarioYaml.write(definition);
        var fingerprint = Fingerprint.of(body);
        var now = clock.instant();
        var scenario = scenarios
                .findByKey(definition.id())
                .orElseGet(() -> scenarios.save(new Scenario(definition.id(), now)));
        var published = scenario.publishedVersion();
        if (published != null) {
            var current =
                    versions.findByScenarioIdAndNumber(scenario.id(), published).orElseThrow();
            if (current.fingerprint().equals(fingerprint)) {
                return new ImportOutcome(definition.id(), published, false);
            }
        }
        int number = scenario.nextVersion(now);
        var version = new ScenarioVersion(scenario.id(), number, body, fingerprint, actor(), now);
        version.publish(now);
        versions.save(version);
        scenario.published(number, now);
        scenarios.flush();
        return new ImportOutcome(definition.id(), number, true);
    }

    /** Every item, archived ones and ones never published too, for the trainers' workspace. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ItemHead> heads() {
        return scenarios.findAllByOrderByKey().stream()
                .map(i -> new ItemHead(i.key(), i.publishedVersion(), i.latestVersion(), i.archived(), i.updatedAt()))
                .toList();
    }

    /** The version history of one item, oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String key) {
        return scenarios
                .findByKey(key)
                .map(i -> versions.findByScenarioIdOrderByNumber(i.id()).stream()
                        .map(v ->
                                new VersionInfo(v.number(), v.status(), v.createdBy(), v.createdAt(), v.publishedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** The canonical file text of one version, as the content folder and exports hold it. */
    @ForTrainers
    @Transactional(readOnly = true)
    public Optional<String> source(String key, int number) {
        return scenarios
                .findByKey(key)
                .flatMap(i -> versions.findByScenarioIdAndNumber(i.id(), number))
                .map(ScenarioVersion::body);
    }

    /**
     * Archives the item (withdrawn from the catalogue and from new attempts; attempts made keep their
     * version) or brings a published item back.
     */
    @ForTrainers
    @Transactional
    public void setArchived(String key, boolean archived) {
        var item = scenarios.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no item " + key));
        if (archived) {
            item.archive(clock.instant());
        } else if (item.publishedVersion() != null) {
            item.restore(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ScenarioSummary> publishedScenarios() {
        return scenarios.findByPublishedVersionNotNullAndArchivedFalseOrderByKey().stream()
                .map(s -> {
                    int number = s.publishedVersion();
                    var definition = definition(s, number);
                    var competencies = definition.decisions().stream()
                            .flatMap(d -> d.options().stream())
                            .flatMap(o -> o.evidence().stream())
                            .map(e -> e.competency())
                            .collect(java.util.stream.Collectors.toSet());
                    return new ScenarioSummary(
                            s.key(),
                            number,
                            definition.title(),
                            definition.summary(),
                            definition.minutes(),
                            definition.sectors(),
                            definition.decisions().size(),
                            competencies);
                })
                .toList();
    }

    /** The published version of a scenario, if it has one and is not archived. */
    @Transactional(readOnly = true)
    public Optional<PublishedScenario> published(String key) {
        return scenarios
                .findByKey(key)
                .filter(s -> s.publishedVersion() != null && !s.archived())
                .map(s -> new PublishedScenario(s.publishedVersion(), definition(s, s.publishedVersion())));
    }

    /** A specific version, e.g. the one an attempt started on. */
    @Transactional(readOnly = true)
    public ScenarioDefinition version(String key, int number) {
        var cached = definitions.get(key + "@" + number);
        if (cached != null) {
            return cached;
        }
        var scenario = scenarios.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no scenario " + key));
        return definition(scenario, number);
    }

    @Transactional(readOnly = true)
    public int versionCount(String key) {
        return scenarios
                .findByKey(key)
                .map(s -> (int) versions.countByScenarioId(s.id()))
                .orElse(0);
    }

    private ScenarioDefinition definition(Scenario scenario, int number) {
        return definitions.computeIfAbsent(scenario.key() + "@" + number, k -> {
            var version = versions.findByScenarioIdAndNumber(scenario.id(), number)
                    .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + scenario.key()));
            return parse(version.body());
        });
    }

    static ScenarioDefinition parse(String body) {
        var context = new ReadContext();
        try {
            var definition = ScenarioYaml.read(SafeYaml.parse(body), context);
            if (definition == null) {
                throw new IllegalStateException("a stored scenario no longer reads: " + context.problems());
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException("a stored scenario no longer parses: " + e.problem(), e);
        }
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
