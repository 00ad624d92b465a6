package org.orienta.base.yaml;

import java.util.List;

/** Something wrong at a place in a YAML file, as an i18n message key and its arguments. */
public record YamlProblem(Position position, String messageKey, List<Object> arguments) {

    public YamlProblem {
        arguments = List.copyOf(arguments);
    }

    public static YamlProblem at(Position position, String messageKey, Object... arguments) {
        return new YamlProblem(position, messageKey, List.of(arguments));
    }
}
