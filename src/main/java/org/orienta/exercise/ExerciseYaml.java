package org.orienta.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.exercise.CalculateExercise.Part;
import org.orienta.exercise.ClassifyExercise.Category;
import org.orienta.exercise.ClassifyExercise.Item;
import org.orienta.exercise.MatchExercise.Pair;
import org.orienta.exercise.OrderExercise.Step;
import org.orienta.exercise.ReflectionExercise.Question;
import org.orienta.exercise.RewriteExercise.Criterion;
import org.orienta.exercise.RewriteExercise.Prompt;

/**
 * Reads an exercise file into an {@link ExerciseDefinition}, recording every structural problem with its
 * position and the position of every element by id ("items/greeting"), so that the rules checked
 * afterwards can still point at a line; and writes a definition back as canonical YAML.
 */
public final class ExerciseYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/exercise.json";
    private static final int MAX_ATTEMPTS = 100;
    /** Fields only some types have; read as ignored when the type is unknown, so only the type is reported. */
    private static final List<String> TYPE_FIELDS = List.of(
            "categories",
            "items",
            "convention",
            "parts",
            "steps",
            "pairs",
            "prompts",
            "rubric",
            "questions",
            "model_notes",
            "review");

    private ExerciseYaml() {}

    /**
     * The kind's content type for code that runs without a Spring context (the validate command, static
     * tests); a running server gets the same type as a bean.
     */
    public static ContentType<ExerciseDefinition> contentType() {
        return new ExerciseContentType();
    }

    /** The exercise, or null when the file has structural problems (all recorded in the context). */
    public static @Nullable ExerciseDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var typeWord = root.choice("type", true, ExerciseType.words());
        var type = typeWord == null ? null : ExerciseType.valueOf(typeWord.toUpperCase(Locale.ROOT));
        var title = root.text("title", true);
        var instructions = root.text("instructions", true);
        var minutes = root.integer("minutes", true, 1, 120);
        var evidence = evidence(root);
        var tags = root.strings("tags", false);
        var sources = root.strings("sources", false);
        var attempts = root.integer("attempts", false, 0, MAX_ATTEMPTS);
        var feedback = root.choice("feedback", false, FeedbackMode.words());
        @Nullable ExerciseInfo info = null;
        if (id != null && type != null && title != null && instructions != null && minutes != null) {
            info = new ExerciseInfo(
                    id,
                    type,
                    title,
                    instructions,
                    minutes,
                    evidence,
                    tags,
                    sources,
                    attempts == null ? ExerciseInfo.UNLIMITED : attempts,
                    feedback == null
                            ? FeedbackMode.IMMEDIATE
                            : FeedbackMode.valueOf(feedback.toUpperCase(Locale.ROOT)));
        }
        @Nullable ExerciseDefinition exercise = null;
        if (type == null) {
            TYPE_FIELDS.forEach(name -> root.raw(name, false));
        } else {
            exercise = switch (type) {
                case CLASSIFY -> classify(root, info);
                case CALCULATE -> calculate(root, info);
                case ORDER -> order(root, info);
                case MATCH -> match(root, info);
                case REWRITE -> rewrite(root, info);
                case REFLECTION -> reflection(root, info);
            };
        }
        root.finish();
        return context.hasProblems() ? null : exercise;
    }

    private static @Nullable ExerciseDefinition classify(Fields root, @Nullable ExerciseInfo info) {
        var categories = elements(root, "categories", (id, f) -> {
            var label = f.text("label", true);
            return id == null || label == null ? null : new Category(id, label);
        });
        var items = elements(root, "items", (id, f) -> {
            var text = f.text("text", true);
            var answer = f.id("answer", true);
            var explanation = f.text("explanation", true);
            return id == null || text == null || answer == null || explanation == null
                    ? null
                    : new Item(id, text, answer, explanation);
        });
        return info == null ? null : new ClassifyExercise(info, categories, items);
    }

    private static @Nullable ExerciseDefinition calculate(Fields root, @Nullable ExerciseInfo info) {
        var convention = root.text("convention", false);
        var parts = elements(root, "parts", (id, f) -> {
            var question = f.text("question", true);
            var answer = f.number("answer", true);
            var tolerance = f.number("tolerance", true);
            var unit = f.text("unit", false);
            var solution = f.text("solution", true);
            return id == null || question == null || answer == null || tolerance == null || solution == null
                    ? null
                    : new Part(id, question, answer, tolerance, unit, solution);
        });
        return info == null ? null : new CalculateExercise(info, convention, parts);
    }

    private static @Nullable ExerciseDefinition order(Fields root, @Nullable ExerciseInfo info) {
        var steps = elements(root, "steps", (id, f) -> {
            var text = f.text("text", true);
            return id == null || text == null ? null : new Step(id, text);
        });
        return info == null ? null : new OrderExercise(info, steps);
    }

    private static @Nullable ExerciseDefinition match(Fields root, @Nullable ExerciseInfo info) {
        var pairs = elements(root, "pairs", (id, f) -> {
            var left = f.text("left", true);
            var right = f.text("right", true);
            return id == null || left == null || right == null ? null : new Pair(id, left, right);
        });
        return info == null ? null : new MatchExercise(info, pairs);
    }

    private static @Nullable ExerciseDefinition rewrite(Fields root, @Nullable ExerciseInfo info) {
        var prompts = elements(root, "prompts", (id, f) -> {
            var text = f.text("text", true);
            var modelAnswer = f.text("model_answer", true);
            return id == null || text == null || modelAnswer == null ? null : new Prompt(id, text, modelAnswer);
        });
        var rubric = rubric(root, true);
        return info == null ? null : new RewriteExercise(info, prompts, rubric);
    }

    private static List<Criterion> rubric(Fields root, boolean required) {
        return elements(root, "rubric", required, (id, f) -> {
            var criterion = f.text("criterion", true);
            var description = f.text("description", true);
            return id == null || criterion == null || description == null
                    ? null
                    : new Criterion(id, criterion, description);
        });
    }

    /** A reflection's rubric may be left out only when no trainer reviews it; the rules check that. */
    private static @Nullable ExerciseDefinition reflection(Fields root, @Nullable ExerciseInfo info) {
        var review = root.bool("review", false);
        var modelNotes = root.text("model_notes", false);
        var questions = elements(root, "questions", (id, f) -> {
            var text = f.text("text", true);
            var guidance = f.text("guidance", false);
            var minLength = f.integer("min_length", false, 1, ReflectionExercise.MAX_LENGTH);
            var modelNote = f.text("model_note", false);
            return id == null || text == null
                    ? null
                    : new Question(id, text, guidance, minLength == null ? 0 : minLength, modelNote);
        });
        var rubric = rubric(root, false);
        return info == null
                ? null
                : new ReflectionExercise(info, questions, modelNotes, review == null || review, rubric);
    }

    /** Reads one element of a list; {@code id} is null when it is missing or malformed. */
    private interface ElementReader<T> {

        @Nullable T read(@Nullable String id, Fields fields);
    }

    /** The elements of a list, each known by "list/id" from then on so that rule problems find their line. */
    private static <T> List<T> elements(Fields root, String name, ElementReader<T> reader) {
        return elements(root, name, true, reader);
    }

    private static <T> List<T> elements(Fields root, String name, boolean required, ElementReader<T> reader) {
        var result = new ArrayList<T>();
        for (Fields element : root.maps(name, required)) {
            var id = element.id("id", true);
            var fields = id == null ? element : element.as(root.childPath(name) + "/" + id);
            var read = reader.read(id, fields);
            fields.finish();
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    private static List<Evidence> evidence(Fields fields) {
        var evidence = new ArrayList<Evidence>();
        var raw = fields.integers("evidence", true, Evidence.MIN_LEVEL, Evidence.MAX_LEVEL);
        for (var claim : raw.entrySet()) {
            if (CompetencyCode.isValid(claim.getKey())) {
                evidence.add(new Evidence(new CompetencyCode(claim.getKey()), claim.getValue()));
            } else {
                fields.context().problem(fields.positionOf("evidence"), "evidence.badCode", claim.getKey());
            }
        }
        return evidence;
    }

    private static List<java.util.Map<String, Object>> writeRubric(List<Criterion> rubric) {
        return rubric.stream()
                .map(c -> YamlWriter.fields("id", c.id(), "criterion", c.criterion(), "description", c.description()))
                .toList();
    }

    public static String write(ExerciseDefinition exercise) {
        var info = exercise.info();
        var evidence = new LinkedHashMap<String, Object>();
        info.evidence().forEach(e -> evidence.put(e.competency().value(), e.level()));
        var document = YamlWriter.fields(
                "id",
                info.id(),
                "type",
                info.type().word(),
                "title",
                info.title(),
                "instructions",
                info.instructions(),
                "minutes",
                info.minutes(),
                "evidence",
                evidence,
                "tags",
                info.tags(),
                "attempts",
                info.attempts() == ExerciseInfo.UNLIMITED ? null : info.attempts(),
                "feedback",
                info.feedback().word());
        document.putAll(
                switch (exercise) {
                    case ClassifyExercise c ->
                        YamlWriter.fields(
                                "categories",
                                        c.categories().stream()
                                                .map(k -> YamlWriter.fields("id", k.id(), "label", k.label()))
                                                .toList(),
                                "items",
                                        c.items().stream()
                                                .map(i -> YamlWriter.fields(
                                                        "id",
                                                        i.id(),
                                                        "text",
                                                        i.text(),
                                                        "answer",
                                                        i.answer(),
                                                        "explanation",
                                                        i.explanation()))
                                                .toList());
                    case CalculateExercise c ->
                        YamlWriter.fields(
                                "convention",
                                c.convention(),
                                "parts",
                                c.parts().stream()
                                        .map(p -> YamlWriter.fields(
                                                "id",
                                                p.id(),
                                                "question",
                                                p.question(),
                                                "answer",
                                                p.answer(),
                                                "tolerance",
                                                p.tolerance(),
                                                "unit",
                                                p.unit(),
                                                "solution",
                                                p.solution()))
                                        .toList());
                    case OrderExercise o ->
                        YamlWriter.fields(
                                "steps",
                                o.steps().stream()
                                        .map(s -> YamlWriter.fields("id", s.id(), "text", s.text()))
                                        .toList());
                    case MatchExercise m ->
                        YamlWriter.fields(
                                "pairs",
                                m.pairs().stream()
                                        .map(p -> YamlWriter.fields("id", p.id(), "left", p.left(), "right", p.right()))
                                        .toList());
                    case RewriteExercise r ->
                        YamlWriter.fields(
                                "prompts",
                                        r.prompts().stream()
                                                .map(p -> YamlWriter.fields(
                                                        "id",
                                                        p.id(),
                                                        "text",
                                                        p.text(),
                                                        "model_answer",
                                                        p.modelAnswer()))
                                                .toList(),
                                "rubric",
                                        r.rubric().stream()
                                                .map(c -> YamlWriter.fields(
                                                        "id",
                                                        c.id(),
                                                        "criterion",
                                                        c.criterion(),
                                                        "description",
                                                        c.description()))
                                                .toList());
                    case ReflectionExercise r ->
                        YamlWriter.fields(
                                "review",
                                r.review() ? null : false,
                                "questions",
                                r.questions().stream()
                                        .map(q -> YamlWriter.fields(
                                                "id",
                                                q.id(),
                                                "text",
                                                q.text(),
                                                "guidance",
                                                q.guidance(),
                                                "min_length",
                                                q.minLength() == 0 ? null : q.minLength(),
                                                "model_note",
                                                q.modelNote()))
                                        .toList(),
                                "model_notes",
                                r.modelNotes(),
                                "rubric",
                                writeRubric(r.rubric()));
                });
        document.putAll(YamlWriter.fields("sources", info.sources()));
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }
}
