package org.orienta.authoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.Completeness;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.Fingerprint;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemHead;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.base.VersionInfo;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.ContentType;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.checklist.ChecklistYaml;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.CompetencyService;
import org.orienta.competency.Evidence;
import org.orienta.competency.FrameworkYaml;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentImport;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentService;
import org.orienta.content.ContentSet;
import org.orienta.content.ContentTranslations;
import org.orienta.content.ContentZip;
import org.orienta.content.Xliff;
import org.orienta.curriculum.CurriculumService;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.curriculum.ModuleYaml;
import org.orienta.exercise.ExerciseService;
import org.orienta.exercise.ExerciseYaml;
import org.orienta.integrity.AuditWarning;
import org.orienta.integrity.IntegrityAudit;
import org.orienta.integrity.ItemAudit;
import org.orienta.quiz.Gift;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizFeedback;
import org.orienta.quiz.QuizService;
import org.orienta.quiz.QuizYaml;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioService;
import org.orienta.scenario.ScenarioYaml;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainers' workspace behind every editor. A draft is the item's file text (so what a trainer
 * edits in the browser is exactly what git would hold); it is checked with the importer's rules on
 * every change, and publishing turns it into the next immutable version through the same import path
 * as files, so the browser and the content folder can never disagree about what is valid.
 */
@Service
@ForTrainers
public class AuthoringService {

    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(?:\\n\\s+en:\\s*)?(.+)$");

    private final ContentDraftRepository drafts;
    private final ContentService content;
    private final CompetencyService competencies;
    private final ScenarioService scenarios;
    private final ExerciseService exercises;
    private final QuizService quizzes;
    private final CurriculumService curriculum;
    private final CatalogueService catalogue;
    private final AuditService audit;
    private final Clock clock;

