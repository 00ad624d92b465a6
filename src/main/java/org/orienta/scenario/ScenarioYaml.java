package org.orienta.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;

/**
 * Reads a scenario file into a {@link ScenarioDefinition}, recording every structural problem with its
 * position and the position of every node and option (for the graph rules checked afterwards), and
 * writes a definition back as canonical YAML.
 */
public final class ScenarioYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/scenario.json";
    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");
    /** A value a drawn name can take: what a condition can name after == or !=. */
    private static final java.util.regex.Pattern VALUE =
            java.util.regex.Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");

    private static final List<String> NODE_TYPES = List.of("narration", "customer", "decision", "ending");
    private static final List<String> REPLIES = List.of("choose", "own-words");

    private ScenarioYaml() {}

    /**
     * The kind's content type for code that runs without a Spring context (the validate command, static
     * tests); a running server gets the same type as a bean.
     */
    public static ContentType<ScenarioDefinition> contentType() {
        return new ScenarioContentType();
    }

    /** The scenario, or null when the file has structural problems (all recorded in the context). */
    public static @Nullable ScenarioDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var title = root.text("title", true);
        var summary = root.text("summary", true);
        var setting = root.text("setting", true);
        var persona = persona(root.map("persona", true));
        var minutes = root.integer("minutes", true, 1, 120);
        var sectors = root.strings("sectors", true);
        var feedback = root.choice("feedback", false, List.of("immediate", "debrief"));
        var state = state(root.integers("state", false, -1000, 1000), context);
        var shuffle = root.bool("shuffle", false);
        var shuffleReason = root.string("shuffle_reason", false);
        var draws = draws(root.map("draw", false), state);
        var reply = root.choice("reply", false, REPLIES);
        var start = root.id("start", true);
        var nodes = new ArrayList<ScenarioNode>();
        for (Fields node : root.maps("nodes", true)) {
            var read = node(node);
            if (read != null) {
                nodes.add(read);
            }
        }
        var sources = new ArrayList<String>();
        // "source" (one) and "sources" (several) are both author metadata, never shown to trainees.
        if (root.raw("source", false) instanceof YamlValue.Sequence) {
            sources.addAll(root.strings("source", false));
        } else {
            var one = root.string("source", false);
            if (one != null) {
                sources.add(one);
            }
        }
        sources.addAll(root.strings("sources", false));
        root.finish();
        if (context.hasProblems()
                || id == null
                || title == null
                || summary == null
                || setting == null
                || persona == null
                || minutes == null
                || start == null
                || state == null
                || draws == null) {
            return null;
        }
        return new ScenarioDefinition(
                id,
                title,
                summary,
                setting,
                persona,
                minutes,
                sectors,
                feedback == null ? FeedbackTiming.IMMEDIATE : FeedbackTiming.valueOf(feedback.toUpperCase(Locale.ROOT)),
                state,
                start,
                nodes,
                sources,
                !Boolean.FALSE.equals(shuffle),
                shuffleReason,
                draws,
                reply == null ? ReplyMode.CHOOSE : ReplyMode.ofWord(reply));
    }

    /**
     * The hidden values drawn per attempt: each name (like a counter's) with at least two values that
     * conditions can compare it with. A name may not also be mood or a counter.
     */
    private static @Nullable Map<String, List<String>> draws(@Nullable Fields fields, @Nullable ScenarioState state) {
        var draws = new LinkedHashMap<String, List<String>>();
        if (fields == null) {
            return draws;
        }
        var context = fields.context();
        boolean ok = true;
        for (String name : fields.names()) {
            var values = fields.strings(name, true);
            var at = fields.positionOf(name);
            if (!COUNTER.matcher(name).matches() || List.of("and", "or", "not").contains(name)) {
                context.problem(fields.keyPositionOf(name), "scenario.badDrawName", name);
                ok = false;
                continue;
            }
            if (ScenarioState.MOOD.equals(name)
                    || (state != null && state.counters().containsKey(name))) {
                context.problem(fields.keyPositionOf(name), "scenario.drawClash", name);
                ok = false;
                continue;
            }
            var seen = new java.util.HashSet<String>();
            for (String value : values) {
                if (!VALUE.matcher(value).matches()
                        || List.of("and", "or", "not").contains(value)) {
                    context.problem(at, "scenario.badDrawValue", name, value);
                    ok = false;
                } else if (!seen.add(value)) {
                    context.problem(at, "scenario.duplicateDrawValue", name, value);
                    ok = false;
                }
            }
            if (seen.size() < 2) {
                if (ok) {
                    context.problem(at, "scenario.drawTooFew", name);
                }
                ok = false;
                continue;
            }
            draws.put(name, values);
        }
        fields.finish();
        return ok ? draws : null;
    }

    private static @Nullable Persona persona(@Nullable Fields fields) {
        if (fields == null) {
            return null;
        }
        var name = fields.text("name", true);
        var age = fields.integer("age", true, 1, 120);
        var situation = fields.text("situation", true);
        var expects = fields.text("expects", true);
        fields.finish();
        return name == null || age == null || situation == null || expects == null
                ? null
                : new Persona(name, age, situation, expects);
    }

    private static @Nullable ScenarioState state(Map<String, Integer> values, ReadContext context) {
        var counters = new LinkedHashMap<String, Integer>(values);
        Integer mood = counters.remove(ScenarioState.MOOD);
        if (mood != null && (mood < ScenarioState.MIN_MOOD || mood > ScenarioState.MAX_MOOD)) {
            context.problem(
                    context.positionOf("state/" + ScenarioState.MOOD),
                    "field.outOfRange",
                    ScenarioState.MOOD,
                    ScenarioState.MIN_MOOD,
                    ScenarioState.MAX_MOOD);
            return null;
        }
        for (String name : counters.keySet()) {
            if (!COUNTER.matcher(name).matches() || List.of("and", "or", "not").contains(name)) {
                context.problem(context.positionOf("state/" + name), "scenario.badCounter", name);
                return null;
            }
        }
        return new ScenarioState(mood == null ? ScenarioState.DEFAULT_MOOD : mood, counters);
    }

    private static @Nullable ScenarioNode node(Fields fields) {
        var id = fields.id("id", true);
        var node = id == null ? fields : fields.as("nodes/" + id);
        var type = node.choice("type", true, NODE_TYPES);
        if (id == null || type == null) {
            node.raw("text", false);
            node.raw("lines", false);
            node.raw("next", false);
            node.raw("mood", false);
            node.raw("prompt", false);
            node.raw("options", false);
            node.raw("outcome", false);
            node.raw("title", false);
            node.raw("debrief", false);
            node.raw("reflection", false);
            node.raw("review_reflection", false);
            node.raw("reply", false);
            node.finish();
            return null;
        }
        ScenarioNode result = switch (type) {
            case "narration" -> {
                var lines = lines(node);
                var next = next(node, "next");
                yield lines == null || next == null ? null : new Narration(id, lines, next);
            }
            case "customer" -> {
                var lines = lines(node);
                var mood = node.integer("mood", false, ScenarioState.MIN_MOOD, ScenarioState.MAX_MOOD);
                var next = next(node, "next");
                yield lines == null || next == null ? null : new CustomerLine(id, lines, mood, next);
            }
            case "decision" -> {
                var prompt = node.text("prompt", false);
                var reply = node.choice("reply", false, REPLIES);
                var options = new ArrayList<Option>();
                for (Fields option : node.maps("options", true)) {
                    var read = option(option, id);
                    if (read != null) {
                        options.add(read);
                    }
                }
                yield new Decision(id, prompt, options, reply == null ? null : ReplyMode.ofWord(reply));
            }
            default -> {
                var outcome = node.id("outcome", true);
                var title = textOrLines(node, "title");
                var debrief = textOrLines(node, "debrief");
                var reflection = node.texts("reflection", false);
                var review = node.bool("review_reflection", false);
                yield outcome == null || title == null || debrief == null
                        ? null
                        : new Ending(id, outcome, title, debrief, reflection, Boolean.TRUE.equals(review));
            }
        };
        node.finish();
        return result;
    }

    private static @Nullable List<Line> lines(Fields node) {
        boolean hasText = node.has("text");
        boolean hasLines = node.has("lines");
        if (hasText && hasLines) {
            node.context().problem(node.positionOf("lines"), "scenario.textAndLines");
        }
        if (!hasText && !hasLines) {
            node.context().problem(node.position(), "scenario.textOrLines");
            node.raw("text", false);
            node.raw("lines", false);
            return null;
        }
        if (hasText) {
            node.raw("lines", false);
            var text = node.text("text", true);
            return text == null ? null : List.of(new Line(null, text));
        }
        node.raw("text", false);
        var lines = new ArrayList<Line>();
        var items = node.maps("lines", true);
        for (int i = 0; i < items.size(); i++) {
            var line = items.get(i).as(node.childPath("lines") + "/" + i);
            var when = condition(line, "when");
            var text = line.text("text", true);
            line.finish();
            if (text != null) {
                lines.add(new Line(when, text));
            }
        }
        return lines;
    }

    /**
     * An ending's title or debrief: one text, or lines with conditions like a customer's (the last one
     * without, which the rules check).
     */
    private static @Nullable List<Line> textOrLines(Fields node, String name) {
        if (!(node.raw(name, false) instanceof YamlValue.Sequence)) {
            var text = node.text(name, true);
            return text == null ? null : List.of(new Line(null, text));
        }
        var lines = new ArrayList<Line>();
        var items = node.maps(name, true);
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            var line = items.get(i).as(node.childPath(name) + "/" + i);
            var when = condition(line, "when");
            var text = line.text("text", true);
            line.finish();
            if (text == null) {
                complete = false;
            } else {
                lines.add(new Line(when, text));
            }
        }
        return complete && !lines.isEmpty() ? lines : null;
    }

    private static @Nullable Option option(Fields fields, String nodeId) {
        var id = fields.id("id", true);
        var option = id == null ? fields : fields.as("nodes/" + nodeId + "/options/" + id);
        var say = option.text("say", true);
        var feedback = option.text("feedback", true);
        var next = next(option, "next");
        var evidence = evidence(option);
        var effects = option.integers("effects", false, -10, 10);
        var when = condition(option, "when");
        var pin = option.bool("pin", false);
        var examples = examples(option);
        option.finish();
        if (id == null || say == null || feedback == null || next == null) {
            return null;
        }
        return new Option(id, say, feedback, next, evidence, effects, when, Boolean.TRUE.equals(pin), examples);
    }

    /** An option's example phrasings: non-blank, each once (a repeat would weigh twice in matching). */
    private static List<String> examples(Fields option) {
        var examples = new ArrayList<String>();
        for (String example : option.strings("examples", false)) {
            var text = example.strip();
            if (text.isEmpty()) {
                option.context().problem(option.positionOf("examples"), "scenario.exampleBlank");
            } else if (examples.contains(text)) {
                option.context().problem(option.positionOf("examples"), "scenario.exampleRepeated", text);
            } else {
                examples.add(text);
            }
        }
        return examples;
    }

    static List<Evidence> evidence(Fields fields) {
        var evidence = new ArrayList<Evidence>();
        var raw = fields.integers("evidence", false, Evidence.MIN_LEVEL, Evidence.MAX_LEVEL);
        for (var claim : raw.entrySet()) {
            if (CompetencyCode.isValid(claim.getKey())) {
                evidence.add(new Evidence(new CompetencyCode(claim.getKey()), claim.getValue()));
            } else {
                fields.context().problem(fields.positionOf("evidence"), "evidence.badCode", claim.getKey());
            }
        }
        return evidence;
    }

    private static @Nullable Next next(Fields fields, String name) {
        var value = fields.raw(name, true);
        if (value == null) {
            return null;
        }
        var context = fields.context();
        if (value instanceof YamlValue.Scalar scalar && scalar.value() != null) {
            var target = scalar.value().strip();
            if (!Fields.ID.matcher(target).matches()) {
                context.problem(value.position(), "field.badId", target);
                return null;
            }
            return Next.to(target);
        }
        if (value instanceof YamlValue.Sequence) {
            var branches = new ArrayList<Next.Branch>();
            var items = fields.maps(name, true);
            for (int i = 0; i < items.size(); i++) {
                var branch = items.get(i);
                var when = condition(branch, "when");
                var target = branch.id("goto", true);
                branch.finish();
                if (target != null) {
                    branches.add(new Next.Branch(when, target));
                }
            }
            return branches.isEmpty() ? null : new Next(branches);
        }
        context.problem(value.position(), "scenario.badNext", name);
        return null;
    }

    private static @Nullable Condition condition(Fields fields, String name) {
        var source = fields.string(name, false);
        if (source == null) {
            return null;
        }
        try {
            return Condition.parse(source);
        } catch (Condition.ConditionSyntaxException e) {
            var at = fields.positionOf(name);
            fields.context()
                    .problem(
                            new Position(at.line(), at.column() + e.column() - 1),
                            "condition.syntax",
                            source,
                            Objects.requireNonNullElse(e.getMessage(), ""));
            return null;
        }
    }

    public static String write(ScenarioDefinition scenario) {
        var state = new LinkedHashMap<String, Object>();
        state.put(ScenarioState.MOOD, scenario.initialState().mood());
        state.putAll(scenario.initialState().counters());
        var persona = YamlWriter.fields(
                "name",
                scenario.persona().localizedName(),
                "age",
                scenario.persona().age(),
                "situation",
                scenario.persona().situation(),
                "expects",
                scenario.persona().expects());
        var document = YamlWriter.fields(
                "id",
                scenario.id(),
                "title",
                scenario.title(),
                "summary",
                scenario.summary(),
                "setting",
                scenario.setting(),
                "persona",
                persona,
                "minutes",
                scenario.minutes(),
                "sectors",
                scenario.sectors(),
                "feedback",
                scenario.feedback().name().toLowerCase(Locale.ROOT),
                // Written only when they differ from the default, so earlier versions keep their fingerprints.
                "shuffle",
                scenario.shuffle() ? null : Boolean.FALSE,
                "shuffle_reason",
                scenario.shuffleReason(),
                "state",
                state,
                "draw",
                scenario.draws().isEmpty() ? null : new LinkedHashMap<String, Object>(scenario.draws()),
                "reply",
                scenario.reply() == ReplyMode.CHOOSE ? null : scenario.reply().word(),
                "start",
                scenario.start(),
                "sources",
                scenario.sources(),
                "nodes",
                scenario.nodes().stream().map(ScenarioYaml::writeNode).toList());
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }

    private static Map<String, Object> writeNode(ScenarioNode node) {
        return switch (node) {
            case Narration n -> withLines(YamlWriter.fields("id", n.id(), "type", "narration"), n.lines(), n.next());
            case CustomerLine c -> {
                var fields = withLines(
                        YamlWriter.fields("id", c.id(), "type", "customer", "mood", c.mood()), c.lines(), c.next());
                yield fields;
            }
            case Decision d ->
                YamlWriter.fields(
                        "id",
                        d.id(),
                        "type",
                        "decision",
                        "prompt",
                        d.prompt(),
                        "reply",
                        d.reply() == null ? null : d.reply().word(),
                        "options",
                        d.options().stream().map(ScenarioYaml::writeOption).toList());
            // review_reflection is written only when set, so existing files and versions keep their fingerprints.
            case Ending e ->
                YamlWriter.fields(
                        "id",
                        e.id(),
                        "type",
                        "ending",
                        "outcome",
                        e.outcome(),
                        "title",
                        writeLines(e.titles()),
                        "debrief",
                        writeLines(e.debriefs()),
                        "reflection",
                        e.reflection(),
                        "review_reflection",
                        e.review() ? Boolean.TRUE : null);
        };
    }

    private static Object writeLines(List<Line> lines) {
        if (lines.size() == 1 && lines.getFirst().when() == null) {
            return lines.getFirst().text();
        }
        return lines.stream()
                .map(l -> YamlWriter.fields(
                        "when", l.when() == null ? null : l.when().source(), "text", l.text()))
                .toList();
    }

    private static Map<String, Object> withLines(Map<String, Object> fields, List<Line> lines, Next next) {
        if (lines.size() == 1 && lines.getFirst().when() == null) {
            fields.put("text", lines.getFirst().text());
        } else {
            fields.put(
                    "lines",
                    lines.stream()
                            .map(l -> YamlWriter.fields(
                                    "when", l.when() == null ? null : l.when().source(), "text", l.text()))
                            .toList());
        }
        fields.put("next", writeNext(next));
        return fields;
    }

    private static Map<String, Object> writeOption(Option option) {
        var evidence = new LinkedHashMap<String, Object>();
        option.evidence().forEach(e -> evidence.put(e.competency().value(), e.level()));
        var effects = new java.util.TreeMap<String, Object>(option.effects());
        return YamlWriter.fields(
                "id",
                option.id(),
                "when",
                option.when() == null ? null : option.when().source(),
                "say",
                option.say(),
                "feedback",
                option.feedback(),
                "evidence",
                evidence,
                "effects",
                new LinkedHashMap<>(effects),
                "pin",
                option.pin() ? Boolean.TRUE : null,
                "examples",
                option.examples().isEmpty() ? null : option.examples(),
                "next",
                writeNext(option.next()));
    }

    static Object writeNext(Next next) {
        if (next.isPlain()) {
            return next.branches().getFirst().target();
        }
        return next.branches().stream()
                .map(b -> YamlWriter.fields(
                        "when", b.when() == null ? null : b.when().source(), "goto", b.target()))
                .toList();
    }
}
