package org.orienta.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
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
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.FrameworkDefinition;
import org.orienta.competency.FrameworkYaml;
import org.orienta.curriculum.ModuleDefinition;
import org.orienta.curriculum.ModuleRules;
import org.orienta.curriculum.ModuleYaml;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.exercise.ExerciseRules;
import org.orienta.exercise.ExerciseYaml;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizRules;
import org.orienta.quiz.QuizYaml;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioRules;
import org.orienta.scenario.ScenarioYaml;

/**
 * Reads a whole content folder and checks it: each file on its own (YAML, fields, types), each item's
 * rules (graph, answer keys), and references across files (competency codes, module items). Pure:
 * no database and no Spring, so the validate command and the tests use it as the server does.
 */
public final class ContentReader {

    public static final String FRAMEWORK_FILE = "competencies.yaml";
    public static final long MAX_FILE_BYTES = 1_000_000;

    /** What a partial import may refer to besides what it brings itself: what the database has. */
    public record Known(Set<CompetencyCode> competencies, Set<ItemRef> items) {

        public static final Known NOTHING = new Known(Set.of(), Set.of());
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
    private final List<Read<ScenarioDefinition>> scenarios = new ArrayList<>();
    private final List<Read<ExerciseDefinition>> exercises = new ArrayList<>();
    private final List<Read<QuizDefinition>> quizzes = new ArrayList<>();
    private final List<Read<ModuleDefinition>> modules = new ArrayList<>();
    /** Items whose file is there but could not be read: what refers to them is not a second problem. */
    private final Set<ItemRef> unreadable = new HashSet<>();

    private final java.util.Map<String, Completeness> completeness = new java.util.TreeMap<>();
    /** Translation files by the item file they translate. */
    private final java.util.Map<String, List<ContentTranslations.Overlay>> overlays = new java.util.HashMap<>();

    private record Read<T>(String file, ReadContext context, T definition) {}

    private ContentReader() {}

    public static Result read(List<ContentFile> files, Known known) {
        var reader = new ContentReader();
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
        var overlay = ContentTranslations.read(file, text, problems);
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
        var kind = kindOf(path);
        if (kind == null) {
            problem(path, Position.START, "content.unknownFile");
            return;
        }
        var item = itemOf(kind, path);
        int before = problems.size();
        readKnownFile(file, path, kind);
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

    private void readKnownFile(ContentFile file, String path, String kind) {
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
        if (translations != null && !kind.equals("framework")) {
            // The units are what the kind's reader reads as text, so the English is read first to learn them.
            var english = new ReadContext();
            reader(kind).apply(document, english);
            document = ContentTranslations.merge(document, english, translations, problems);
        }
        var context = new ReadContext();
        switch (kind) {
            case "framework" -> framework = collect(path, context, FrameworkYaml.read(document, context), null);
            case "scenarios" ->
                add(scenarios, path, context, ScenarioYaml.read(document, context), ScenarioDefinition::id);
            case "exercises" ->
                add(exercises, path, context, ExerciseYaml.read(document, context), ExerciseDefinition::id);
            case "quizzes" -> add(quizzes, path, context, QuizYaml.read(document, context), QuizDefinition::id);
            case "modules" -> add(modules, path, context, ModuleYaml.read(document, context), ModuleDefinition::id);
            default -> throw new IllegalStateException(kind);
        }
        if (!kind.equals("framework")) {
            completeness.put(path, TextUnits.completeness(TextUnits.of(document, context)));
        }
    }

    /** The reader of a kind of item file, for reading a document whose result is not kept. */
    static BiFunction<YamlValue, ReadContext, @Nullable Object> reader(String folder) {
        return switch (folder) {
            case "scenarios" -> ScenarioYaml::read;
            case "exercises" -> ExerciseYaml::read;
            case "quizzes" -> QuizYaml::read;
            case "modules" -> ModuleYaml::read;
            default -> throw new IllegalArgumentException(folder);
        };
    }

    private <T> void add(
            List<Read<T>> list,
            String path,
            ReadContext context,
            @Nullable T definition,
            java.util.function.Function<T, String> id) {
        var read = collect(path, context, definition, id);
        if (read != null) {
            list.add(new Read<>(path, context, read));
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
        if (codes.isEmpty()
                && (!scenarios.isEmpty() || !exercises.isEmpty() || !quizzes.isEmpty() || !modules.isEmpty())) {
            problem(FRAMEWORK_FILE, Position.START, "content.noFramework");
        }
        checkEach(scenarios, ScenarioRules::check, codes);
        checkEach(exercises, ExerciseRules::check, codes);
        checkEach(quizzes, QuizRules::check, codes);
        var items = new HashSet<>(known.items());
        items.addAll(unreadable);
        scenarios.forEach(
                s -> items.add(new ItemRef(ItemKind.SCENARIO, s.definition().id())));
        exercises.forEach(
                e -> items.add(new ItemRef(ItemKind.EXERCISE, e.definition().id())));
        quizzes.forEach(q -> items.add(new ItemRef(ItemKind.QUIZ, q.definition().id())));
        checkEach(modules, (module, c) -> ModuleRules.check(module, c, items::contains), codes);
        renameUnknownCompetencies(codes);
        return new Result(
                new ContentSet(
                        framework,
                        definitions(scenarios),
                        definitions(exercises),
                        definitions(quizzes),
                        definitions(modules)),
                problems.stream().sorted().toList(),
                completeness);
    }

    private <T> void checkEach(
            List<Read<T>> items,
            BiFunction<T, Set<CompetencyCode>, List<FieldProblem>> rules,
            Set<CompetencyCode> codes) {
        for (Read<T> item : items) {
            for (FieldProblem problem : rules.apply(item.definition(), codes)) {
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

    private static @Nullable ItemRef itemOf(String kind, String path) {
        var itemKind = switch (kind) {
            case "scenarios" -> ItemKind.SCENARIO;
            case "exercises" -> ItemKind.EXERCISE;
            case "quizzes" -> ItemKind.QUIZ;
            default -> null;
        };
        return itemKind == null ? null : new ItemRef(itemKind, stem(path));
    }

    private static <T> List<T> definitions(List<Read<T>> items) {
        return items.stream().map(Read::definition).toList();
    }

    private static @Nullable String kindOf(String path) {
        if (path.equals(FRAMEWORK_FILE)) {
            return "framework";
        }
        var slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0 || !(path.endsWith(".yaml"))) {
            return null;
        }
        var folder = path.substring(0, slash);
        return Set.of("scenarios", "exercises", "quizzes", "modules").contains(folder) ? folder : null;
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
