package org.orienta.base.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import org.orienta.base.yaml.YamlValue.Entry;
import org.orienta.base.yaml.YamlValue.Mapping;
import org.orienta.base.yaml.YamlValue.Scalar;
import org.orienta.base.yaml.YamlValue.ScalarType;
import org.orienta.base.yaml.YamlValue.Sequence;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses one YAML document into a positioned tree, refusing what a content file never needs: custom
 * tags (the road to deserialisation attacks), duplicate keys (one would silently win), recursive or
 * exploding aliases, deep nesting and oversized input. Every refusal is a {@link YamlSyntaxException}
 * with a position and a plain message; nothing else escapes.
 */
public final class SafeYaml {

    public static final int MAX_CHARACTERS = 1_000_000;
    public static final int MAX_DEPTH = 40;
    public static final int MAX_ALIASES = 50;
    public static final int MAX_VALUES = 200_000;
    /**
     * Text a document may hold once its aliases are expanded. Without aliases a document holds at most
     * {@link #MAX_CHARACTERS}; the bound is twice that, so reusing a few texts by alias stays possible
     * while one large text referred to thousands of times (an alias bomb on a text, not a collection,
     * which SnakeYAML's alias limit does not count) is refused before any reader copies it.
     */
    public static final long MAX_EXPANDED_CHARACTERS = 2L * MAX_CHARACTERS;

    private static final Set<Tag> STANDARD_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private SafeYaml() {}

