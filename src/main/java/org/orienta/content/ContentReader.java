package org.orienta.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Completeness;
import org.orienta.base.FieldProblem;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.TextUnits;
import org.orienta.base.yaml.YamlProblem;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.base.yaml.YamlValue;
import org.orienta.catalogue.ContentType;
import org.orienta.catalogue.KnownContent;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.competency.FrameworkYaml;

/**
 * Reads a whole content folder and checks it: each file on its own (YAML, fields, types), each item's
 * rules (graph, answer keys), and references across files (competency codes, module items). Pure:
 * no database and no Spring, so the validate command and the tests use it as the server does. It knows no
 * kind of item itself: each {@link ContentType} it is given reads and checks the files in its folder; only
 * the competency framework ({@value #FRAMEWORK_FILE}) is read here, because every kind refers to it.
 */
public final class ContentReader {

    public static final String FRAMEWORK_FILE = "competencies.yaml";
    public static final long MAX_FILE_BYTES = 1_000_000;

    /** What a partial import may refer to besides what it brings itself: what the database has. */
    public record Known(Set<CompetencyCode> competencies, Set<ItemRef> items, Map<String, Set<String>> keys) {

        public static final Known NOTHING = new Known(Set.of(), Set.of());

        public Known(Set<CompetencyCode> competencies, Set<ItemRef> items) {
            this(competencies, items, Map.of());
        }
    }

