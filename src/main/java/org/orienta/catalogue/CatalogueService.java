package org.orienta.catalogue;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.orienta.base.Completeness;
import org.orienta.base.Fingerprint;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.base.ItemHead;
import org.orienta.base.VersionInfo;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.TextUnits;
import org.orienta.base.yaml.YamlSyntaxException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every kind of content and its versions, in one place (docs/decisions/0024). Trainees read published
 * versions; trainers (and the content import) add versions. A version's definition never changes once
 * published, so definitions are cached by (kind, key, version) for as long as the application runs.
 */
@Service
@ForSignedIn
public class CatalogueService {

    private final ContentItemRepository items;
    private final ContentVersionRepository versions;
    private final Clock clock;
    private final Map<String, ContentType<?>> types = new LinkedHashMap<>();
    private final Map<String, Object> definitions = new ConcurrentHashMap<>();
    private final Map<String, Completeness> completeness = new ConcurrentHashMap<>();

    CatalogueService(
            ContentItemRepository items,
            ContentVersionRepository versions,
            Clock clock,
            Collection<ContentType<?>> registered) {
        this.items = items;
        this.versions = versions;
        this.clock = clock;
        for (var type : registered) {
            var other = types.putIfAbsent(type.kind(), type);
            if (other != null) {
                throw new IllegalStateException("two content types claim the kind " + type.kind() + ": "
                        + other.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    /** The registered kinds of content, for code that treats every kind alike. */
    public List<ContentType<?>> types() {
        return List.copyOf(types.values());
    }

    public Optional<ContentType<?>> type(String kind) {
        return Optional.ofNullable(types.get(kind));
    }

    /** The type a definition belongs to, for code that holds definitions of several kinds. */
    public Optional<ContentType<?>> typeOf(Object definition) {
        return types.values().stream()
                .filter(t -> t.definitionType().isInstance(definition))
                .findFirst();
    }

    /** Publishes a definition of any registered kind; see {@link #publish(ContentType, Object)}. */
    @ForTrainers
    @Transactional
    public ImportOutcome publishAny(Object definition) {
        var type = typeOf(definition)
                .orElseThrow(() -> new IllegalArgumentException("not a content definition: " + definition.getClass()));
        return publishAs(type, definition);
    }

    private <D> ImportOutcome publishAs(ContentType<D> type, Object definition) {
        return publish(type, type.definitionType().cast(definition));
    }

    /**
     * Publishes this definition as the item's next version, unless the published version is already
     * exactly this content, in which case nothing is written.
     */
    @ForTrainers
    @Transactional
    public <D> ImportOutcome publish(ContentType<D> type, D definition) {
        var kind = registered(type);
        var key = type.key(definition);
        var body = type.write(definition);
        var fingerprint = Fingerprint.of(body);
        var now = clock.instant();
        var item = items.findByKindAndKey(kind, key).orElseGet(() -> items.save(new ContentItem(kind, key, now)));
        var published = item.publishedVersion();
        if (published != null) {
            var current = versions.findByItemIdAndNumber(item.id(), published).orElseThrow();
            if (current.fingerprint().equals(fingerprint)) {
                return new ImportOutcome(key, published, false);
            }
        }
        int number = item.nextVersion(now);
        var version = new ContentVersion(item.id(), number, body, fingerprint, actor(), now);
        version.publish(now);
        versions.save(version);
        item.published(number, now);
        items.flush();
        return new ImportOutcome(key, number, true);
    }

    /**
     * A text that changes whenever anything in the catalogue does (an item added, versioned, published or
     * archived): how the start-up import tells that no one changed the content since it last ran.
     */
    @ForTrainers
    @Transactional(readOnly = true)
    public String revision() {
        var itemRow = items.countAndVersions().getFirst();
        var versionRow = versions.countAndNewest().getFirst();
        return itemRow[0] + ":" + itemRow[1] + ":" + versionRow[0] + ":" + versionRow[1];
    }

    /** Every item of a kind, archived ones and ones never published too, for the trainers' workspace. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ItemHead> heads(String kind) {
        return items.findByKindOrderByKey(kind).stream()
                .map(i -> new ItemHead(i.key(), i.publishedVersion(), i.latestVersion(), i.archived(), i.updatedAt()))
                .toList();
    }

    /** The version history of one item, oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String kind, String key) {
        return items.findByKindAndKey(kind, key)
                .map(i -> versions.findByItemIdOrderByNumber(i.id()).stream()
                        .map(v ->
                                new VersionInfo(v.number(), v.status(), v.createdBy(), v.createdAt(), v.publishedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** The canonical file text of one version, as the content folder and exports hold it. */
    @ForTrainers
    @Transactional(readOnly = true)
    public Optional<String> source(String kind, String key, int number) {
        return items.findByKindAndKey(kind, key)
                .flatMap(i -> versions.findByItemIdAndNumber(i.id(), number))
                .map(ContentVersion::body);
    }

    /**
     * Archives the item (withdrawn from the catalogue and from new attempts; attempts made keep their
     * version) or brings a published item back.
     */
    @ForTrainers
    @Transactional
    public void setArchived(String kind, String key, boolean archived) {
        var item = items.findByKindAndKey(kind, key)
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + key));
        if (archived) {
            item.archive(clock.instant());
        } else if (item.publishedVersion() != null) {
            item.restore(clock.instant());
        }
    }

    /** Every published, not archived item of a kind, by key. */
    @Transactional(readOnly = true)
    public <D> List<Published<D>> published(ContentType<D> type) {
        var kind = registered(type);
        return items.findByKindAndPublishedVersionNotNullAndArchivedFalseOrderByKey(kind).stream()
                .map(i -> published(type, i))
                .toList();
    }

    /** The published version of an item, if it has one and is not archived. */
    @Transactional(readOnly = true)
    public <D> Optional<Published<D>> published(ContentType<D> type, String key) {
        return items.findByKindAndKey(registered(type), key)
                .filter(i -> i.publishedVersion() != null && !i.archived())
                .map(i -> published(type, i));
    }

    /** A specific version, e.g. the one an attempt started on. */
    @Transactional(readOnly = true)
    public <D> D version(ContentType<D> type, String key, int number) {
        var kind = registered(type);
        @SuppressWarnings("unchecked") // the cache holds only what this kind's type read
        D cached = (D) definitions.get(cacheKey(kind, key, number));
        if (cached != null) {
            return cached;
        }
        var item = items.findByKindAndKey(kind, key)
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + key));
        return definition(type, item, number);
    }