    public static YamlValue parse(String source) throws YamlSyntaxException {
        if (source.length() > MAX_CHARACTERS) {
            throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.tooLarge", MAX_CHARACTERS));
        }
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARACTERS);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        var yaml = new Yaml(new SafeConstructor(options));
        Node root;
        try {
            var documents = new ArrayList<Node>();
            for (Node document : yaml.composeAll(new StringReader(source))) {
                documents.add(document);
                if (documents.size() > 1) {
                    throw new YamlSyntaxException(
                            YamlProblem.at(position(document.getStartMark()), "yaml.oneDocument"));
                }
            }
            if (documents.isEmpty()) {
                throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.empty"));
            }
            root = documents.getFirst();
        } catch (MarkedYAMLException e) {
            if (String.valueOf(e.getProblem()).contains("tag")
                    && String.valueOf(e.getProblem()).contains("not allowed")) {
                throw new YamlSyntaxException(
                        YamlProblem.at(position(e.getProblemMark()), "yaml.customTag", tagOf(e.getProblem())));
            }
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlSyntaxException(YamlProblem.at(position(mark), "yaml.syntax", describe(e)));
        } catch (ReaderException e) {
            throw new YamlSyntaxException(YamlProblem.at(
                    firstUnprintable(source), "yaml.controlCharacter", String.format("U+%04X", e.getCodePoint())));
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).contains("code points")) {
                throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.tooLarge", MAX_CHARACTERS));
            }
            if (String.valueOf(e.getMessage()).contains("aliases")) {
                throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.tooManyAliases", MAX_ALIASES));
            }
            throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.syntax", firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new YamlSyntaxException(YamlProblem.at(Position.START, "yaml.tooDeep", MAX_DEPTH));
        }
        return new Converter().convert(root, 0);
    }

    /** "Global tag is not allowed: tag:yaml.org,2002:python/object:x" → "!!python/object:x", as it was written. */
    private static String tagOf(String problem) {
        var tag = problem.substring(problem.lastIndexOf(": ") + 2).strip();
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    /** Where SnakeYAML's reader stopped: the first character YAML does not allow, counted as editors count. */
    private static Position firstUnprintable(String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < source.length(); ) {
            int c = source.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return new Position(line, column);
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
            i += Character.charCount(c);
        }
        return Position.START;
    }

    private static String describe(MarkedYAMLException e) {
        var problem = e.getProblem();
        var context = e.getContext();
        if (problem == null) {
            return firstLine(e.getMessage());
        }
        return context == null ? problem : context + ", " + problem;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static Position position(Mark mark) {
        return mark == null ? Position.START : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static final class Converter {

        private final IdentityHashMap<Node, Boolean> onPath = new IdentityHashMap<>();
        private int values;
        private long characters;

        YamlValue convert(Node node, int depth) throws YamlSyntaxException {
            var at = position(node.getStartMark());
            if (++values > MAX_VALUES) {
                throw new YamlSyntaxException(YamlProblem.at(at, "yaml.tooManyValues", MAX_VALUES));
            }
            if (depth > MAX_DEPTH) {
                throw new YamlSyntaxException(YamlProblem.at(at, "yaml.tooDeep", MAX_DEPTH));
            }
            if (!STANDARD_TAGS.contains(node.getTag())) {
                throw new YamlSyntaxException(
                        YamlProblem.at(at, "yaml.customTag", node.getTag().getValue()));
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new YamlSyntaxException(YamlProblem.at(at, "yaml.recursiveAlias"));
            }
            try {
                return switch (node) {
                    case ScalarNode scalar -> scalar(scalar, at);
                    case SequenceNode sequence -> {
                        var items = new ArrayList<YamlValue>();
                        for (Node item : sequence.getValue()) {
                            items.add(convert(item, depth + 1));
                        }
                        yield new Sequence(items, at);
                    }
                    case MappingNode mapping -> mapping(mapping, at, depth);
                    default -> throw new YamlSyntaxException(YamlProblem.at(at, "yaml.syntax", "unknown node"));
                };
            } finally {
                onPath.remove(node);
            }
        }

        private Mapping mapping(MappingNode mapping, Position at, int depth) throws YamlSyntaxException {
            var entries = new LinkedHashMap<String, Entry>();
            for (NodeTuple tuple : mapping.getValue()) {
                var keyNode = tuple.getKeyNode();
                var keyAt = position(keyNode.getStartMark());
                if (keyNode.getTag().equals(Tag.MERGE)
                        || (keyNode instanceof ScalarNode k && k.getValue().equals("<<"))) {
                    throw new YamlSyntaxException(YamlProblem.at(keyAt, "yaml.mergeKey"));
                }
                if (!(keyNode instanceof ScalarNode key) || !STANDARD_TAGS.contains(keyNode.getTag())) {
                    throw new YamlSyntaxException(YamlProblem.at(keyAt, "yaml.complexKey"));
                }
                count(key.getValue(), keyAt);
                if (entries.containsKey(key.getValue())) {
                    throw new YamlSyntaxException(YamlProblem.at(
                            keyAt,
                            "yaml.duplicateKey",
                            key.getValue(),
                            entries.get(key.getValue()).keyPosition().line()));
                }
                entries.put(key.getValue(), new Entry(keyAt, convert(tuple.getValueNode(), depth + 1)));
            }
            return new Mapping(entries, at);
        }

        private void count(String text, Position at) throws YamlSyntaxException {
            characters += text.length();
            if (characters > MAX_EXPANDED_CHARACTERS) {
                throw new YamlSyntaxException(YamlProblem.at(at, "yaml.tooLargeExpanded", MAX_EXPANDED_CHARACTERS));
            }
        }

        private Scalar scalar(ScalarNode scalar, Position at) throws YamlSyntaxException {
            count(scalar.getValue(), at);
            var tag = scalar.getTag();
            ScalarType type;
            if (tag.equals(Tag.INT)) {
                type = ScalarType.INTEGER;
            } else if (tag.equals(Tag.FLOAT)) {
                type = ScalarType.FLOAT;
            } else if (tag.equals(Tag.BOOL)) {
                type = ScalarType.BOOLEAN;
            } else if (tag.equals(Tag.NULL)) {
                type = ScalarType.NULL;
            } else {
                type = ScalarType.STRING;
            }
            return new Scalar(type == ScalarType.NULL ? null : scalar.getValue(), type, at);
        }
    }
}
