package org.orienta.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
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
import org.orienta.catalogue.ContentType;

/**
 * Items as XLIFF 2.0 for translators' tools, and back (docs/decisions/0030): one {@code <file>} per
 * item, one {@code <unit>} per text with notes saying what the text is and which glossary terms it
 * uses, and a segment with the English source and the target language's text. Ids are NMTOKENs as the
 * standard requires ({@code scenario.rp-01}, {@code nodes.dp-1.options.warm.say}); the {@code name}
 * attributes carry the item ("scenario/rp-01") and the unit key as Orienta writes them. Reading is
 * defensive like the zip import: size-limited, no DTD and no entities, every problem with its line.
 */
public final class Xliff {

    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    public static final long MAX_BYTES = 20_000_000;
    /** A translation may be much longer than its English, but not without bound. */
    static final int LENGTH_FACTOR = 4;

    static final int LENGTH_SLACK = 200;

    private static final Map<String, String> FOLDERS = Map.of(
            "scenario",
            "scenarios",
            "exercise",
            "exercises",
            "quiz",
            "quizzes",
            "module",
            "modules",
            "checklist",
            "checklists");

    /** One item to export or to check against: its folder, key, canonical text and kind. */
    public record Item(String folder, String key, String body, ContentType<?> type) {

        public String path() {
            return folder + "/" + key + ".yaml";
        }

        String name() {
            var kind = FOLDERS.entrySet().stream()
                    .filter(e -> e.getValue().equals(folder))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(folder);
            return kind + "/" + key;
        }

        /** The item's document and its units, as its reader reads them. */
        Units units() {
            try {
                var document = SafeYaml.parse(body);
                var context = new ReadContext();
                type.read(document, context);
                return new Units(document, TextUnits.of(document, context));
            } catch (YamlSyntaxException e) {
                throw new IllegalStateException("a stored item no longer parses: " + path(), e);
            }
        }
    }

    record Units(YamlValue document, List<TextUnits.Unit> units) {

        Map<String, TextUnits.Unit> byKey() {
            var byKey = new LinkedHashMap<String, TextUnits.Unit>();
            units.forEach(u -> byKey.put(u.key(), u));
            return byKey;
        }
    }

    private Xliff() {}

