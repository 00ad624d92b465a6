package org.orienta.progress.attempt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseAnswer.CalculateAnswer;
import org.orienta.exercise.ExerciseAnswer.ClassifyAnswer;
import org.orienta.exercise.ExerciseAnswer.MatchAnswer;
import org.orienta.exercise.ExerciseAnswer.OrderAnswer;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.quiz.QuestionAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers as small JSON documents in a step row: {"type":"classify","values":{"i1":"low"}}. Explicit
 * rather than reflective, so stored answers stay readable after the answer classes change.
 */
public final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {}

    public static String write(ExerciseAnswer answer) {
        ObjectNode node = JSON.createObjectNode();
        switch (answer) {
            case ClassifyAnswer a -> {
                node.put("type", "classify");
                var values = node.putObject("values");
                a.categories().forEach(values::put);
            }
            case CalculateAnswer a -> {
                node.put("type", "calculate");
                var values = node.putObject("values");
                a.values().forEach((k, v) -> values.put(k, v.toPlainString()));
            }
            case OrderAnswer a -> {
                node.put("type", "order");
                var values = node.putArray("values");
                a.stepIds().forEach(values::add);
            }
            case MatchAnswer a -> {
                node.put("type", "match");
                var values = node.putObject("values");
                a.rights().forEach(values::put);
            }
            case RewriteAnswer a -> {
                node.put("type", "rewrite");
                var values = node.putObject("values");
                a.texts().forEach(values::put);
            }
            case ReflectionAnswer a -> {
                node.put("type", "reflection");
                var values = node.putObject("values");
                a.texts().forEach(values::put);
            }
        }
        return JSON.writeValueAsString(node);
    }

    public static ExerciseAnswer readExercise(String json) {
        JsonNode node = JSON.readTree(json);
        var values = node.get("values");
        return switch (node.get("type").asString()) {
            case "classify" -> new ClassifyAnswer(strings(values));
            case "calculate" -> {
                var numbers = new LinkedHashMap<String, BigDecimal>();
                strings(values).forEach((k, v) -> numbers.put(k, new BigDecimal(v)));
                yield new CalculateAnswer(numbers);
            }
            case "order" -> {
                var ids = new ArrayList<String>();
                values.forEach(v -> ids.add(v.asString()));
                yield new OrderAnswer(ids);
            }
            case "match" -> new MatchAnswer(strings(values));
            case "rewrite" -> new RewriteAnswer(strings(values));
            case "reflection" -> new ReflectionAnswer(strings(values));
            default -> throw new IllegalArgumentException("unknown answer type in " + json);
        };
    }

    public static String write(QuestionAnswer answer) {
        ObjectNode node = JSON.createObjectNode();
        switch (answer) {
            case QuestionAnswer.ChosenOption a -> node.put("option", a.optionId());
            case QuestionAnswer.ChosenOptions a -> {
                var values = node.putArray("options");
                a.optionIds().stream().sorted().forEach(values::add);
            }
            case QuestionAnswer.TrueFalseAnswer a -> node.put("value", a.value());
            case QuestionAnswer.NumericAnswer a -> node.put("number", a.value().toPlainString());
            case QuestionAnswer.MatchingAnswer a -> {
                var values = node.putObject("pairs");
                new java.util.TreeMap<>(a.rights()).forEach(values::put);
            }
            case QuestionAnswer.OrderingAnswer a -> {
                var values = node.putArray("order");
                a.itemIds().forEach(values::add);
            }
            case QuestionAnswer.TextAnswer a -> node.put("text", a.text());
        }
        return JSON.writeValueAsString(node);
    }

    public static QuestionAnswer readQuestion(String json) {
        JsonNode node = JSON.readTree(json);
        if (node.has("option")) {
            return new QuestionAnswer.ChosenOption(node.get("option").asString());
        }
        if (node.has("options")) {
            var ids = new java.util.LinkedHashSet<String>();
            node.get("options").forEach(v -> ids.add(v.asString()));
            return new QuestionAnswer.ChosenOptions(ids);
        }
        if (node.has("value")) {
            return new QuestionAnswer.TrueFalseAnswer(node.get("value").asBoolean());
        }
        if (node.has("number")) {
            return new QuestionAnswer.NumericAnswer(
                    new BigDecimal(node.get("number").asString()));
        }
        if (node.has("pairs")) {
            return new QuestionAnswer.MatchingAnswer(strings(node.get("pairs")));
        }
        if (node.has("order")) {
            var ids = new ArrayList<String>();
            node.get("order").forEach(v -> ids.add(v.asString()));
            return new QuestionAnswer.OrderingAnswer(ids);
        }
        return new QuestionAnswer.TextAnswer(node.get("text").asString());
    }

    private static Map<String, String> strings(JsonNode values) {
        var map = new LinkedHashMap<String, String>();
        values.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }
}
