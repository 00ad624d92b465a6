package org.orienta.integrity;

import org.orienta.base.yaml.YamlValue;

/**
 * Whether an author switched shuffling off, read from the file itself: the audit follows the agreed
 * format (docs/authoring.md) whether or not the running engine's definitions carry the flag yet.
 */
final class RawFlags {

    private RawFlags() {}

    /** A role-play shuffles its options unless it says {@code shuffle: false}. */
    static boolean shuffled(YamlValue document) {
        return !isFalse(document, "shuffle");
    }

    /** A quiz question shuffles its options unless it says {@code shuffle_options: false}. */
    static boolean optionsShuffled(YamlValue document, String questionId) {
        if (document instanceof YamlValue.Mapping root
                && root.entries().get("questions") instanceof YamlValue.Entry entry
                && entry.value() instanceof YamlValue.Sequence questions) {
            for (YamlValue question : questions.items()) {
                if (question instanceof YamlValue.Mapping map
                        && map.entries().get("id") instanceof YamlValue.Entry id
                        && id.value() instanceof YamlValue.Scalar scalar
                        && questionId.equals(scalar.value())) {
                    return !isFalse(question, "shuffle_options");
                }
            }
        }
        return true;
    }

    private static boolean isFalse(YamlValue value, String key) {
        return value instanceof YamlValue.Mapping map
                && map.entries().get(key) instanceof YamlValue.Entry entry
                && entry.value() instanceof YamlValue.Scalar scalar
                && scalar.type() == YamlValue.ScalarType.BOOLEAN
                && "false".equalsIgnoreCase(scalar.value());
    }
}