    /**
     * @param completeness per item file read ("scenarios/rp-01.yaml"), how far it is translated
     */
    public record Result(
            ContentSet content, List<ContentProblem> problems, java.util.Map<String, Completeness> completeness) {

        public Result(ContentSet content, List<ContentProblem> problems) {
            this(content, problems, java.util.Map.of());
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<ContentProblem> problems = new ArrayList<>();
    private @Nullable FrameworkDefinition framework;
    /** The types by folder, in the order an import publishes their items. */
    private final Map<String, ContentType<?>> types = new LinkedHashMap<>();
    /** What was read, by kind, in the same order. */
    private final Map<String, List<Read>> reads = new LinkedHashMap<>();
    /** Items whose file is there but could not be read: what refers to them is not a second problem. */
    private final Set<ItemRef> unreadable = new HashSet<>();

    private final java.util.Map<String, Completeness> completeness = new java.util.TreeMap<>();
    /** Translation files by the item file they translate. */
    private final java.util.Map<String, List<ContentTranslations.Overlay>> overlays = new java.util.HashMap<>();

    private record Read(String file, ReadContext context, Object definition) {}

    private ContentReader(List<? extends ContentType<?>> types) {
        // Items a training module can refer to first, so that an import publishes them before the modules.
        var ordered = new ArrayList<ContentType<?>>(types);
        ordered.sort(java.util.Comparator.comparingInt(type -> {
            var itemKind = itemKindOf(type);
            return itemKind == null ? ItemKind.values().length : itemKind.ordinal();
        }));
        for (var type : ordered) {
            var other = this.types.putIfAbsent(type.folder(), type);
            if (other != null) {
                throw new IllegalArgumentException("two content types read the folder " + type.folder() + ": "
                        + other.kind() + " and " + type.kind());
            }
            reads.put(type.kind(), new ArrayList<>());
        }
    }

    /**
     * @param types the kinds of content to read, each from its folder: the registered beans on a server
     *     ({@code CatalogueService.types()}), {@link ContentTypes#builtIn()} where there is no Spring context
     */
    public static Result read(List<? extends ContentType<?>> types, List<ContentFile> files, Known known) {
        var reader = new ContentReader(types);
        var itemPaths = new HashSet<String>();
        for (ContentFile file : files) {
            if (ContentTranslations.isTranslation(file.path())) {
                reader.readTranslation(file);
            } else {
                itemPaths.add(file.path());
            }
        }
        for (var overlay : reader.overlays.entrySet()) {
            if (!itemPaths.contains(overlay.getKey())) {
                overlay.getValue()
                        .forEach(
                                o -> reader.problem(o.file(), Position.START, "translation.unknownItem", o.itemPath()));
            }
        }
        for (ContentFile file : files) {
            if (!ContentTranslations.isTranslation(file.path())) {
                reader.readFile(file);
            }
        }
        return reader.check(known);
    }

    private void readTranslation(ContentFile file) {
        if (file.bytes().length > MAX_FILE_BYTES) {
            problem(file.path(), Position.START, "content.fileTooLarge", MAX_FILE_BYTES);
            return;
        }
        var text = decode(file);
        if (text == null) {
            return;
        }
        var overlay = ContentTranslations.read(file, text, types.keySet(), problems);
        if (overlay != null) {
            overlays.computeIfAbsent(overlay.itemPath(), p -> new ArrayList<>()).add(overlay);
        }
    }

    private void readFile(ContentFile file) {
        var path = file.path();
        if (file.bytes().length > MAX_FILE_BYTES) {
            problem(path, Position.START, "content.fileTooLarge", MAX_FILE_BYTES);
            return;
        }
        var isFramework = path.equals(FRAMEWORK_FILE);
        var type = isFramework ? null : typeOf(path);
        if (!isFramework && type == null) {
            problem(path, Position.START, "content.unknownFile");
            return;
        }
        var item = type == null ? null : itemOf(type, path);
        int before = problems.size();
        readKnownFile(file, path, type);
        if (item != null && problems.size() > before) {
            unreadable.add(item);
        }
    }

    private @Nullable String decode(ContentFile file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(file.path(), Position.START, "content.notUtf8");
            return null;
        }
    }

    /** @param type null for the framework file */
    private void readKnownFile(ContentFile file, String path, @Nullable ContentType<?> type) {
        var text = decode(file);
        if (text == null) {
            return;
        }
        YamlValue document;
        try {
            document = SafeYaml.parse(text);
        } catch (YamlSyntaxException e) {
            problem(path, e.problem());
            return;
        }
        var translations = overlays.get(path);
        if (type == null) {
            var context = new ReadContext();
            framework = collect(path, context, FrameworkYaml.read(document, context), null);
            return;
        }
        if (translations != null) {
            // The units are what the kind's reader reads as text, so the English is read first to learn them.
            var english = new ReadContext();
            type.read(document, english);
            document = ContentTranslations.merge(document, english, translations, problems);
        }
        var context = new ReadContext();
        add(type, path, context, document);
        completeness.put(path, TextUnits.completeness(TextUnits.of(document, context)));
    }

    private <D> void add(ContentType<D> type, String path, ReadContext context, YamlValue document) {
        var read = collect(path, context, type.read(document, context), type::key);
        if (read != null) {
            reads.get(type.kind()).add(new Read(path, context, read));
        }
    }

    /** Keeps the file's problems; checks that the id inside matches the file name. */
    private <T> @Nullable T collect(
            String path,
            ReadContext context,
            @Nullable T definition,
            java.util.function.@Nullable Function<T, String> id) {
        context.problems().forEach(p -> problem(path, p));
        if (definition == null) {
            return null;
        }
        if (id != null) {
            var expected = stem(path);
            if (!Fields.ID.matcher(expected).matches() || expected.length() > Fields.MAX_ID_LENGTH) {
                // Suggesting the file name as the id would suggest an invalid id ("RP-01").
                var name = path.substring(path.lastIndexOf('/') + 1);
                var suggestion = expected.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^[^a-z]+|-+$", "");
                if (Fields.ID.matcher(suggestion).matches() && suggestion.length() <= Fields.MAX_ID_LENGTH) {
                    problem(path, Position.START, "content.badFileName", name, suggestion + ".yaml", suggestion);
                } else {
                    problem(path, Position.START, "content.badFileNameNoSuggestion", name);
                }
                return null;
            }
            if (!id.apply(definition).equals(expected)) {
                problem(path, context.positionOf("id"), "content.idMismatch", id.apply(definition), expected);
                return null;
            }
        }
        return definition;
    }

    private Result check(Known known) {
        Set<CompetencyCode> codes = framework != null ? framework.codes() : known.competencies();
        if (codes.isEmpty() && reads.values().stream().anyMatch(list -> !list.isEmpty())) {
            problem(FRAMEWORK_FILE, Position.START, "content.noFramework");
        }
        // What a module may refer to: what the database has, what this import brings, and what it brings
        // but could not read (that file already has its problem).
        var items = new HashSet<>(known.items());
        items.addAll(unreadable);
        for (var type : types.values()) {
            var itemKind = itemKindOf(type);
            if (itemKind != null) {
                reads.get(type.kind()).forEach(read -> items.add(new ItemRef(itemKind, key(type, read))));
            }
        }
        // Every key of every kind, what the database has and what this import brings: a reference to an
        // item of another kind (an activity's checklist) is checked against these.
        var keys = new HashMap<String, Set<String>>();
        known.keys().forEach((kind, kindKeys) -> keys.put(kind, new HashSet<>(kindKeys)));
        for (var type : types.values()) {
            var kindKeys = keys.computeIfAbsent(type.kind(), k -> new HashSet<>());
            reads.get(type.kind()).forEach(read -> kindKeys.add(key(type, read)));
        }
        var knownContent = new KnownContent(codes, items, keys);
        types.values().forEach(type -> checkEach(type, knownContent));
        renameUnknownCompetencies(codes);
        var byKind = new LinkedHashMap<String, List<Object>>();
        reads.forEach((kind, list) ->
                byKind.put(kind, list.stream().map(Read::definition).toList()));
        return new Result(
                new ContentSet(framework, byKind), problems.stream().sorted().toList(), completeness);
    }

    private static <D> String key(ContentType<D> type, Read read) {
        return type.key(type.definitionType().cast(read.definition()));
    }

    private <D> void checkEach(ContentType<D> type, KnownContent known) {
        for (Read item : reads.get(type.kind())) {
            for (FieldProblem problem : type.check(type.definitionType().cast(item.definition()), known)) {
                problems.add(new ContentProblem(
                        item.file(),
                        item.context().positionOf(problem.field()),
                        problem.messageKey(),
                        problem.arguments(),
                        problem.field()));
            }
        }
    }

    /**
     * Evidence for a competency that does not exist ({@code {CO99: 7}}) is first of all about the
     * competency, not the level: the reader, which does not know the framework, reported the level as out
     * of range; say what matters instead.
     */
    private void renameUnknownCompetencies(Set<CompetencyCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        problems.replaceAll(p -> p.messageKey().equals("field.outOfRange")
                        && !p.arguments().isEmpty()
                        && p.arguments().getFirst() instanceof String code
                        && CompetencyCode.isValid(code)
                        && !codes.contains(new CompetencyCode(code))
                ? new ContentProblem(p.file(), p.position(), "evidence.unknownCompetency", List.of(code), p.field())
                : p);
    }

    /** The item a file holds, if its kind is one a training module can refer to. */
    private static @Nullable ItemRef itemOf(ContentType<?> type, String path) {
        var itemKind = itemKindOf(type);
        return itemKind == null ? null : new ItemRef(itemKind, stem(path));
    }

    private static @Nullable ItemKind itemKindOf(ContentType<?> type) {
        for (var itemKind : ItemKind.values()) {
            if (itemKind.name().equals(type.kind())) {
                return itemKind;
            }
        }
        return null;
    }

    private @Nullable ContentType<?> typeOf(String path) {
        var slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0 || !(path.endsWith(".yaml"))) {
            return null;
        }
        return types.get(path.substring(0, slash));
    }

    private static String stem(String path) {
        var name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }

    private void problem(String file, YamlProblem problem) {
        problems.add(new ContentProblem(file, problem.position(), problem.messageKey(), problem.arguments()));
    }

    private void problem(String file, Position position, String key, Object... arguments) {
        problems.add(new ContentProblem(file, position, key, List.of(arguments)));
    }
}