    /** The XLIFF document for translating these items into a language. */
    public static String write(String language, List<Item> items) {
        var glossary = Glossary.of(language);
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", LocalizedText.ENGLISH);
            xml.writeAttribute("trgLang", language);
            for (var item : items) {
                var units = item.units();
                var mappings = TextUnits.mappings(units.document());
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("id", item.name().replace('/', '.'));
                xml.writeAttribute("original", item.path());
                for (var unit : units.units()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("unit");
                    xml.writeAttribute("id", unit.key().replace('/', '.'));
                    xml.writeAttribute("name", unit.key());
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("notes");
                    note(xml, "context", Context.describe(unit.key(), mappings, units.byKey()));
                    var english = unit.english() == null ? "" : unit.english();
                    for (var term : glossary.in(english)) {
                        note(xml, "glossary", term);
                    }
                    xml.writeCharacters("\n      ");
                    xml.writeEndElement();
                    var target = unit.language(language);
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("segment");
                    xml.writeAttribute("state", target == null ? "initial" : "translated");
                    xml.writeCharacters("\n        ");
                    xml.writeStartElement("source");
                    xml.writeCharacters(english);
                    xml.writeEndElement();
                    xml.writeCharacters("\n        ");
                    xml.writeStartElement("target");
                    xml.writeCharacters(target == null ? "" : target);
                    xml.writeEndElement();
                    xml.writeCharacters("\n      ");
                    xml.writeEndElement();
                    xml.writeCharacters("\n    ");
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XLIFF", e);
        }
        return out.toString();
    }

    private static void note(XMLStreamWriter xml, String category, String text) throws XMLStreamException {
        xml.writeCharacters("\n        ");
        xml.writeStartElement("note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** One translated text of a file: the item, the unit, its source and target, where it stands. */
    public record Segment(String item, String unit, String source, String target, String state, int line) {}

    /** What a file holds, or the problems that stopped reading it. */
    public record Read(String language, List<Segment> segments, List<ContentProblem> problems) {

        public Read {
            segments = List.copyOf(segments);
            problems = List.copyOf(problems);
        }
    }

    /** Reads the structure of an XLIFF file; nothing about the items yet. */
    public static Read read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused(fileName, 1, "xliff.tooLarge", MAX_BYTES / 1_000_000);
        }
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        var segments = new ArrayList<Segment>();
        var problems = new ArrayList<ContentProblem>();
        String language = "";
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, StandardCharsets.UTF_8.name());
            String item = null;
            String unit = null;
            String state = "initial";
            String source = null;
            int unitLine = 1;
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return refused(fileName, line(xml), "xliff.doctype");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                var element = xml.getLocalName();
                if (root) {
                    root = false;
                    if (!element.equals("xliff") || !NAMESPACE.equals(xml.getNamespaceURI())) {
                        return refused(fileName, line(xml), "xliff.notXliff");
                    }
                    language = attribute(xml, "trgLang");
                    var sourceLanguage = attribute(xml, "srcLang");
                    if (!sourceLanguage.equals(LocalizedText.ENGLISH)) {
                        return refused(fileName, line(xml), "xliff.notFromEnglish", sourceLanguage);
                    }
                    if (!ContentTranslations.languages().contains(language)) {
                        return refused(
                                fileName,
                                line(xml),
                                "translation.unknownLanguage",
                                language,
                                String.join(", ", ContentTranslations.languages()));
                    }
                    continue;
                }
                switch (element) {
                    case "file" -> item = named(xml);
                    case "unit" -> {
                        unit = named(xml);
                        unitLine = line(xml);
                        state = "initial";
                        source = null;
                    }
                    case "segment" -> {
                        var given = xml.getAttributeValue(null, "state");
                        state = given == null ? "initial" : given;
                    }
                    case "source" -> source = text(xml, fileName, problems);
                    case "target" -> {
                        int at = line(xml);
                        var target = text(xml, fileName, problems);
                        if (item != null && unit != null && target != null) {
                            segments.add(new Segment(item, unit, source == null ? "" : source, target, state, at));
                        }
                    }
                    default -> {
                        // notes and other metadata are for the translator, not for Orienta
                    }
                }
                if (element.equals("unit") && item == null) {
                    problems.add(problem(fileName, unitLine, "xliff.unitOutsideFile"));
                }
            }
        } catch (Hostile e) {
            return refused(fileName, e.line, "xliff.doctype");
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            return refused(
                    fileName,
                    location == null ? 1 : Math.max(1, location.getLineNumber()),
                    "xliff.unreadable",
                    firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(language, segments, problems);
    }

    /** A document type or entity: the whole file is refused, whatever else it holds. */
    private static final class Hostile extends XMLStreamException {

        private final int line;

        Hostile(int line) {
            super("document type or entity");
            this.line = line;
        }
    }

    /** The text of an element that must hold text only; inline markup is reported. */
    private static @Nullable String text(XMLStreamReader xml, String fileName, List<ContentProblem> problems)
            throws XMLStreamException {
        var text = new StringBuilder();
        int at = line(xml);
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    problems.add(problem(fileName, at, "xliff.markup", xml.getLocalName()));
                    skip(xml);
                    return null;
                }
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD -> throw new Hostile(at);
                default -> {
                    // comments and processing instructions inside a text are not part of it
                }
            }
        }
    }

    /** Skips to the end of the text element, from an element nested in it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 2;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String named(XMLStreamReader xml) {
        var name = xml.getAttributeValue(null, "name");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return attribute(xml, "id").replace('.', '/');
    }

    private static String attribute(XMLStreamReader xml, String name) {
        var value = xml.getAttributeValue(null, name);
        return value == null ? "" : value.strip();
    }

    private static int line(XMLStreamReader xml) {
        return Math.max(1, xml.getLocation().getLineNumber());
    }

    /** The translations a file brings, per item file and unit, and how many texts each item changes. */
    public record Checked(
            String language,
            Map<String, Map<String, String>> translations,
            Map<String, Integer> changes,
            List<ContentProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Checks every segment against the item it names: the unit exists, the English it was translated
     * from is the item's English now, the target is not empty (unless left untranslated), keeps the
     * source's Markdown bold and list markers, and is not unreasonably long.
     *
     * @param items the published item for a name like "scenario/rp-01", if there is one
     */
    public static Checked check(String fileName, Read read, Function<String, Optional<Item>> items) {
        var problems = new ArrayList<>(read.problems());
        var translations = new LinkedHashMap<String, Map<String, String>>();
        var changes = new LinkedHashMap<String, Integer>();
        var known = new LinkedHashMap<String, Optional<Item>>();
        var unknown = new java.util.HashSet<String>();
        var unitsOf = new LinkedHashMap<String, Map<String, TextUnits.Unit>>();
        for (var segment : read.segments()) {
            var item = known.computeIfAbsent(segment.item(), items);
            if (item.isEmpty()) {
                if (unknown.add(segment.item())) {
                    problems.add(problem(fileName, segment.line(), "xliff.unknownItem", segment.item()));
                }
                continue;
            }
            var units = unitsOf.computeIfAbsent(
                    segment.item(), k -> item.get().units().byKey());
            var unit = units.get(segment.unit());
            if (unit == null) {
                problems.add(problem(
                        fileName,
                        segment.line(),
                        "xliff.unknownUnit",
                        segment.unit(),
                        segment.item(),
                        ContentTranslations.closest(segment.unit(), units.keySet())));
                continue;
            }
            var target = segment.target().strip();
            if (target.isEmpty()) {
                if (!segment.state().equals("initial")) {
                    problems.add(problem(fileName, segment.line(), "xliff.emptyTarget", segment.unit()));
                }
                continue;
            }
            var english = unit.english() == null ? "" : unit.english();
            if (!segment.source().strip().equals(english)) {
                problems.add(problem(fileName, segment.line(), "xliff.sourceChanged", segment.unit(), segment.item()));
                continue;
            }
            if (count(english, "**") != count(target, "**") || listItems(english) != listItems(target)) {
                problems.add(problem(fileName, segment.line(), "xliff.markdownDiffers", segment.unit()));
                continue;
            }
            if (target.length() > LENGTH_FACTOR * english.length() + LENGTH_SLACK) {
                problems.add(problem(
                        fileName,
                        segment.line(),
                        "xliff.tooLong",
                        segment.unit(),
                        target.length(),
                        LENGTH_FACTOR * english.length() + LENGTH_SLACK));
                continue;
            }
            var invisible = VisibleText.invisible(target, true);
            if (invisible.isPresent()) {
                problems.add(problem(
                        fileName,
                        segment.line(),
                        "text.invisible",
                        segment.unit(),
                        VisibleText.describe(invisible.getAsInt())));
                continue;
            }
            var path = item.get().path();
            translations.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(segment.unit(), target);
            if (!target.equals(unit.language(read.language()))) {
                changes.merge(path, 1, Integer::sum);
            } else {
                changes.putIfAbsent(path, 0);
            }
        }
        problems.sort(null);
        return new Checked(read.language(), translations, changes, problems);
    }

    /**
     * The content files that apply checked translations: for each item its English file and a
     * translation file per language, the file of the XLIFF's language holding the item's texts in it
     * with the XLIFF's texts over them; imported like a zip, so all of it is applied or nothing.
     */
    public static List<ContentFile> files(Checked checked, Function<String, Item> itemsByPath) {
        var files = new ArrayList<ContentFile>();
        for (var entry : checked.translations().entrySet()) {
            var item = itemsByPath.apply(entry.getKey());
            var split = split(item);
            files.add(ContentFile.of(item.path(), split.english()));
            var own = ContentTranslations.path(checked.language(), item.path());
            split.translations().forEach((path, text) -> {
                if (!path.equals(own)) {
                    files.add(ContentFile.of(path, text));
                }
            });
            var texts = new LinkedHashMap<String, String>();
            for (var unit : item.units().units()) {
                var text = entry.getValue().get(unit.key());
                if (text == null) {
                    text = unit.language(checked.language());
                }
                if (text != null) {
                    texts.put(unit.key(), text);
                }
            }
            files.add(ContentFile.of(own, ContentTranslations.overlay(checked.language(), item.path(), texts)));
        }
        return files;
    }

    private static <D> ContentTranslations.Split split(Item item) {
        @SuppressWarnings("unchecked") // the item's type reads and writes its own definitions
        var type = (ContentType<D>) item.type();
        return ContentTranslations.split(item.path(), item.body(), type::read, type::write);
    }

    private static int count(String text, String marker) {
        int count = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length())) {
            count++;
        }
        return count;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s");

    private static int listItems(String text) {
        return (int) LIST_ITEM.matcher(text).results().count();
    }

    /** The folder of a kind's name as XLIFF files name items ("scenario" is in "scenarios"). */
    public static Optional<String> itemPath(String name) {
        var slash = name.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        var folder = FOLDERS.get(name.substring(0, slash));
        return folder == null ? Optional.empty() : Optional.of(folder + "/" + name.substring(slash + 1) + ".yaml");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        var lines = message.strip().split("\n");
        return lines[lines.length - 1].replaceFirst("^Message: ", "");
    }

    private static Read refused(String fileName, int line, String key, Object... arguments) {
        return new Read("", List.of(), List.of(problem(fileName, line, key, arguments)));
    }

    private static ContentProblem problem(String fileName, int line, String key, Object... arguments) {
        return new ContentProblem(fileName, new Position(line, 1), key, List.of(arguments));
    }

    /** What a text is, for the translator who sees it out of its item. */
    static final class Context {

        private Context() {}

        static String describe(String key, Map<String, Mapping> mappings, Map<String, TextUnits.Unit> units) {
            var parts = key.split("/");
            var field = parts[parts.length - 1];
            var parent = key.contains("/") ? key.substring(0, key.lastIndexOf('/')) : "";
            if (field.matches("\\d+") && parts.length > 1) {
                field = parts[parts.length - 2];
                parent = parent.contains("/") ? parent.substring(0, parent.lastIndexOf('/')) : "";
            }
            var owner = mappings.get(parent);
            var type = owner == null ? null : scalar(owner, "type");
            var optionOf = parent.matches("nodes/[^/]+/options/[^/]+")
                    ? english(units, parent.substring(0, parent.indexOf("/options/")) + "/prompt")
                    : null;
            var description = switch (field) {
                case "title" -> parent.startsWith("nodes/") ? "Title of an ending" : "Title of the item";
                case "summary" -> "Summary shown in the lists of items";
                case "setting" -> "Where the role-play takes place (shown before it starts)";
                case "name" -> "The customer's name (use a name that fits the language, the same everywhere)";
                case "situation" -> "Who the customer is and why they came";
                case "expects" -> "What the customer expects";
                case "text" ->
                    "customer".equals(type)
                            ? "What the customer says"
                            : "narration".equals(type) ? "Narration: what happens" : "Text";
                case "prompt" -> "The question of a decision, put to the trainee";
                case "say" ->
                    optionOf == null
                            ? "What the employee says"
                            : "What the employee says: an option of the decision “" + optionOf + "”";
                case "feedback" ->
                    parent.matches("nodes/[^/]+/options/[^/]+")
                            ? "Feedback on the option “" + english(units, parent + "/say") + "”"
                            : "Feedback on an answer";
                case "debrief" -> "Debrief at an ending";
                case "reflection" -> "Reflection question after the role-play";
                case "explanation" -> "Explanation shown after the answer";
                case "accepted" -> "An accepted short answer, as a trainee would type it";
                case "unit" -> "The unit of a number (kept short)";
                default -> "The field “" + field + "”";
            };
            return description;
        }

        private static @Nullable String scalar(Mapping mapping, String name) {
            var entry = mapping.entries().get(name);
            return entry != null && entry.value() instanceof Scalar s ? s.value() : null;
        }

        private static String english(Map<String, TextUnits.Unit> units, String key) {
            var unit = units.get(key);
            var text = unit == null ? null : unit.english();
            if (text == null) {
                return "…";
            }
            return text.length() > 80 ? text.substring(0, 79) + "…" : text;
        }
    }

    /** The terms of a language's glossary (docs/translation/glossary-<lang>.md), for the notes. */
    record Glossary(List<Term> terms) {

        record Term(String english, String translation, Pattern pattern) {}

        static Glossary of(String language) {
            var resource = Xliff.class.getResourceAsStream("/glossary/glossary-" + language + ".md");
            if (resource == null) {
                return new Glossary(List.of());
            }
            try (resource) {
                return parse(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Glossary(List.of());
            }
        }

        static Glossary parse(String markdown) {
            var terms = new ArrayList<Term>();
            for (var line : markdown.lines().toList()) {
                if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| English")) {
                    continue;
                }
                var cells = line.split("\\|");
                if (cells.length < 3) {
                    continue;
                }
                var english = cells[1].replaceAll("\\(.*?\\)", "").strip();
                var translation = cells[2].strip();
                if (english.isEmpty() || translation.isEmpty() || english.length() < 3) {
                    continue;
                }
                var pattern = Pattern.compile(
                        "\\b" + Pattern.quote(english.toLowerCase(Locale.ROOT)) + "\\b", Pattern.CASE_INSENSITIVE);
                terms.add(new Term(english, translation, pattern));
            }
            return new Glossary(terms);
        }

        List<String> in(String english) {
            return terms.stream()
                    .filter(t -> t.pattern().matcher(english).find())
                    .map(t -> t.english() + " = " + t.translation())
                    .toList();
        }
    }
}
