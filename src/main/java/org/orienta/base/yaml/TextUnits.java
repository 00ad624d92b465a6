package org.orienta.base.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.base.yaml.YamlValue.Mapping;
import org.orienta.base.yaml.YamlValue.Scalar;
import org.orienta.base.yaml.YamlValue.ScalarType;
import org.orienta.base.yaml.YamlValue.Sequence;

/**
 * The translatable units of one content file: every value its kind's reader read as trainee-facing text
 * ({@link Fields#text}, {@link Fields#texts}), each named by its unit key, the path to it with mapping keys
 * by name and list items by their id (a mapping with an id) or else their 0-based index
 * ("nodes/dp-opening/options/brief-sorry/say", "reflection/0"). Translation files, completeness and
 * XLIFF all use these keys, so they follow whatever a reader reads as text, for every kind alike.
 */
public final class TextUnits {

    private TextUnits() {}

    /** One unit: its key and the value in the document (a plain text or a language map). */
    public record Unit(String key, YamlValue value) {

        /** The English text (the plain value or the map's en entry). */
        public String english() {
            return language(LocalizedText.ENGLISH);
        }

        /** The text in a language, or null when the unit has none in it. */
        public @Nullable String language(String language) {
            return switch (value) {
                case Scalar s when language.equals(LocalizedText.ENGLISH) -> strip(s.value());
                case Mapping m ->
                    m.entries().get(language) != null
                                    && m.entries().get(language).value() instanceof Scalar s
                            ? strip(s.value())
                            : null;
                default -> null;
            };
        }

        /** The languages besides English this unit has text in. */
        public List<String> translatedLanguages() {
            if (!(value instanceof Mapping m)) {
                return List.of();
            }
            return m.entries().keySet().stream()
                    .filter(l -> !l.equals(LocalizedText.ENGLISH))
                    .toList();
        }

        private static @Nullable String strip(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** The units of a document its reader has read with this context, in document order. */
    public static List<Unit> of(YamlValue document, ReadContext context) {
        var units = new ArrayList<Unit>();
        walk(document, "", context, units);
        return units;
    }

    private static void walk(YamlValue value, String path, ReadContext context, List<Unit> units) {
        if (context.isText(value)) {
            units.add(new Unit(path, value));
            return;
        }
        switch (value) {
            case Mapping mapping ->
                mapping.entries().forEach((name, entry) -> walk(entry.value(), join(path, name), context, units));
            case Sequence sequence -> {
                for (int i = 0; i < sequence.items().size(); i++) {
                    var item = sequence.items().get(i);
                    walk(item, join(path, segment(item, i)), context, units);
                }
            }
            case Scalar scalar -> {
                // a plain value that is not text: nothing to translate
            }
        }
    }

    /** Every mapping of the document by its path (as unit keys name paths), the document itself as "". */
    public static Map<String, Mapping> mappings(YamlValue document) {
        var mappings = new LinkedHashMap<String, Mapping>();
        collect(document, "", mappings);
        return mappings;
    }

    private static void collect(YamlValue value, String path, Map<String, Mapping> mappings) {
        switch (value) {
            case Mapping mapping -> {
                mappings.put(path, mapping);
                mapping.entries().forEach((name, entry) -> collect(entry.value(), join(path, name), mappings));
            }
            case Sequence sequence -> {
                for (int i = 0; i < sequence.items().size(); i++) {
                    var item = sequence.items().get(i);
                    collect(item, join(path, segment(item, i)), mappings);
                }
            }
            case Scalar scalar -> {
                // no mapping below a plain value
            }
        }
    }

    /** A list item is known by its id when it has one, so inserting an item does not rename the others. */
    private static String segment(YamlValue item, int index) {
        if (item instanceof Mapping mapping
                && mapping.entries().get("id") != null
                && mapping.entries().get("id").value() instanceof Scalar id
                && id.value() != null) {
            return id.value();
        }
        return Integer.toString(index);
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "/" + segment;
    }

    /**
     * A copy of the document with some values replaced (found by identity, e.g. a unit's value replaced
     * by a language map); everything else is shared.
     */
    public static YamlValue replace(YamlValue document, Map<YamlValue, YamlValue> replacements) {
        var byIdentity = new IdentityHashMap<YamlValue, YamlValue>(replacements);
        return copy(document, byIdentity::get);
    }

    private static YamlValue copy(YamlValue value, Function<YamlValue, @Nullable YamlValue> replacement) {
        var replaced = replacement.apply(value);
        if (replaced != null) {
            return replaced;
        }
        return switch (value) {
            case Mapping mapping -> {
                var entries = new LinkedHashMap<String, YamlValue.Entry>();
                mapping.entries()
                        .forEach((name, entry) -> entries.put(
                                name, new YamlValue.Entry(entry.keyPosition(), copy(entry.value(), replacement))));
                yield new Mapping(entries, mapping.position());
            }
            case Sequence sequence ->
                new Sequence(
                        sequence.items().stream().map(i -> copy(i, replacement)).toList(), sequence.position());
            case Scalar scalar -> scalar;
        };
    }

    /** How far the units are translated, per language. */
    public static org.orienta.base.Completeness completeness(List<Unit> units) {
        var texts = new ArrayList<LocalizedText>();
        for (var unit : units) {
            var byLanguage = new LinkedHashMap<String, String>();
            var english = unit.english();
            byLanguage.put(LocalizedText.ENGLISH, english == null ? "" : english);
            for (var language : unit.translatedLanguages()) {
                var text = unit.language(language);
                if (text != null) {
                    byLanguage.put(language, text);
                }
            }
            texts.add(LocalizedText.of(byLanguage));
        }
        return org.orienta.base.Completeness.of(texts);
    }

    /**
     * The document with only the languages every unit has: a trainee sees an item wholly in their
     * language or wholly in English, never a mix. Null when nothing needs to be left out.
     */
    public static @Nullable YamlValue onlyComplete(YamlValue document, ReadContext context) {
        var units = of(document, context);
        var present = new java.util.LinkedHashSet<String>();
        units.forEach(u -> present.addAll(u.translatedLanguages()));
        var incomplete = new java.util.HashSet<String>();
        for (var language : present) {
            if (units.stream().anyMatch(u -> u.language(language) == null)) {
                incomplete.add(language);
            }
        }
        if (incomplete.isEmpty()) {
            return null;
        }
        var replacements = new IdentityHashMap<YamlValue, YamlValue>();
        for (var unit : units) {
            if (unit.value() instanceof Mapping map
                    && map.entries().keySet().stream().anyMatch(incomplete::contains)) {
                var kept = new LinkedHashMap<String, YamlValue>();
                map.entries().forEach((language, entry) -> {
                    if (!incomplete.contains(language)) {
                        kept.put(language, entry.value());
                    }
                });
                replacements.put(
                        map,
                        kept.size() == 1 && kept.containsKey(LocalizedText.ENGLISH)
                                ? kept.get(LocalizedText.ENGLISH)
                                : languageMap(kept, map.position()));
            }
        }
        return replace(document, replacements);
    }

    /** A plain text value, for building language maps. */
    public static Scalar text(String text, Position position) {
        return new Scalar(text, ScalarType.STRING, position);
    }

    /** A language map {en: …, hr: …} from texts by language, English first. */
    public static Mapping languageMap(Map<String, YamlValue> byLanguage, Position position) {
        var entries = new LinkedHashMap<String, YamlValue.Entry>();
        byLanguage.forEach((language, text) -> entries.put(language, new YamlValue.Entry(text.position(), text)));
        return new Mapping(entries, position);
    }
}