    @Transactional(readOnly = true)
    public int versionCount(String kind, String key) {
        return items.findByKindAndKey(kind, key)
                .map(i -> (int) versions.countByItemId(i.id()))
                .orElse(0);
    }

    private <D> Published<D> published(ContentType<D> type, ContentItem item) {
        var number = item.publishedVersion();
        if (number == null) {
            throw new IllegalStateException(item.key() + " has no published version");
        }
        return new Published<>(item.key(), number, definition(type, item, number));
    }

    @SuppressWarnings("unchecked") // the cache holds only what this kind's type read
    private <D> D definition(ContentType<D> type, ContentItem item, int number) {
        return (D) definitions.computeIfAbsent(cacheKey(item.kind(), item.key(), number), k -> {
            var version = versions.findByItemIdAndNumber(item.id(), number)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no version " + number + " of " + item.kind() + " " + item.key()));
            return parse(type, version.body());
        });
    }

    /**
     * How far an item text (a draft or a version) is translated, per language; kept per text, so a long
     * content list computes each item once until its text changes. Text that does not read counts as
     * nothing to translate.
     */
    @ForTrainers
    public Completeness completeness(String kind, String body) {
        var type = types.get(kind);
        if (type == null || body.isBlank()) {
            return Completeness.of(List.of());
        }
        var fingerprint = kind + "/" + Fingerprint.of(body);
        var known = completeness.get(fingerprint);
        if (known != null) {
            return known;
        }
        Completeness computed;
        try {
            var document = SafeYaml.parse(body);
            var context = new ReadContext();
            type.read(document, context);
            computed = TextUnits.completeness(TextUnits.of(document, context));
        } catch (YamlSyntaxException e) {
            computed = Completeness.of(List.of());
        }
        if (completeness.size() > 5_000) {
            completeness.clear();
        }
        completeness.put(fingerprint, computed);
        return computed;
    }

    /**
     * Reads a stored version back; stored versions were valid when written, so a failure is a bug. The
     * definition keeps only the languages the item is complete in (the version itself keeps them all), so
     * everything that shows it, players, lists, reports and PDFs, shows the whole item in the reader's
     * language or the whole item in English, never a mix (docs/decisions/0029).
     */
    static <D> D parse(ContentType<D> type, String body) {
        var context = new ReadContext();
        try {
            var document = SafeYaml.parse(body);
            var definition = type.read(document, context);
            if (definition == null) {
                throw new IllegalStateException("a stored " + type.kind() + " no longer reads: " + context.problems());
            }
            var complete = TextUnits.onlyComplete(document, context);
            if (complete != null) {
                var shown = type.read(complete, new ReadContext());
                if (shown != null) {
                    return shown;
                }
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException("a stored " + type.kind() + " no longer parses: " + e.problem(), e);
        }
    }

    private String registered(ContentType<?> type) {
        if (types.get(type.kind()) != type) {
            throw new IllegalArgumentException("content type " + type.kind() + " is not the registered one");
        }
        return type.kind();
    }

    private static String cacheKey(String kind, String key, int number) {
        return kind + "/" + key + "@" + number;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
