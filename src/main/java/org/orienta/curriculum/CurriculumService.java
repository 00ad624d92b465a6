package org.orienta.curriculum;

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

/** Training modules and their versions: the catalogue trainees choose from and trainers assign. */
@Service
@ForSignedIn
public class CurriculumService {

    private final TrainingModuleRepository modules;
    private final TrainingModuleVersionRepository versions;
    private final Clock clock;
    private final Map<String, ModuleDefinition> definitions = new ConcurrentHashMap<>();

    CurriculumService(TrainingModuleRepository modules, TrainingModuleVersionRepository versions, Clock clock) {
        this.modules = modules;
        this.versions = versions;
        this.clock = clock;
    }

    /** Publishes this definition as the module's next version, unless it is exactly the published one. */
    @ForTrainers
    @Transactional
    public ImportOutcome importPublished(ModuleDefinition definition) {
        var body = ModuleYaml.write(definition);
        var fingerprint = Fingerprint.of(body);
        var now = clock.instant();
        var module = modules.findByKey(definition.id())
                .orElseGet(() -> modules.save(new TrainingModule(definition.id(), now)));
        var published = module.publishedVersion();
        if (published != null) {
            var current =
                    versions.findByModuleIdAndNumber(module.id(), published).orElseThrow();
            if (current.fingerprint().equals(fingerprint)) {
                return new ImportOutcome(definition.id(), published, false);
            }
        }
        int number = module.nextVersion(now);
        var version = new TrainingModuleVersion(module.id(), number, body, fingerprint, actor(), now);
        version.publish(now);
        versions.save(version);
        module.published(number, now);
        modules.flush();
        return new ImportOutcome(definition.id(), number, true);
    }

    /** Every item, archived ones and ones never published too, for the trainers' workspace. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ItemHead> heads() {
        return modules.findAllByOrderByKey().stream()
                .map(i -> new ItemHead(i.key(), i.publishedVersion(), i.latestVersion(), i.archived(), i.updatedAt()))
                .toList();
    }

    /** The version history of one item, oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String key) {
        return modules.findByKey(key)
                .map(i -> versions.findByModuleIdOrderByNumber(i.id()).stream()
                        .map(v ->
                                new VersionInfo(v.number(), v.status(), v.createdBy(), v.createdAt(), v.publishedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** The canonical file text of one version, as the content folder and exports hold it. */
    @ForTrainers
    @Transactional(readOnly = true)
    public Optional<String> source(String key, int number) {
        return modules.findByKey(key)
                .flatMap(i -> versions.findByModuleIdAndNumber(i.id(), number))
                .map(TrainingModuleVersion::body);
    }

    /**
     * Archives the item (withdrawn from the catalogue and from new attempts; attempts made keep their
     * version) or brings a published item back.
     */
    @ForTrainers
    @Transactional
    public void setArchived(String key, boolean archived) {
        var item = modules.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no item " + key));
        if (archived) {
            item.archive(clock.instant());
        } else if (item.publishedVersion() != null) {
            item.restore(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<ModuleSummary> publishedModules() {
        return modules.findByPublishedVersionNotNullAndArchivedFalseOrderByKey().stream()
                .map(m -> new ModuleSummary(m.key(), m.publishedVersion(), definition(m, m.publishedVersion())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedModule> published(String key) {
        return modules.findByKey(key)
                .filter(m -> m.publishedVersion() != null && !m.archived())
                .map(m -> new PublishedModule(m.publishedVersion(), definition(m, m.publishedVersion())));
    }

    @Transactional(readOnly = true)
    public ModuleDefinition version(String key, int number) {
        var cached = definitions.get(key + "@" + number);
        if (cached != null) {
            return cached;
        }
        var module = modules.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no module " + key));
        return definition(module, number);
    }

    @Transactional(readOnly = true)
    public int versionCount(String key) {
        return modules.findByKey(key)
                .map(m -> (int) versions.countByModuleId(m.id()))
                .orElse(0);
    }

    private ModuleDefinition definition(TrainingModule module, int number) {
        return definitions.computeIfAbsent(module.key() + "@" + number, k -> {
            var version = versions.findByModuleIdAndNumber(module.id(), number)
                    .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + module.key()));
            var context = new ReadContext();
            try {
                var definition = ModuleYaml.read(SafeYaml.parse(version.body()), context);
                if (definition == null) {
                    throw new IllegalStateException("a stored module no longer reads: " + context.problems());
                }
                return definition;
            } catch (YamlSyntaxException e) {
                throw new IllegalStateException("a stored module no longer parses: " + e.problem(), e);
            }
        });
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
