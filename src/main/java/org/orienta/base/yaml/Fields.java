package org.orienta.base.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.orienta.base.EditDistance;
import org.orienta.base.LocalizedText;
import org.orienta.base.VisibleText;
import org.orienta.base.yaml.YamlValue.Mapping;
import org.orienta.base.yaml.YamlValue.Scalar;
import org.orienta.base.yaml.YamlValue.ScalarType;
import org.orienta.base.yaml.YamlValue.Sequence;

/**
 * Typed access to the fields of one YAML mapping. A missing or mistyped field is recorded as a problem
 * and read as absent, so a reader goes on and reports everything wrong with a file at once;
 * {@link #finish()} reports the fields nobody asked for, so a typo never silently drops content.
 */
public final class Fields {

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Ids are keys in the database, stored in 64 characters. */
    public static final int MAX_ID_LENGTH = 64;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final Mapping map;
    private final String path;
    private final ReadContext context;
    private final Set<String> read = new HashSet<>();

    private Fields(Mapping map, String path, ReadContext context) {
        this.map = map;
        this.path = path;
        this.context = context;
        context.locate(path, map.position());
    }

    /** The fields of a file's top-level mapping, or null (with a problem) when the file is no mapping. */
    public static @Nullable Fields root(YamlValue value, ReadContext context) {
        if (value instanceof Mapping mapping) {
            return new Fields(mapping, "", context);
        }
        context.problem(value.position(), "yaml.rootNotMapping");
        return null;
    }

    public String path() {
        return path;
    }

    public Position position() {
        return map.position();
    }

    public ReadContext context() {
        return context;
    }

    /** The same mapping, known from now on by another path (e.g. by its id instead of its index). */
    public Fields as(String newPath) {
        var renamed = new Fields(map, newPath, context);
        renamed.read.addAll(read);
        return renamed;
    }

    /** The field names of this mapping, in the order written; for mappings whose keys are the author's. */
    public List<String> names() {
        return List.copyOf(map.entries().keySet());
    }

    public boolean has(String name) {
        return map.entries().containsKey(name);
    }

    public Position positionOf(String name) {
        var entry = map.entries().get(name);
        return entry == null ? map.position() : entry.value().position();
    }

    public String childPath(String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }

    /** The raw value of a field, for fields whose shape varies (e.g. a node id or a list of branches). */
    public @Nullable YamlValue raw(String name, boolean required) {
        read.add(name);
        var entry = map.entries().get(name);
        if (entry == null || isNull(entry.value())) {
            if (required) {
                context.problem(map.position(), "field.missing", name);
            }
            return null;
        }
        context.locate(childPath(name), entry.value().position());
        return entry.value();
    }

