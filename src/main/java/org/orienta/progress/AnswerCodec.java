package org.orienta.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseAnswer.CalculateAnswer;
import org.orienta.exercise.ExerciseAnswer.ClassifyAnswer;
import org.orienta.exercise.ExerciseAnswer.MatchAnswer;
import org.orienta.exercise.ExerciseAnswer.OrderAnswer;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers as small JSON documents in a step row: {"type":"classify","values":{"i1":"low"}}. Explicit
 * rather than reflective, so stored answers stay readable after the answer classes change.
 */
final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {}

    static String write(ExerciseAnswer answer) {
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
        }
        return JSON.writeValueAsString(node);
    }

    static ExerciseAnswer readExercise(String json) {
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
            default -> throw new IllegalArgumentException("unknown answer type in " + json);
        };
    }

    private static Map<String, String> strings(JsonNode values) {
        var map = new LinkedHashMap<String, String>();
        values.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }
}
