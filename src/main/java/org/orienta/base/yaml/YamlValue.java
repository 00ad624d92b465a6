package org.orienta.base.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A YAML value with the position it starts at. */
public sealed interface YamlValue {

    Position position();

    /** A plain value; {@code type} is what YAML's core schema resolves it to. */
    record Scalar(@Nullable String value, ScalarType type, Position position) implements YamlValue {}

    record Sequence(List<YamlValue> items, Position position) implements YamlValue {

        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** A mapping with string keys in file order; each entry remembers where its key stands. */
    record Mapping(Map<String, Entry> entries, Position position) implements YamlValue {

        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Entry(Position keyPosition, YamlValue value) {}

    enum ScalarType {
        STRING,
        INTEGER,
        FLOAT,
        BOOLEAN,
        NULL
    }
}