    AuthoringService(
            ContentDraftRepository drafts,
            ContentService content,
            CompetencyService competencies,
            ScenarioService scenarios,
            ExerciseService exercises,
            QuizService quizzes,
            CurriculumService curriculum,
            CatalogueService catalogue,
            AuditService audit,
            Clock clock) {
        this.drafts = drafts;
        this.content = content;
        this.competencies = competencies;
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.quizzes = quizzes;
        this.curriculum = curriculum;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    private static final Completeness NOTHING_TO_TRANSLATE = Completeness.of(List.of());

    /** Everything a trainer can edit: published, archived and never-published items, framework first. */
    @Transactional(readOnly = true)
    public List<ItemRow> items() {
        var draftsByItem = new HashMap<String, ContentDraft>();
        drafts.findAll().forEach(d -> draftsByItem.put(d.kind() + "/" + d.key(), d));
        var rows = new ArrayList<ItemRow>();
        var frameworkDraft = draftsByItem.remove(ContentKind.FRAMEWORK + "/" + ContentKind.FRAMEWORK_KEY);
        rows.add(new ItemRow(
                ContentKind.FRAMEWORK,
                ContentKind.FRAMEWORK_KEY,
                "Competency framework",
                1,
                false,
                frameworkDraft != null,
                frameworkDraft == null ? null : frameworkDraft.updatedBy(),
                frameworkDraft == null ? clock.instant() : frameworkDraft.updatedAt(),
                0,
                NOTHING_TO_TRANSLATE));
        for (ContentKind kind : ContentKind.ITEMS) {
            for (ItemHead head : heads(kind)) {
                var draft = draftsByItem.remove(kind + "/" + head.key());
                var body = draft != null
                        ? draft.body()
                        : head.publishedVersion() != null ? source(kind, head.key(), head.publishedVersion()) : "";
                rows.add(new ItemRow(
                        kind,
                        head.key(),
                        titleOf(body, head.key()),
                        head.publishedVersion(),
                        head.archived(),
                        draft != null,
                        draft == null ? null : draft.updatedBy(),
                        draft == null ? head.updatedAt() : draft.updatedAt(),
                        warningCount(kind, head.key(), body),
                        catalogue.completeness(kind.name(), body)));
            }
        }
        draftsByItem.values().stream()
                .sorted(Comparator.comparing(ContentDraft::kind).thenComparing(ContentDraft::key))
                .forEach(d -> rows.add(new ItemRow(
                        d.kind(),
                        d.key(),
                        titleOf(d.body(), d.key()),
                        null,
                        false,
                        true,
                        d.updatedBy(),
                        d.updatedAt(),
                        warningCount(d.kind(), d.key(), d.body()),
                        catalogue.completeness(d.kind().name(), d.body()))));
        return rows;
    }

    /**
     * Every saved draft with what it still needs (the importer's problems, the integrity audit's warnings),
     * those needing the most work first: the trainer's "fix these before publishing" list.
     */
    @Transactional(readOnly = true)
    public List<DraftState> drafts() {
        return drafts.findAll().stream()
                .map(d -> new DraftState(
                        d.kind(),
                        d.key(),
                        titleOf(d.body(), d.key()),
                        check(d.kind(), d.key(), d.body()).size(),
                        warningCount(d.kind(), d.key(), d.body()),
                        d.updatedBy(),
                        d.updatedAt()))
                .sorted(Comparator.comparing((DraftState d) -> d.problems() + d.warnings())
                        .reversed()
                        .thenComparing(DraftState::updatedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** The versions published most recently across every kind, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<RecentPublication> recentlyPublished(int limit) {
        var recent = new ArrayList<RecentPublication>();
        for (ContentKind kind : ContentKind.ITEMS) {
            for (ItemHead head : heads(kind)) {
                if (head.publishedVersion() == null || head.archived()) {
                    continue;
                }
                catalogue.versions(kind.name(), head.key()).stream()
                        .filter(v -> v.number() == head.publishedVersion() && v.publishedAt() != null)
                        .findFirst()
                        .ifPresent(v -> recent.add(new RecentPublication(
                                kind, head.key(), head.key(), v.number(), v.createdBy(), v.publishedAt())));
            }
        }
        return recent.stream()
                .sorted(Comparator.comparing(RecentPublication::publishedAt)
                        .reversed()
                        .thenComparing(RecentPublication::key))
                .limit(limit)
                // Titles are read for the few shown only: each is a version's file text.
                .map(r -> new RecentPublication(
                        r.kind(),
                        r.key(),
                        titleOf(source(r.kind(), r.key(), r.version()), r.key()),
                        r.version(),
                        r.publishedBy(),
                        r.publishedAt()))
                .toList();
    }

    /**
     * The draft of an item: the saved one if there is one, else a fresh copy of the published version
     * that is saved only when first changed.
     */
    @Transactional(readOnly = true)
    public Draft open(ContentKind kind, String key) {
        var saved = drafts.findByKindAndKey(kind, key);
        if (saved.isPresent()) {
            return toDraft(saved.get());
        }
        var published = publishedVersion(kind, key)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("key", "authoring.noSuchItem", key)));
        return new Draft(kind, key, source(kind, key, published), published, Draft.NEW, null, null);
    }

    /** Starts a new item from the smallest valid content of its kind. */
    @Transactional
    public Draft create(ContentKind kind, String key, String title) {
        if (!Fields.ID.matcher(key).matches() || key.length() > 64) {
            throw new InvalidInputException(FieldProblem.of("key", "authoring.badKey", key));
        }
        if (title.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("title", "authoring.titleRequired"));
        }
        var invisible = org.orienta.base.VisibleText.invisible(title.strip());
        if (invisible.isPresent()) {
            throw new InvalidInputException(FieldProblem.of(
                    "title", "text.invisible", "title", org.orienta.base.VisibleText.describe(invisible.getAsInt())));
        }
        if (kind == ContentKind.FRAMEWORK) {
            throw new InvalidInputException(FieldProblem.of("kind", "authoring.frameworkIsEdited"));
        }
        if (exists(kind, key)) {
            throw new InvalidInputException(FieldProblem.of("key", "authoring.keyTaken", key));
        }
        var draft = drafts.saveAndFlush(
                new ContentDraft(kind, key, Templates.of(kind, key, title.strip()), null, actor(), clock.instant()));
        return toDraft(draft);
    }

    /**
     * Saves a draft. {@code lock} must be the lock of the draft the editor started from: if someone
     * saved meanwhile, the save is refused with {@link ConcurrentEditException} and nothing changes.
     */
    @Transactional
    public Draft save(ContentKind kind, String key, String body, long lock) {
        if (body.length() > ContentReader.MAX_FILE_BYTES) {
            throw new InvalidInputException(
                    FieldProblem.of("body", "content.fileTooLarge", ContentReader.MAX_FILE_BYTES));
        }
        var existing = drafts.findByKindAndKey(kind, key);
        ContentDraft draft;
        if (existing.isPresent()) {
            draft = existing.get();
            if (draft.version() != lock) {
                throw new ConcurrentEditException(kind.path(key));
            }
            draft.edit(body, actor(), clock.instant());
        } else {
            if (lock != Draft.NEW) {
                // The draft this editor saw was published or discarded by someone else meanwhile.
                throw new ConcurrentEditException(kind.path(key));
            }
            var published = publishedVersion(kind, key)
                    .orElseThrow(() -> new InvalidInputException(FieldProblem.of("key", "authoring.noSuchItem", key)));
            draft = new ContentDraft(kind, key, body, published, actor(), clock.instant());
        }
        try {
            return toDraft(drafts.saveAndFlush(draft));
        } catch (org.springframework.dao.OptimisticLockingFailureException
                | org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConcurrentEditException(kind.path(key));
        }
    }

    /** Throws the draft away; the published version (if any) stays as it was. */
    @Transactional
    public void discard(ContentKind kind, String key, long lock) {
        var draft = drafts.findByKindAndKey(kind, key).orElse(null);
        if (draft == null) {
            return;
        }
        if (draft.version() != lock) {
            throw new ConcurrentEditException(kind.path(key));
        }
        drafts.delete(draft);
        drafts.flush();
    }

    /** Every problem the importer would report for this text, with line, column and the field it concerns. */
    @Transactional(readOnly = true)
    public List<ContentProblem> check(ContentKind kind, String key, String body) {
        var problems = new ArrayList<>(
                ContentReader.read(catalogue.types(), List.of(ContentFile.of(kind.path(key), body)), known(kind, key))
                        .problems());
        if (problems.isEmpty()) {
            // Only a text that reads is looked at for what is left of its template: the problems come first.
            problems.addAll(Templates.untouched(kind, key, body));
        }
        return List.copyOf(problems);
    }

    /** A problem that is template text left as it was: the text reads, but is not yet the trainer's own. */
    public static boolean isPlaceholder(ContentProblem problem) {
        return problem.messageKey().startsWith(Templates.PLACEHOLDER);
    }

    /**
     * The assessment-integrity warnings of a draft's text (role-plays and quizzes; nothing for other kinds
     * or for a text with problems, which the problems cover).
     */
    public List<AuditWarning> warnings(ContentKind kind, String key, String body) {
        return IntegrityAudit.warnings(kind.path(key), body);
    }

    /** The full audit of a draft's text, naive strategies played through the engine (takes a moment). */
    public Optional<ItemAudit> audit(ContentKind kind, String key, String body) {
        return IntegrityAudit.audit(kind.path(key), body);
    }

    private static int warningCount(ContentKind kind, String key, String body) {
        return kind == ContentKind.SCENARIO || kind == ContentKind.QUIZ
                ? IntegrityAudit.warnings(kind.path(key), body).size()
                : 0;
    }

    /** The scenario a draft describes, if it reads, for the graph and for "play from here". */
    public Optional<ScenarioDefinition> readScenario(String body) {
        try {
            var context = new ReadContext();
            return Optional.ofNullable(ScenarioYaml.read(SafeYaml.parse(body), context));
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The canonical file text of a scenario, for the structured editor that changes it node by node. */
    public String write(ScenarioDefinition scenario) {
        return ScenarioYaml.write(scenario);
    }

    /**
     * Publishes the saved draft as the item's next version, if it passes every rule; otherwise nothing
     * changes and every problem is returned. The draft is gone once published.
     */
    @Transactional
    public PublishResult publish(ContentKind kind, String key, long lock) {
        var draft = drafts.findByKindAndKey(kind, key).orElseThrow(() -> new ConcurrentEditException(kind.path(key)));
        if (draft.version() != lock) {
            throw new ConcurrentEditException(kind.path(key));
        }
        var read = ContentReader.read(
                catalogue.types(), List.of(ContentFile.of(kind.path(key), draft.body())), known(kind, key));
        if (!read.valid()) {
            return new PublishResult(read.problems(), 0, false);
        }
        var incomplete = content.incompleteInRequiredLanguages(read);
        if (!incomplete.isEmpty()) {
            return new PublishResult(incomplete, 0, false);
        }
        var untouched = Templates.untouched(kind, key, draft.body());
        if (!untouched.isEmpty()) {
            return new PublishResult(untouched, 0, false);
        }
        var report = content.importContent(read.content());
        drafts.delete(draft);
        drafts.flush();
        int version =
                kind == ContentKind.FRAMEWORK ? 1 : report.items().getFirst().version();
        boolean changed = kind == ContentKind.FRAMEWORK ? report.frameworkChanged() : report.newVersions() > 0;
        audit.record(
                AuditAction.CONTENT_PUBLISHED,
                kind.path(key),
                AuditOutcome.SUCCESS,
                changed ? AuditText.of("audit.text.version", version) : AuditText.of("audit.text.unchanged"));
        return new PublishResult(List.of(), version, changed);
    }

    @Transactional(readOnly = true)
    public List<VersionInfo> history(ContentKind kind, String key) {
        return kind == ContentKind.FRAMEWORK ? List.of() : catalogue.versions(kind.name(), key);
    }

    /** The file text of a published version. */
    @Transactional(readOnly = true)
    public String source(ContentKind kind, String key, int version) {
        Optional<String> text = kind == ContentKind.FRAMEWORK
                ? Optional.of(FrameworkYaml.write(competencies.framework()))
                : catalogue.source(kind.name(), key, version);
        return text.orElseThrow(
                () -> new InvalidInputException(FieldProblem.of("version", "authoring.noSuchVersion", key, version)));
    }

    /** What changed from one version to another; version 0 stands for the current draft. */
    @Transactional(readOnly = true)
    public List<TextDiff.Line> diff(ContentKind kind, String key, int from, int to) {
        return TextDiff.of(text(kind, key, from), text(kind, key, to));
    }

    private String text(ContentKind kind, String key, int version) {
        if (version == 0) {
            return drafts.findByKindAndKey(kind, key)
                    .map(ContentDraft::body)
                    .orElseGet(() -> open(kind, key).body());
        }
        return source(kind, key, version);
    }

    @Transactional
    public void setArchived(ContentKind kind, String key, boolean archived) {
        if (kind == ContentKind.FRAMEWORK) {
            throw new InvalidInputException(FieldProblem.of("kind", "authoring.frameworkIsEdited"));
        }
        catalogue.setArchived(kind.name(), key, archived);
        audit.record(
                archived ? AuditAction.CONTENT_ARCHIVED : AuditAction.CONTENT_RESTORED,
                kind.path(key),
                AuditOutcome.SUCCESS,
                archived ? AuditText.of("audit.text.withdrawn") : AuditText.of("audit.text.offeredAgain"));
    }

    /**
     * The published content as a zip in the content folder's layout: the framework, the items asked
     * for (all published, unarchived ones when none are named) and every item their modules use, so
     * the zip imports into an empty Orienta on its own.
     */
    @Transactional(readOnly = true)
    public byte[] exportZip(Collection<ItemKey> selection) {
        var wanted = withModuleItems(selection);
        var files = new ArrayList<ContentFile>();
        files.add(ContentFile.of(ContentReader.FRAMEWORK_FILE, FrameworkYaml.write(competencies.framework())));
        var published = new HashMap<ContentKind, Map<String, Integer>>();
        wanted.stream()
                .filter(i -> i.kind() != ContentKind.FRAMEWORK)
                .sorted(Comparator.comparing(ItemKey::kind).thenComparing(ItemKey::key))
                .forEach(item -> {
                    var version = published
                            .computeIfAbsent(item.kind(), k -> publishedVersions(k))
                            .get(item.key());
                    if (version == null) {
                        throw new InvalidInputException(FieldProblem.of("items", "authoring.notPublished", item.key()));
                    }
                    var body = source(item.kind(), item.key(), version);
                    var type = catalogue.type(item.kind().name());
                    if (type.isPresent()) {
                        files.addAll(ContentTranslations.files(
                                type.get(), item.kind().path(item.key()), body));
                    } else {
                        files.add(ContentFile.of(item.kind().path(item.key()), body));
                    }
                });
        audit.record(
                AuditAction.CONTENT_EXPORTED,
                AuditText.of(
                        "audit.text.items",
                        wanted.stream()
                                .filter(i -> i.kind() != ContentKind.FRAMEWORK)
                                .count()),
                AuditOutcome.SUCCESS,
                AuditText.literal(
                        String.join(", ", files.stream().map(ContentFile::path).toList())));
        return ContentZip.write(files);
    }

    /** The items asked for and every item their modules use; every published, unarchived item when none are. */
    private LinkedHashSet<ItemKey> withModuleItems(Collection<ItemKey> selection) {
        var wanted = new LinkedHashSet<ItemKey>();
        if (selection.isEmpty()) {
            items().stream()
                    .filter(r -> r.kind() != ContentKind.FRAMEWORK && r.publishedVersion() != null && !r.archived())
                    .forEach(r -> wanted.add(new ItemKey(r.kind(), r.key())));
        } else {
            wanted.addAll(selection);
        }
        for (ItemKey item : List.copyOf(wanted)) {
            if (item.kind() == ContentKind.MODULE) {
                curriculum
                        .published(item.key())
                        .ifPresent(m -> m.definition()
                                .items()
                                .forEach(ref -> wanted.add(new ItemKey(ContentKind.of(ref.kind()), ref.key()))));
            }
        }
        return wanted;
    }

    /**
     * The items asked for (a module with the items it uses; every published item when none are named) as
     * an XLIFF 2.0 file for translating them into one language (docs/decisions/0030).
     */
    @Transactional(readOnly = true)
    public String exportXliff(Collection<ItemKey> selection, Locale language) {
        if (!ContentTranslations.languages().contains(language.getLanguage())) {
            throw new InvalidInputException(FieldProblem.of("language", "account.language.unsupported"));
        }
        var wanted = withModuleItems(selection);
        var items = wanted.stream()
                .filter(i -> i.kind() != ContentKind.FRAMEWORK)
                .map(i -> xliffItem(i.kind().path(i.key())))
                .flatMap(Optional::stream)
                .toList();
        audit.record(
                AuditAction.CONTENT_EXPORTED,
                AuditText.of("audit.text.xliffItems", items.size()),
                AuditOutcome.SUCCESS,
                AuditText.literal(language.getLanguage()));
        return Xliff.write(language.getLanguage(), items);
    }

    /** The published item a content path names ("scenarios/rp-01.yaml"), for XLIFF. */
    private Optional<Xliff.Item> xliffItem(String path) {
        var slash = path.indexOf('/');
        var folder = path.substring(0, slash);
        var key = path.substring(slash + 1, path.length() - ".yaml".length());
        return Arrays.stream(ContentKind.values())
                .filter(k -> k != ContentKind.FRAMEWORK && k.path(key).equals(path))
                .findFirst()
                .flatMap(kind -> Optional.ofNullable(publishedVersions(kind).get(key))
                        .flatMap(version -> catalogue
                                .type(kind.name())
                                .map(type -> new Xliff.Item(folder, key, source(kind, key, version), type))));
    }

    private Xliff.Checked checkXliff(String name, byte[] xliff) {
        var read = Xliff.read(name, xliff);
        return Xliff.check(name, read, item -> Xliff.itemPath(item).flatMap(this::xliffItem));
    }

    /** What importing this XLIFF file would change, item by item, without doing it. */
    @Transactional(readOnly = true)
    public XliffPreview previewXliff(String name, byte[] xliff) {
        var checked = checkXliff(name, xliff);
        if (!checked.valid()) {
            return new XliffPreview(checked.language(), checked.problems(), List.of());
        }
        var read = ContentReader.read(
                catalogue.types(), Xliff.files(checked, path -> xliffItem(path).orElseThrow()), content.known());
        var problems = read.valid() ? content.incompleteInRequiredLanguages(read) : read.problems();
        var items = checked.changes().entrySet().stream()
                .map(e -> new XliffPreview.Item(
                        e.getKey(),
                        xliffItem(e.getKey())
                                .map(i -> titleOf(i.body(), e.getKey()))
                                .orElse(e.getKey()),
                        e.getValue()))
                .toList();
        return new XliffPreview(checked.language(), problems, items);
    }

    /** Applies an XLIFF file's translations: to every item it names, or (with the problems) to none. */
    @Transactional
    public ContentImport importXliff(String name, byte[] xliff) {
        var checked = checkXliff(name, xliff);
        if (!checked.valid()) {
            return new ContentImport(checked.problems(), null);
        }
        return content.importFiles(Xliff.files(checked, path -> xliffItem(path).orElseThrow()));
    }

    /** What importing this zip would do, without doing it. */
    @Transactional(readOnly = true)
    public ZipPreview previewZip(String name, byte[] zip) {
        var files = ContentZip.read(name, zip);
        if (!files.valid()) {
            return new ZipPreview(files.problems(), List.of());
        }
        return preview(ContentReader.read(catalogue.types(), files.files(), content.known()));
    }

    private ZipPreview preview(ContentReader.Result read) {
        if (!read.valid()) {
            return new ZipPreview(read.problems(), List.of());
        }
        var incomplete = content.incompleteInRequiredLanguages(read);
        if (!incomplete.isEmpty()) {
            return new ZipPreview(incomplete, List.of());
        }
        return new ZipPreview(List.of(), changes(read.content()));
    }

    /** Imports a zip: every item, or (with the problems) nothing. */
    @Transactional
    public ContentImport importZip(String name, byte[] zip) {
        var files = ContentZip.read(name, zip);
        if (!files.valid()) {
            return new ContentImport(files.problems(), null);
        }
        return content.importFiles(files.files());
    }

    /** Imports single content files (YAML) the same way as a zip: all of them, or none. */
    @Transactional
    public ContentImport importFiles(List<ContentFile> files) {
        return content.importFiles(files);
    }

    @Transactional(readOnly = true)
    public ZipPreview previewFiles(List<ContentFile> files) {
        return preview(ContentReader.read(catalogue.types(), files, content.known()));
    }

    /**
     * Reads a Moodle GIFT file into a new quiz draft; if any question cannot be read, nothing is created
     * and every problem is listed with its line. Essays and descriptions are skipped and reported.
     */
    @Transactional
    public GiftImport importGift(String key, String title, String gift, @Nullable Evidence defaultEvidence) {
        var read = Gift.read(gift, defaultEvidence);
        if (!read.problems().isEmpty()) {
            return new GiftImport(null, read.questions().size(), read.problems(), read.skipped());
        }
        if (read.questions().isEmpty()) {
            return new GiftImport(null, 0, List.of(new Gift.Problem(1, "gift.noQuestions", List.of())), read.skipped());
        }
        int points = read.questions().stream().mapToInt(Question::points).sum();
        int passMark = new BigDecimal(points)
                .multiply(new BigDecimal("0.7"))
                .setScale(0, java.math.RoundingMode.CEILING)
                .intValue();
        var quiz = new QuizDefinition(
                key,
                LocalizedText.english(title.strip()),
                null,
                Math.max(1, (read.questions().size() * 3 + 3) / 4),
                Math.max(1, passMark),
                QuizFeedback.IMMEDIATE,
                QuizDefinition.UNLIMITED,
                null,
                true,
                read.questions());
        var draft = create(ContentKind.QUIZ, key, title);
        var saved = save(ContentKind.QUIZ, key, QuizYaml.write(quiz), draft.lock());
        return new GiftImport(saved, read.questions().size(), List.of(), read.skipped());
    }

    /** A published quiz as GIFT, with the ids of questions GIFT cannot express. */
    @Transactional(readOnly = true)
    public Gift.Written exportGift(String quizKey) {
        var quiz = quizzes.published(quizKey)
                .orElseThrow(
                        () -> new InvalidInputException(FieldProblem.of("key", "authoring.notPublished", quizKey)));
        audit.record(
                AuditAction.CONTENT_EXPORTED,
                "quizzes/" + quizKey + ".gift",
                AuditOutcome.SUCCESS,
                AuditText.literal("GIFT"));
        return Gift.write(quiz.definition().questions());
    }

    /** Every published item a module may contain: role-plays, exercises and quizzes, by title. */
    @Transactional(readOnly = true)
    public List<CatalogueItem> catalogue() {
        var items = new ArrayList<CatalogueItem>();
        scenarios
                .publishedScenarios()
                .forEach(s -> items.add(new CatalogueItem(
                        new ItemRef(ItemKind.SCENARIO, s.key()), s.title().english(), s.minutes(), s.competencies())));
        exercises
                .publishedExercises()
                .forEach(e -> items.add(new CatalogueItem(
                        new ItemRef(ItemKind.EXERCISE, e.key()),
                        e.title().english(),
                        e.minutes(),
                        e.evidence().stream().map(Evidence::competency).collect(java.util.stream.Collectors.toSet()))));
        quizzes.publishedQuizzes()
                .forEach(q -> items.add(new CatalogueItem(
                        new ItemRef(ItemKind.QUIZ, q.key()), q.title().english(), q.minutes(), q.competencies())));
        return items;
    }

    /** The module a draft describes, if it reads, for the module builder. */
    public Optional<ModuleDefinition> readModule(String body) {
        try {
            return Optional.ofNullable(ModuleYaml.read(SafeYaml.parse(body), new ReadContext()));
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The definition a draft of an exercise, quiz or the framework describes, if it reads, for the
     * form editor; its canonical text is {@link #writeDefinition}.
     */
    public Optional<Object> readDefinition(ContentKind kind, String body) {
        try {
            var document = SafeYaml.parse(body);
            var context = new ReadContext();
            if (kind == ContentKind.FRAMEWORK) {
                return Optional.ofNullable(FrameworkYaml.read(document, context));
            }
            return Optional.ofNullable(catalogue.type(kind.name()).orElseThrow().read(document, context));
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
    }

    public String writeDefinition(Object definition) {
        if (definition instanceof org.orienta.competency.FrameworkDefinition framework) {
            return FrameworkYaml.write(framework);
        }
        return catalogue
                .typeOf(definition)
                .map(t -> write(t, definition))
                .orElseThrow(() -> new IllegalArgumentException("not a content definition: " + definition.getClass()));
    }

    private static <D> String write(ContentType<D> type, Object definition) {
        return type.write(type.definitionType().cast(definition));
    }

    /** The canonical file text of a module, for the module builder. */
    public String write(ModuleDefinition module) {
        return ModuleYaml.write(module);
    }

    /** Every question of every published quiz, for the question bank. */
    @Transactional(readOnly = true)
    public List<org.orienta.quiz.BankQuestion> questionBank() {
        return quizzes.questionBank();
    }

    /** The competencies of the framework, for editors that let the trainer pick one. */
    @Transactional(readOnly = true)
    public List<CompetencyDefinition> competencies() {
        return competencies.framework().competencies();
    }

    /** Where one item stands (published version, archived), without reading every item as {@link #items()} does. */
    @Transactional(readOnly = true)
    public Optional<ItemHead> head(ContentKind kind, String key) {
        return heads(kind).stream().filter(h -> h.key().equals(key)).findFirst();
    }

    /** An item by kind and key, as export selections name them. */
    public record ItemKey(ContentKind kind, String key) {}

    private List<ZipPreview.Change> changes(ContentSet set) {
        var changes = new ArrayList<ZipPreview.Change>();
        if (set.framework() != null) {
            var now = FrameworkYaml.write(competencies.framework());
            changes.add(change(
                    ContentKind.FRAMEWORK,
                    ContentKind.FRAMEWORK_KEY,
                    FrameworkYaml.write(set.framework()),
                    Optional.of(now)));
        }
        set.scenarios()
                .forEach(s -> changes.add(change(
                        ContentKind.SCENARIO,
                        s.id(),
                        ScenarioYaml.write(s),
                        publishedText(ContentKind.SCENARIO, s.id()))));
        set.exercises()
                .forEach(e -> changes.add(change(
                        ContentKind.EXERCISE,
                        e.id(),
                        ExerciseYaml.write(e),
                        publishedText(ContentKind.EXERCISE, e.id()))));
        set.quizzes()
                .forEach(q -> changes.add(
                        change(ContentKind.QUIZ, q.id(), QuizYaml.write(q), publishedText(ContentKind.QUIZ, q.id()))));
        set.modules()
                .forEach(m -> changes.add(change(
                        ContentKind.MODULE, m.id(), ModuleYaml.write(m), publishedText(ContentKind.MODULE, m.id()))));
        set.of(ChecklistDefinition.class)
                .forEach(c -> changes.add(change(
                        ContentKind.CHECKLIST,
                        c.id(),
                        ChecklistYaml.write(c),
                        publishedText(ContentKind.CHECKLIST, c.id()))));
        set.of(org.orienta.activity.ActivityDefinition.class)
                .forEach(a -> changes.add(change(
                        ContentKind.ACTIVITY,
                        a.id(),
                        org.orienta.activity.ActivityYaml.write(a),
                        publishedText(ContentKind.ACTIVITY, a.id()))));
        return changes;
    }

    private static ZipPreview.Change change(ContentKind kind, String key, String incoming, Optional<String> current) {
        var effect = current.isEmpty()
                ? ZipPreview.Effect.NEW
                : Fingerprint.of(current.get()).equals(Fingerprint.of(incoming))
                        ? ZipPreview.Effect.UNCHANGED
                        : ZipPreview.Effect.CHANGED;
        return new ZipPreview.Change(kind, key, kind.path(key), effect);
    }

    private Optional<String> publishedText(ContentKind kind, String key) {
        return publishedVersion(kind, key).map(v -> source(kind, key, v));
    }

    private List<ItemHead> heads(ContentKind kind) {
        return kind == ContentKind.FRAMEWORK ? List.of() : catalogue.heads(kind.name());
    }

    private Optional<Integer> publishedVersion(ContentKind kind, String key) {
        if (kind == ContentKind.FRAMEWORK) {
            return Optional.of(1);
        }
        return head(kind, key).map(ItemHead::publishedVersion);
    }

    private Map<String, Integer> publishedVersions(ContentKind kind) {
        var versions = new HashMap<String, Integer>();
        heads(kind).stream()
                .filter(h -> h.publishedVersion() != null)
                .forEach(h -> versions.put(h.key(), h.publishedVersion()));
        return versions;
    }

    private boolean exists(ContentKind kind, String key) {
        return drafts.findByKindAndKey(kind, key).isPresent()
                || heads(kind).stream().anyMatch(h -> h.key().equals(key));
    }

    /** What a single file may refer to: what is published, plus the item itself (a module may not yet be). */
    private ContentReader.Known known(ContentKind kind, String key) {
        var known = content.known();
        if (kind == ContentKind.MODULE) {
            return known;
        }
        var items = new java.util.HashSet<>(known.items());
        switch (kind) {
            case SCENARIO -> items.add(new ItemRef(ItemKind.SCENARIO, key));
            case EXERCISE -> items.add(new ItemRef(ItemKind.EXERCISE, key));
            case QUIZ -> items.add(new ItemRef(ItemKind.QUIZ, key));
            default -> {
                // The framework refers to nothing.
            }
        }
        return new ContentReader.Known(known.competencies(), items, known.keys());
    }

    private static Draft toDraft(ContentDraft d) {
        return new Draft(d.kind(), d.key(), d.body(), d.basedOn(), d.version(), d.updatedBy(), d.updatedAt());
    }

    /** The English title a content file states, without reading the whole file; the key when it has none. */
    public static String titleOf(String body, String fallback) {
        var m = TITLE.matcher(body);
        if (!m.find()) {
            return fallback;
        }
        var title = m.group(1).strip();
        if (title.length() >= 2
                && (title.startsWith("\"") && title.endsWith("\"") || title.startsWith("'") && title.endsWith("'"))) {
            title = title.substring(1, title.length() - 1).replace("\\\"", "\"").replace("''", "'");
        }
        return title.isEmpty() ? fallback : title;
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
