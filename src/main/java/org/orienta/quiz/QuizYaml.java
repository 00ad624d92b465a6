package org.orienta.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.Entry;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.NumericResponse;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.Pair;
import org.orienta.quiz.Question.QuestionInfo;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TextResponse;
import org.orienta.quiz.Question.TrueFalse;

/** Reads a quiz file into a {@link QuizDefinition} with positioned problems, and writes it back canonically. */
public final class QuizYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/quiz.json";
    private static final List<String> TYPE_FIELDS = List.of(
            "options",
            "answer",
            "feedback_true",
            "feedback_false",
            "tolerance",
            "unit",
            "feedback",
            "responses",
            "pairs",
            "distractors",
            "items",
            "accepted");

    private QuizYaml() {}

    /**
     * The kind's content type for code that runs without a Spring context (the validate command, static
     * tests); a running server gets the same type as a bean.
     */
    public static ContentType<QuizDefinition> contentType() {
        return new QuizContentType();
    }

    public static @Nullable QuizDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var title = root.text("title", true);
        var description = root.text("description", false);
        var minutes = root.integer("minutes", true, 1, 240);
        var passMark = root.integer("pass_mark", true, 0, 10_000);
        var feedback = root.choice("feedback", false, QuizFeedback.words());
        var attempts = root.integer("attempts", false, 0, 100);
        var draw = root.integer("draw", false, 1, 1_000);
        var shuffle = root.bool("shuffle", false);
        var shuffleReason = root.string("shuffle_reason", false);
        var questions = new ArrayList<Question>();
        for (Fields element : root.maps("questions", true)) {
            var questionId = element.id("id", true);
            var fields = questionId == null ? element : element.as("questions/" + questionId);
            var question = question(questionId, fields);
            fields.finish();
            if (question != null) {
                questions.add(question);
            }
        }
        root.finish();
        if (context.hasProblems() || id == null || title == null || minutes == null || passMark == null) {
            return null;
        }
        return new QuizDefinition(
                id,
                title,
                description,
                minutes,
                passMark,
                feedback == null ? QuizFeedback.IMMEDIATE : QuizFeedback.valueOf(feedback.toUpperCase(Locale.ROOT)),
                attempts == null ? QuizDefinition.UNLIMITED : attempts,
                draw,
                // Question order is shuffled unless the author says otherwise (and why).
                !Boolean.FALSE.equals(shuffle),
                shuffleReason,
                questions);
    }

    private static @Nullable Question question(@Nullable String id, Fields f) {
        var typeWord = f.choice("type", true, QuestionType.words());
        var text = f.text("text", true);
        var points = f.integer("points", false, 1, 100);
        var explanation = f.text("explanation", true);
        var source = f.string("source", false);
        var evidence = evidence(f);
        var tags = f.strings("tags", false);
        var group = f.id("group", false);
        var shuffleOptions = f.bool("shuffle_options", false);
        var shuffleReason = f.string("shuffle_reason", false);
        var title = f.text("title", false);
        var textAfter = f.text("text_after", false);
        if (typeWord == null) {
            TYPE_FIELDS.forEach(name -> f.raw(name, false));
            return null;
        }
        var type = QuestionType.valueOf(typeWord.toUpperCase(Locale.ROOT));
        QuestionInfo info = id == null || text == null || explanation == null
                ? null
                : new QuestionInfo(
                        id,
                        type,
                        text,
                        points == null ? 1 : points,
                        explanation,
                        source,
                        evidence,
                        tags,
                        group,
                        !Boolean.FALSE.equals(shuffleOptions),
                        shuffleReason,
                        title,
                        textAfter);
        return switch (type) {
            case SINGLE -> {
                var options = choices(f);
                yield info == null ? null : new SingleChoice(info, options);
            }
            case MULTIPLE -> {
                var options = choices(f);
                yield info == null ? null : new MultipleChoice(info, options);
            }
            case TRUE_FALSE -> {
                var answer = f.bool("answer", true);
                var whenTrue = f.text("feedback_true", false);
                var whenFalse = f.text("feedback_false", false);
                yield info == null || answer == null ? null : new TrueFalse(info, answer, whenTrue, whenFalse);
            }
            case NUMERIC -> {
                var answer = f.number("answer", true);
                var tolerance = f.number("tolerance", true);
                var unit = f.text("unit", false);
                var feedback = f.text("feedback", false);
                var responses = optionalElements(f, "responses", e -> {
                    var value = e.number("answer", false);
                    var within = e.number("tolerance", false);
                    var credit = e.number("credit", true);
                    var said = e.text("feedback", false);
                    return credit == null
                            ? null
                            : new NumericResponse(value, within == null ? BigDecimal.ZERO : within, credit, said);
                });
                yield info == null || answer == null || tolerance == null
                        ? null
                        : new NumericQuestion(info, answer, tolerance, unit, feedback, responses);
            }
            case MATCHING -> {
                var pairs = elements(f, "pairs", (pid, e) -> {
                    var left = e.text("left", true);
                    var right = e.text("right", true);
                    return pid == null || left == null || right == null ? null : new Pair(pid, left, right);
                });
                var distractors = f.texts("distractors", false);
                yield info == null ? null : new MatchingQuestion(info, pairs, distractors);
            }
            case ORDERING -> {
                var items = elements(f, "items", (eid, e) -> {
                    var itemText = e.text("text", true);
                    return eid == null || itemText == null ? null : new Entry(eid, itemText);
                });
                yield info == null ? null : new OrderingQuestion(info, items);
            }
            case SHORT_ANSWER -> {
                // Either list may be empty; the rules ask for one answer with full credit.
                var accepted = f.texts("accepted", !f.has("responses"));
                var responses = optionalElements(f, "responses", e -> {
                    var answer = e.text("text", true);
                    var credit = e.number("credit", true);
                    var said = e.text("feedback", false);
                    return answer == null || credit == null ? null : new TextResponse(answer, credit, said);
                });
                yield info == null ? null : new ShortAnswer(info, accepted, responses);
            }
        };
    }

    private static List<Choice> choices(Fields f) {
        return elements(f, "options", (oid, e) -> {
            var text = e.text("text", true);
            var correct = e.bool("correct", true);
            var feedback = e.text("feedback", false);
            var pin = e.bool("pin", false);
            var weight = e.number("weight", false);
            return oid == null || text == null || correct == null
                    ? null
                    : new Choice(oid, text, correct, feedback, Boolean.TRUE.equals(pin), weight);
        });
    }

    private interface ElementReader<T> {

        @Nullable T read(@Nullable String id, Fields fields);
    }

    private static <T> List<T> elements(Fields parent, String name, ElementReader<T> reader) {
        var result = new ArrayList<T>();
        for (Fields element : parent.maps(name, true)) {
            var id = element.id("id", true);
            var fields = id == null ? element : element.as(parent.childPath(name) + "/" + id);
            var read = reader.read(id, fields);
            fields.finish();
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    /** Elements without ids, in a list that may be left out. */
    private static <T> List<T> optionalElements(
            Fields parent, String name, java.util.function.Function<Fields, @Nullable T> reader) {
        var result = new ArrayList<T>();
        for (Fields element : parent.maps(name, false)) {
            var read = reader.apply(element);
            element.finish();
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    private static List<Evidence> evidence(Fields fields) {
        var evidence = new ArrayList<Evidence>();
        for (var claim : fields.integers("evidence", true, Evidence.MIN_LEVEL, Evidence.MAX_LEVEL)
                .entrySet()) {
            if (CompetencyCode.isValid(claim.getKey())) {
                evidence.add(new Evidence(new CompetencyCode(claim.getKey()), claim.getValue()));
            } else {
                fields.context().problem(fields.positionOf("evidence"), "evidence.badCode", claim.getKey());
            }
        }
        return evidence;
    }

    public static String write(QuizDefinition quiz) {
        var document = YamlWriter.fields(
                "id",
                quiz.id(),
                "title",
                quiz.title(),
                "description",
                quiz.description(),
                "minutes",
                quiz.minutes(),
                "pass_mark",
                quiz.passMark(),
                "feedback",
                quiz.feedback().word(),
                "attempts",
                quiz.attempts() == QuizDefinition.UNLIMITED ? null : quiz.attempts(),
                "draw",
                quiz.draw(),
                "shuffle",
                quiz.shuffle(),
                "shuffle_reason",
                quiz.shuffleReason(),
                "questions",
                quiz.questions().stream().map(QuizYaml::write).toList());
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }

    private static Map<String, Object> write(Question question) {
        var info = question.info();
        var evidence = new LinkedHashMap<String, Object>();
        info.evidence().forEach(e -> evidence.put(e.competency().value(), e.level()));
        var fields = YamlWriter.fields(
                "id",
                info.id(),
                "type",
                info.type().word(),
                "title",
                info.title(),
                "group",
                info.group(),
                "points",
                info.points(),
                "text",
                info.text(),
                // Written only when switched off, so that questions keep their fingerprints.
                "shuffle_options",
                info.shuffleOptions() ? null : Boolean.FALSE,
                "shuffle_reason",
                info.shuffleReason());
        fields.putAll(
                switch (question) {
                    case SingleChoice q -> YamlWriter.fields("options", choices(q.options()));
                    case MultipleChoice q -> YamlWriter.fields("options", choices(q.options()));
                    case TrueFalse q ->
                        YamlWriter.fields(
                                "answer",
                                q.answer(),
                                "feedback_true",
                                q.feedbackTrue(),
                                "feedback_false",
                                q.feedbackFalse());
                    case NumericQuestion q ->
                        YamlWriter.fields(
                                "answer",
                                q.answer(),
                                "tolerance",
                                q.tolerance(),
                                "unit",
                                q.unit(),
                                "feedback",
                                q.feedback(),
                                "responses",
                                q.responses().isEmpty()
                                        ? null
                                        : q.responses().stream()
                                                .map(r -> YamlWriter.fields(
                                                        "answer",
                                                        r.value(),
                                                        "tolerance",
                                                        r.value() == null ? null : r.tolerance(),
                                                        "credit",
                                                        r.credit(),
                                                        "feedback",
                                                        r.feedback()))
                                                .toList());
                    case MatchingQuestion q ->
                        YamlWriter.fields(
                                "pairs",
                                q.pairs().stream()
                                        .map(p -> YamlWriter.fields("id", p.id(), "left", p.left(), "right", p.right()))
                                        .toList(),
                                "distractors",
                                q.distractors().isEmpty() ? null : q.distractors());
                    case OrderingQuestion q ->
                        YamlWriter.fields(
                                "items",
                                q.items().stream()
                                        .map(e -> YamlWriter.fields("id", e.id(), "text", e.text()))
                                        .toList());
                    case ShortAnswer q ->
                        YamlWriter.fields(
                                "accepted",
                                q.accepted().isEmpty() ? null : q.accepted(),
                                "responses",
                                q.responses().isEmpty()
                                        ? null
                                        : q.responses().stream()
                                                .map(r -> YamlWriter.fields(
                                                        "text",
                                                        r.text(),
                                                        "credit",
                                                        r.credit(),
                                                        "feedback",
                                                        r.feedback()))
                                                .toList());
                });
        fields.putAll(YamlWriter.fields(
                "text_after",
                info.textAfter(),
                "explanation",
                info.explanation(),
                "evidence",
                evidence,
                "tags",
                info.tags(),
                "source",
                info.source()));
        return fields;
    }

    private static List<Map<String, Object>> choices(List<Choice> options) {
        return options.stream()
                .map(o -> YamlWriter.fields(
                        "id",
                        o.id(),
                        "text",
                        o.text(),
                        "correct",
                        o.correct(),
                        "feedback",
                        o.feedback(),
                        "pin",
                        o.pin() ? Boolean.TRUE : null,
                        "weight",
                        o.weight()))
                .toList();
    }
}
