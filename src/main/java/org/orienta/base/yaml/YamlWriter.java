package org.orienta.base.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes content as canonical YAML: block style, fields in the order the caller built them, multi-line
 * text as literal blocks, and text with translations as a language map. The same model always gives
 * the same bytes, so the text doubles as the version fingerprint and diffs read well.
 */
public final class YamlWriter {

    private YamlWriter() {}

    /**
     * Writes a tree of maps, lists, strings, numbers, booleans and {@link LocalizedText}.
     *
     * @param header comment lines written first (e.g. the editor schema line), without the leading "#"
     */
    public static String write(Map<String, ?> document, List<String> header) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(110);
        options.setSplitLines(true);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        var yaml = new Yaml(new TextRepresenter(options), options);
        var out = new StringBuilder();
        for (String line : header) {
            out.append("# ").append(line).append('\n');
        }
        out.append(yaml.dump(plain(document)));
        return out.toString();
    }

    /** A map whose entries keep insertion order, dropping null values. */
    public static Map<String, Object> fields(@Nullable Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            var value = keysAndValues[i + 1];
            if (value != null
                    && !(value instanceof List<?> list && list.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                map.put((String) keysAndValues[i], value);
            }
        }
        return map;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case LocalizedText text ->
                text.hasTranslationsBeyondEnglish() ? new LinkedHashMap<>(text.translations()) : text.english();
            case Map<?, ?> map -> {
                var copy = new LinkedHashMap<Object, Object>();
                map.forEach((k, v) -> copy.put(k, plain(v)));
                yield copy;
            }
            case List<?> list -> list.stream().map(YamlWriter::plain).toList();
            case java.math.BigDecimal number ->
                number.stripTrailingZeros().scale() <= 0 ? (Object) number.toBigInteger() : number.doubleValue();
            default -> value;
        };
    }

    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, new MultiLine());
        }

        private final class MultiLine implements Represent {

            @Override
            public Node representData(Object data) {
                var text = (String) data;
                var style = text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : null;
                return representScalar(Tag.STR, text, style == null ? DumperOptions.ScalarStyle.PLAIN : style);
            }
        }
    }
}
