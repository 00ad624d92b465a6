package org.orienta.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.orienta.base.EditDistance;
import org.orienta.base.Languages;
import org.orienta.base.LocalizedText;
import org.orienta.base.VisibleText;
import org.orienta.base.yaml.Position;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.TextUnits;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlValue.Mapping;
import org.orienta.base.yaml.YamlValue.Scalar;
import org.orienta.base.yaml.YamlValue.ScalarType;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;

/**
 * Translation files beside the English content: {@code translations/<lang>/<folder>/<key>.yaml}, a flat
 * map from unit key ({@link TextUnits}) to the text in that language. On import each file's texts are
 * merged into the item's document as language maps ({@code {en: …, hr: …}}) before the kind's reader
 * reads it, so a version stores every language inline; on export the canonical text is split back into
 * the English file and one translation file per language (docs/decisions/0029).
 */
public final class ContentTranslations {

    public static final String FOLDER = "translations";

    /** One language's translation of one item, read and checked as a file. */
    record Overlay(
            String file, String language, String itemPath, Map<String, Scalar> texts, Map<String, Position> keys) {}

    private ContentTranslations() {}

    static boolean isTranslation(String path) {
        return path.startsWith(FOLDER + "/");
    }

    /** The languages a translation folder may be named after: every supported one but English. */
    public static List<String> languages() {
        return Languages.SUPPORTED.stream()
                .map(Locale::getLanguage)
                .filter(l -> !l.equals(LocalizedText.ENGLISH))
                .toList();
    }

    /** The path of a language's translation file of an item file ("translations/hr/scenarios/rp-01.yaml"). */
    public static String path(String language, String itemPath) {
        return FOLDER + "/" + language + "/" + itemPath;
    }

    /**
     * Reads a translation file; problems (with the file's line) go to the list. Null when the file is not
     * usable at all (wrong place, not YAML, not a map).
     *
     * @param folders the folders of the kinds being read: a translation translates a file in one of them
     */
    static @Nullable Overlay read(
            ContentFile file, String text, java.util.Collection<String> folders, List<ContentProblem> problems) {
        var parts = file.path().split("/");
        if (parts.length != 4 || !parts[3].endsWith(".yaml") || !folders.contains(parts[2])) {
            problems.add(problem(file.path(), Position.START, "translation.badPath"));
            return null;
        }
        var language = parts[1];
        if (!languages().contains(language)) {
            problems.add(problem(
                    file.path(),
                    Position.START,
                    "translation.unknownLanguage",
                    language,
                    String.join(", ", languages())));
            return null;
        }
        YamlValue document;
        try {
            document = SafeYaml.parse(text);
        } catch (YamlSyntaxException e) {
            problems.add(new ContentProblem(
                    file.path(),
                    e.problem().position(),
                    e.problem().messageKey(),
                    e.problem().arguments()));
            return null;
        }
        var texts = new LinkedHashMap<String, Scalar>();
        var keys = new HashMap<String, Position>();
        if (document instanceof Scalar s && s.type() == ScalarType.NULL) {
            return new Overlay(file.path(), language, parts[2] + "/" + parts[3], texts, keys);
        }
        if (!(document instanceof Mapping mapping)) {
            problems.add(problem(file.path(), document.position(), "translation.notMap"));
            return null;
        }
        for (var entry : mapping.entries().entrySet()) {
            var key = entry.getKey();
            var value = entry.getValue().value();
            keys.put(key, entry.getValue().keyPosition());
            if (!(value instanceof Scalar scalar) || scalar.type() == ScalarType.NULL) {
                if (value instanceof Scalar) {
                    problems.add(problem(file.path(), value.position(), "translation.blank", key));
                } else {
                    problems.add(problem(file.path(), value.position(), "translation.notText", key));
                }
                continue;
            }
            if (scalar.value() == null || scalar.value().isBlank()) {
                problems.add(problem(file.path(), value.position(), "translation.blank", key));
                continue;
            }
            var invisible = VisibleText.invisible(scalar.value(), true);
            if (invisible.isPresent()) {
                problems.add(problem(
                        file.path(),
                        value.position(),
                        "text.invisible",
                        key,
                        VisibleText.describe(invisible.getAsInt())));
                continue;
            }
            texts.put(key, TextUnits.text(scalar.value().strip(), scalar.position()));
        }
        return new Overlay(file.path(), language, parts[2] + "/" + parts[3], texts, keys);
    }