    public @Nullable String string(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar scalar && scalar.value() != null) {
            if (scalar.value().isBlank()) {
                if (required) {
                    context.problem(value.position(), "field.empty", name);
                }
                return null;
            }
            return scalar.value().strip();
        }
        context.problem(value.position(), "field.notText", name);
        return null;
    }

    /** An id: lower-case words joined by hyphens. */
    public @Nullable String id(String name, boolean required) {
        var value = string(name, required);
        if (value != null
                && (value.length() > MAX_ID_LENGTH || !ID.matcher(value).matches())) {
            context.problem(positionOf(name), "field.badId", value);
            return null;
        }
        return value;
    }

    public @Nullable LocalizedText text(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar || value instanceof Mapping) {
            context.text(value);
        }
        if (value instanceof Scalar scalar && scalar.value() != null && scalar.type() != ScalarType.NULL) {
            if (scalar.value().isBlank()) {
                if (required) {
                    context.problem(value.position(), "field.empty", name);
                }
                return null;
            }
            if (hasInvisible(name, scalar)) {
                return null;
            }
            return LocalizedText.english(scalar.value().strip());
        }
        if (value instanceof Mapping translations) {
            var texts = new LinkedHashMap<String, String>();
            for (var entry : translations.entries().entrySet()) {
                var language = entry.getKey();
                if (!LANGUAGE.matcher(language).matches()) {
                    context.problem(entry.getValue().keyPosition(), "text.badLanguage", language, name);
                    continue;
                }
                if (!(entry.getValue().value() instanceof Scalar s)
                        || s.value() == null
                        || s.value().isBlank()) {
                    context.problem(entry.getValue().value().position(), "text.emptyTranslation", language, name);
                    continue;
                }
                if (hasInvisible(name, s)) {
                    continue;
                }
                texts.put(language, s.value().strip());
            }
            if (!texts.containsKey(LocalizedText.ENGLISH)) {
                context.problem(value.position(), "text.englishRequired", name);
                return null;
            }
            var ordered = new LinkedHashMap<String, String>();
            ordered.put(LocalizedText.ENGLISH, texts.remove(LocalizedText.ENGLISH));
            ordered.putAll(texts);
            return LocalizedText.of(ordered);
        }
        context.problem(value.position(), "field.notText", name);
        return null;
    }

    /** Titles and texts must read as they are: no right-to-left override or other invisible character. */
    private boolean hasInvisible(String name, Scalar scalar) {
        var invisible = VisibleText.invisible(scalar.value(), true);
        if (invisible.isPresent()) {
            context.problem(scalar.position(), "text.invisible", name, VisibleText.describe(invisible.getAsInt()));
            return true;
        }
        return false;
    }

    public @Nullable Integer integer(String name, boolean required, int min, int max) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
            try {
                int number = Integer.parseInt(scalar.value().replace("_", "").replaceFirst("^\\+", ""));
                if (number < min || number > max) {
                    context.problem(value.position(), "field.outOfRange", name, min, max);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                context.problem(value.position(), "field.outOfRange", name, min, max);
                return null;
            }
        }
        context.problem(value.position(), "field.notWholeNumber", name);
        return null;
    }

    public @Nullable BigDecimal number(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar scalar
                && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT)) {
            try {
                return new BigDecimal(scalar.value().replace("_", "").replaceFirst("^\\+", ""));
            } catch (NumberFormatException e) {
                // .inf and .nan are YAML floats but no answer to a question
            }
        }
        context.problem(value.position(), "field.notNumber", name);
        return null;
    }

    public @Nullable Boolean bool(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(scalar.value().toLowerCase(Locale.ROOT));
        }
        context.problem(value.position(), "field.notBoolean", name);
        return null;
    }

    /** One of a fixed set of words. */
    public @Nullable String choice(String name, boolean required, List<String> allowed) {
        var value = string(name, required);
        if (value != null && !allowed.contains(value)) {
            context.problem(positionOf(name), "field.notOneOf", name, value, String.join(", ", allowed));
            return null;
        }
        return value;
    }

    public @Nullable Fields map(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Mapping mapping) {
            return new Fields(mapping, childPath(name), context);
        }
        context.problem(value.position(), "field.notMap", name);
        return null;
    }

    /** A list of mappings; each element's path is the list path plus its index until renamed. */
    public List<Fields> maps(String name, boolean required) {
        var raw = sequence(name, required);
        var list = raw == null ? List.<YamlValue>of() : raw;
        var result = new ArrayList<Fields>();
        for (int i = 0; i < list.size(); i++) {
            var item = list.get(i);
            if (item instanceof Mapping mapping) {
                result.add(new Fields(mapping, childPath(name) + "/" + i, context));
            } else {
                context.problem(item.position(), "field.itemNotMap", name);
            }
        }
        if (required && raw != null && list.isEmpty()) {
            context.problem(positionOf(name), "field.emptyList", name);
        }
        return result;
    }

    public List<String> strings(String name, boolean required) {
        var result = new ArrayList<String>();
        var raw = sequence(name, required);
        for (YamlValue item : raw == null ? List.<YamlValue>of() : raw) {
            if (item instanceof Scalar scalar
                    && scalar.value() != null
                    && !scalar.value().isBlank()) {
                result.add(scalar.value().strip());
            } else {
                context.problem(item.position(), "field.itemNotText", name);
            }
        }
        if (required && raw != null && raw.isEmpty()) {
            context.problem(positionOf(name), "field.emptyList", name);
        }
        return result;
    }

    public List<LocalizedText> texts(String name, boolean required) {
        var result = new ArrayList<LocalizedText>();
        var raw = sequence(name, required);
        var list = raw == null ? List.<YamlValue>of() : raw;
        for (int i = 0; i < list.size(); i++) {
            var wrapper = new Mapping(
                    Map.of("item", new YamlValue.Entry(list.get(i).position(), list.get(i))),
                    list.get(i).position());
            var text = new Fields(wrapper, childPath(name) + "/" + i, context).text("item", true);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** A mapping of names to whole numbers, e.g. evidence {@code {CO4: 3}} or effects {@code {mood: -1}}. */
    public Map<String, Integer> integers(String name, boolean required, int min, int max) {
        var result = new LinkedHashMap<String, Integer>();
        var fields = map(name, required);
        if (fields == null) {
            return result;
        }
        for (String key : fields.map.entries().keySet()) {
            var number = fields.integer(key, true, min, max);
            if (number != null) {
                result.put(key, number);
            }
        }
        if (required && result.isEmpty() && fields.map.entries().isEmpty()) {
            context.problem(fields.position(), "field.emptyMap", name);
        }
        return result;
    }

    public Position keyPositionOf(String name) {
        var entry = map.entries().get(name);
        return entry == null ? map.position() : entry.keyPosition();
    }

    /** Reports every field of this mapping that no reader asked for. */
    public void finish() {
        for (var entry : map.entries().entrySet()) {
            if (!read.contains(entry.getKey())) {
                var suggestion = closest(entry.getKey(), read);
                if (suggestion == null) {
                    context.problem(entry.getValue().keyPosition(), "field.unknown", entry.getKey());
                } else {
                    context.problem(
                            entry.getValue().keyPosition(), "field.unknownDidYouMean", entry.getKey(), suggestion);
                }
            }
        }
    }

    /** The items of a list field; null when it is absent or not a list. */
    private @Nullable List<YamlValue> sequence(String name, boolean required) {
        var value = raw(name, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Sequence sequence) {
            return sequence.items();
        }
        context.problem(value.position(), "field.notList", name);
        return null;
    }

    private static boolean isNull(YamlValue value) {
        return value instanceof Scalar scalar && scalar.type() == ScalarType.NULL;
    }

    private static @Nullable String closest(String unknown, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int distance = EditDistance.between(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
