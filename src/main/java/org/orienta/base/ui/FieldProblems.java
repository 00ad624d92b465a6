package org.orienta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.orienta.base.FieldProblem;

/**
 * Puts the problems a service reports ({@link FieldProblem}, named by field) onto a form's fields: each
 * field with a problem is marked invalid with the translated message, the others are cleared, and focus
 * goes to the first field with a problem in the form's order (not the service's), so a keyboard or
 * screen-reader user lands where the form needs them first. Every form that used to do this by hand now
 * does it here.
 *
 * <p>Register the fields in the order the form shows them. A problem for a field the form does not
 * show goes to the fallback field when there is one; otherwise it is handed back, for the caller to
 * show elsewhere (a banner), so no problem is ever dropped.
 */
public final class FieldProblems {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Function<FieldProblem, String> message;
    private @Nullable HasValidation fallback;

    private FieldProblems(Function<FieldProblem, String> message) {
        this.message = message;
    }

    /** Messages translated in the component's locale. */
    public static FieldProblems on(Component translator) {
        return new FieldProblems(
                p -> translator.getTranslation(p.messageKey(), p.arguments().toArray()));
    }

    /** Messages made by the given function (tests, or a form that words a problem itself). */
    public static FieldProblems withMessages(Function<FieldProblem, String> message) {
        return new FieldProblems(message);
    }

    /** The field a service names {@code name}, in the form's order. */
    public FieldProblems field(String name, HasValidation field) {
        fields.put(name, Objects.requireNonNull(field, name));
        return this;
    }

    /** Where a problem for a field the form does not show is put. */
    public FieldProblems otherwise(HasValidation field) {
        fallback = field;
        return this;
    }

    /** Marks every field valid again, before a new attempt. */
    public void clear() {
        fields.values().forEach(FieldProblems::valid);
        if (fallback != null) {
            valid(fallback);
        }
    }

    /**
     * Shows the problems on their fields and focuses the first field that has one.
     *
     * @return the field focused, and the problems no field took (no such field and no fallback)
     */
    public Shown show(List<FieldProblem> problems) {
        clear();
        var byField = new LinkedHashMap<HasValidation, FieldProblem>();
        var unplaced = new ArrayList<FieldProblem>();
        for (FieldProblem problem : problems) {
            var field = Optional.ofNullable(fields.get(problem.field())).orElse(fallback);
            if (field == null) {
                unplaced.add(problem);
            } else {
                // The first problem a field has is the one it shows: it is the one to fix first.
                byField.putIfAbsent(field, problem);
            }
        }
        var order = new ArrayList<>(fields.values());
        if (fallback != null && !order.contains(fallback)) {
            order.add(fallback);
        }
        HasValidation first = null;
        for (HasValidation field : order) {
            var problem = byField.get(field);
            if (problem == null) {
                continue;
            }
            field.setErrorMessage(message.apply(problem));
            field.setInvalid(true);
            // A checkbox group cannot take focus: its message shows, and focus goes to the next one that can.
            if (first == null && field instanceof Focusable<?>) {
                first = field;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return new Shown(Optional.ofNullable(first), unplaced);
    }

    /** What {@link #show} did: the field it focused, and the problems left for the caller to show. */
    public record Shown(Optional<HasValidation> focused, List<FieldProblem> unplaced) {

        public Shown {
            unplaced = List.copyOf(unplaced);
        }
    }

    private static void valid(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }
}