    /**
     * The item's document with every translated unit turned into a language map, languages in the order
     * of {@link Languages#SUPPORTED} whatever order the files came in, so the same files always give the
     * same version. A key that names no unit is reported with the closest one that does.
     *
     * @param englishRead the context the kind's reader read the untranslated document with
     */
    static YamlValue merge(
            YamlValue document, ReadContext englishRead, List<Overlay> overlays, List<ContentProblem> problems) {
        var units = TextUnits.of(document, englishRead);
        var byKey = new LinkedHashMap<String, TextUnits.Unit>();
        units.forEach(u -> byKey.put(u.key(), u));
        var added = new LinkedHashMap<String, Map<String, YamlValue>>();
        for (var language : languages()) {
            for (var overlay : overlays) {
                if (!overlay.language().equals(language)) {
                    continue;
                }
                for (var entry : overlay.texts().entrySet()) {
                    var unit = byKey.get(entry.getKey());
                    if (unit == null) {
                        problems.add(problem(
                                overlay.file(),
                                overlay.keys().get(entry.getKey()),
                                "translation.unknownUnit",
                                entry.getKey(),
                                closest(entry.getKey(), byKey.keySet())));
                        continue;
                    }
                    if (unit.language(language) != null) {
                        problems.add(problem(
                                overlay.file(),
                                overlay.keys().get(entry.getKey()),
                                "translation.twice",
                                entry.getKey(),
                                overlay.itemPath()));
                        continue;
                    }
                    added.computeIfAbsent(unit.key(), k -> new LinkedHashMap<>())
                            .put(language, entry.getValue());
                }
            }
        }
        var replacements = new IdentityHashMap<YamlValue, YamlValue>();
        for (var entry : added.entrySet()) {
            var unit = byKey.get(entry.getKey());
            var languagesOf = new LinkedHashMap<String, YamlValue>();
            switch (unit.value()) {
                case Mapping map -> map.entries().forEach((l, e) -> languagesOf.put(l, e.value()));
                default -> languagesOf.put(LocalizedText.ENGLISH, unit.value());
            }
            languagesOf.putAll(entry.getValue());
            var ordered = new LinkedHashMap<String, YamlValue>();
            ordered.put(LocalizedText.ENGLISH, languagesOf.remove(LocalizedText.ENGLISH));
            for (var language : languages()) {
                var text = languagesOf.remove(language);
                if (text != null) {
                    ordered.put(language, text);
                }
            }
            ordered.putAll(languagesOf);
            replacements.put(
                    unit.value(), TextUnits.languageMap(ordered, unit.value().position()));
        }
        return replacements.isEmpty() ? document : TextUnits.replace(document, replacements);
    }

    /** An item's canonical text split into its English file and one translation file per language. */
    public record Split(String english, Map<String, String> translations) {}

    /**
     * Splits a canonical item text (as a version stores it, every language inline) into the English
     * text and translation files.
     *
     * @param read the kind's reader
     * @param write writes what the reader read back as canonical text
     */
    public static <D> Split split(
            String itemPath,
            String body,
            java.util.function.BiFunction<YamlValue, ReadContext, @Nullable D> read,
            Function<D, String> write) {
        YamlValue document;
        try {
            document = SafeYaml.parse(body);
        } catch (YamlSyntaxException e) {
            return new Split(body, Map.of());
        }
        var context = new ReadContext();
        if (read.apply(document, context) == null) {
            return new Split(body, Map.of());
        }
        var units = TextUnits.of(document, context);
        if (units.stream().allMatch(u -> u.translatedLanguages().isEmpty())) {
            return new Split(body, Map.of());
        }
        var replacements = new IdentityHashMap<YamlValue, YamlValue>();
        var byLanguage = new LinkedHashMap<String, Map<String, String>>();
        for (var unit : units) {
            if (unit.value() instanceof Mapping) {
                replacements.put(
                        unit.value(),
                        TextUnits.text(unit.english(), unit.value().position()));
                for (var language : unit.translatedLanguages()) {
                    var text = unit.language(language);
                    if (text != null) {
                        byLanguage
                                .computeIfAbsent(language, l -> new LinkedHashMap<>())
                                .put(unit.key(), text);
                    }
                }
            }
        }
        var englishContext = new ReadContext();
        var englishDefinition = read.apply(TextUnits.replace(document, replacements), englishContext);
        var english = englishDefinition == null ? body : write.apply(englishDefinition);
        var files = new LinkedHashMap<String, String>();
        for (var language : languages()) {
            var texts = byLanguage.remove(language);
            if (texts != null) {
                files.put(path(language, itemPath), overlay(language, itemPath, texts));
            }
        }
        byLanguage.forEach(
                (language, texts) -> files.put(path(language, itemPath), overlay(language, itemPath, texts)));
        return new Split(english, files);
    }

    /**
     * The files an export writes for one item: its English file and a translation file per language,
     * so that a translator finds the export laid out like content/ and importing it gives the same item.
     */
    public static <D> List<ContentFile> files(ContentType<D> type, String itemPath, String body) {
        var split = split(itemPath, body, type::read, type::write);
        var files = new ArrayList<ContentFile>();
        files.add(file(itemPath, split.english()));
        split.translations().forEach((path, text) -> files.add(file(path, text)));
        return files;
    }

    /** A translation file's text: a comment naming what it translates, then the flat map. */
    public static String overlay(String language, String itemPath, Map<String, String> texts) {
        var name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return YamlWriter.write(texts, List.of(name + " translation of " + itemPath));
    }

    static ContentFile file(String path, String text) {
        return new ContentFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid key nearest to a mistyped one, so the message can say what was probably meant. */
    static String closest(String unknown, java.util.Collection<String> keys) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : keys) {
            int distance = EditDistance.between(unknown, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static ContentProblem problem(String file, @Nullable Position position, String key, Object... arguments) {
        return new ContentProblem(file, position == null ? Position.START : position, key, List.of(arguments));
    }
}
