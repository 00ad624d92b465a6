package org.orienta.base;

import java.util.List;

/**
 * One thing wrong with a piece of input, named by the field it belongs to and an i18n message key, so
 * that headless services can report problems and the UI can put each message on its field.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
