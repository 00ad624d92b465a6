package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Languages;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionType;

/**
 * A form for any content definition, built from its record components: text, numbers, choices,
 * evidence, nested records and lists of records with add, move and remove. Exercises of every type,
 * quizzes with every question type and the competency framework are edited with it, so an editor can
 * never fall behind the model: a new field in a record is a new field in the form.
 *
 * <p>Every change rebuilds the records from the root through their canonical constructors; a value a
 * constructor refuses is marked on its field and not applied. Structural changes (add, move, remove)
 * redraw the form; typing does not, so the cursor stays where it is.
 */
class RecordForm extends Div {

    /** Components shown but not editable: a file's id, a type fixed at creation, a framework's codes. */
    private static final Set<String> READ_ONLY = Set.of("type", "code", "level");
    /** Lists whose length is part of the model: the framework's four levels and its ten competencies. */
    private static final Set<String> FIXED_LISTS = Set.of("levels", "competencies");
    /** Longer texts, with a Markdown preview through the sanitising pipeline. */
    private static final Set<String> MARKDOWN = Set.of(
            "instructions",
            "explanation",
            "feedback",
            "description",
            "solution",
            "convention",
            "modelAnswer",
            "guidance",
            "modelNote",
            "modelNotes",
            "definition");

    private final Consumer<Object> onChange;
    private final Locale language;
    /** The trainee-facing text fields, by the path of their text in the item ("questions-2-explanation"). */
    private final Map<String, Component> texts = new HashMap<>();

    private Object root;

    RecordForm(Object root, Consumer<Object> onChange) {
        this(root, Languages.ENGLISH, onChange);
    }

    RecordForm(Object root, Locale language, Consumer<Object> onChange) {
        this.root = root;
        this.language = language;
        this.onChange = onChange;
        addClassName("orienta-record-form");
        setId("record-form");
        render();
    }

    /** The definition changed (saved, or edited in the source): later edits build on it. */
    void rootChanged(Object updated) {
        root = updated;
    }

    /** Moves to the field of one of the item's texts; false when the form does not show it. */
    boolean focus(String path) {
        var field = texts.get(path);
        if (field == null) {
            return false;
        }
        MarkdownField.reveal(field);
        return true;
    }

    private boolean english() {
        return EditorLanguage.isEnglish(language);
    }

    private void render() {
        removeAll();
        texts.clear();
        add(recordFields(
                root.getClass(),
                () -> root,
                value -> {
                    root = value;
                    onChange.accept(value);
                },
                "",
                true));
    }

    private Component recordFields(
            Class<?> type, Supplier<Object> current, Consumer<Object> set, String path, boolean top) {
        var box = new Div();
        box.addClassName(top ? "orienta-record-root" : "orienta-record");
        var components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            var component = components[i];
            int index = i;
            Supplier<Object> value = () -> read(component, current.get());
            Consumer<Object> change = v -> set.accept(rebuild(current.get(), index, v));
            var id = path + (path.isEmpty() ? "" : "-") + component.getName();
            if ((top || path.equals("info")) && component.getName().equals("id")) {
                var shown = new TextField(label(component.getName()));
                shown.setValue(String.valueOf(value.get()));
                shown.setReadOnly(true);
                shown.setId("form-" + id);
                box.add(shown);
                continue;
            }
            box.add(field(component, value, change, id));
        }
        return box;
    }

    private Component field(RecordComponent component, Supplier<Object> value, Consumer<Object> change, String id) {
        var name = component.getName();
        var raw = component.getType();
        var generic = component.getGenericType();
        boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
        var current = value.get();
        var label = label(name);
        var fieldId = "form-" + id;
        if (raw == String.class) {
            var field = new TextField(label);
            field.setWidthFull();
            field.setValue(current == null ? "" : (String) current);
            field.setReadOnly(READ_ONLY.contains(name));
            return bind(
                    field,
                    fieldId,
                    field::setValueChangeMode,
                    f -> f.getValue(),
                    text -> nullable && text.isBlank() ? null : text.strip(),
                    change);
        }
        if (raw == LocalizedText.class) {
            var original = (LocalizedText) current;
            var text = EditorLanguage.in(original, language);
            // In English an optional text left empty is removed; in another language an empty field
            // leaves the text to translate (trainees see the English meanwhile).
            Consumer<String> apply = s -> apply(
                    null,
                    () -> change.accept(
                            s.isBlank() && nullable && english()
                                    ? null
                                    : EditorLanguage.with((LocalizedText) value.get(), language, s)));
            if (MARKDOWN.contains(name)) {
                var markdown = new MarkdownField(label, text, english(), apply);
                markdown.setId(fieldId);
                if (nullable) {
                    markdown.text.setHelperText(getTranslation("form.optional"));
                }
                if (!english() && original == null) {
                    markdown.text.setReadOnly(true);
                }
                texts.put(id, markdown);
                return EditorLanguage.beside(markdown, original, language);
            }
            var area = new TextArea(label);
            area.setWidthFull();
            area.setValue(text);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setId(fieldId);
            area.setReadOnly(!english() && original == null);
            area.addValueChangeListener(e -> {
                if (!nullable && english() && e.getValue().isBlank()) {
                    area.setInvalid(true);
                    area.setErrorMessage(getTranslation("editor.field.required"));
                    return;
                }
                area.setInvalid(false);
                apply(
                        area,
                        () -> change.accept(
                                e.getValue().isBlank() && english()
                                        ? null
                                        : EditorLanguage.with((LocalizedText) value.get(), language, e.getValue())));
            });
            texts.put(id, area);
            return EditorLanguage.beside(area, original, language);
        }
        if (raw == int.class || raw == Integer.class) {
            var field = new IntegerField(label);
            field.setValue((Integer) current);
            field.setStepButtonsVisible(true);
            field.setReadOnly(READ_ONLY.contains(name));
            field.setId(fieldId);
            if (raw == Integer.class) {
                field.setHelperText(getTranslation("form.optional"));
            }
            field.addValueChangeListener(e -> {
                if (e.getValue() == null && raw == int.class) {
                    field.setInvalid(true);
                    field.setErrorMessage(getTranslation("editor.field.required"));
                    return;
                }
                apply(field, () -> change.accept(e.getValue()));
            });
            return field;
        }
        if (raw == BigDecimal.class) {
            var field = new BigDecimalField(label);
            field.setValue((BigDecimal) current);
            field.setId(fieldId);
            field.addValueChangeListener(e -> {
                if (e.getValue() == null && nullable) {
                    apply(field, () -> change.accept(null));
                    return;
                }
                if (e.getValue() == null) {
                    field.setInvalid(true);
                    field.setErrorMessage(getTranslation("editor.field.required"));
                    return;
                }
                apply(field, () -> change.accept(e.getValue()));
            });
            return field;
        }
        if (raw == boolean.class) {
            var box = new Checkbox(label, (Boolean) current);
            box.setId(fieldId);
            box.addValueChangeListener(e -> apply(null, () -> change.accept(e.getValue())));
            return box;
        }
        if (raw.isEnum()) {
            var select = new Select<Object>();
            select.setLabel(label);
            select.setItems(Arrays.asList(raw.getEnumConstants()));
            select.setItemLabelGenerator(
                    c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', ' '));
            select.setValue(current);
            select.setReadOnly(READ_ONLY.contains(name));
            select.setId(fieldId);
            select.addValueChangeListener(e -> apply(select, () -> change.accept(e.getValue())));
            return select;
        }
        if (raw == CompetencyCode.class) {
            var field = new TextField(label);
            field.setValue(((CompetencyCode) current).value());
            field.setReadOnly(true);
            field.setId(fieldId);
            return field;
        }
        if (raw == List.class) {
            var element = elementType(generic);
            if (element == Evidence.class) {
                var field = new TextField(label);
                field.setWidthFull();
                field.setHelperText(getTranslation("editor.option.evidence.help"));
                @SuppressWarnings("unchecked")
                var evidence = (List<Evidence>) current;
                field.setValue(NodeForm.writeEvidence(evidence));
                return bind(
                        field, fieldId, field::setValueChangeMode, f -> f.getValue(), NodeForm::readEvidence, change);
            }
            if (element == String.class || element == CompetencyCode.class) {
                var area = new TextArea(label);
                area.setWidthFull();
                area.setHelperText(getTranslation("form.onePerLine"));
                area.setValue(String.join(
                        "\n",
                        ((List<?>) current)
                                .stream()
                                        .map(o -> o instanceof CompetencyCode c ? c.value() : String.valueOf(o))
                                        .toList()));
                return bind(
                        area,
                        fieldId,
                        area::setValueChangeMode,
                        f -> f.getValue(),
                        text -> text.lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .map(l -> element == CompetencyCode.class
                                        ? (Object) new CompetencyCode(l.toUpperCase(Locale.ROOT))
                                        : l)
                                .toList(),
                        change);
            }
            return list(name, label, element, value, change, id);
        }
        if (raw.isRecord()) {
            var nested = new Div();
            nested.addClassName("orienta-record-group");
            nested.add(recordFields(raw, value, change, id, false));
            return nested;
        }
        var note = new Paragraph(getTranslation("form.inSource", label));
        note.addClassName("orienta-hint");
        return note;
    }

    private Component list(
            String name, String label, Class<?> element, Supplier<Object> value, Consumer<Object> change, String id) {
        var box = new Div();
        box.addClassName("orienta-record-list");
        box.setId("form-" + id);
        var heading = new Span(label);
        heading.addClassName("orienta-record-list-label");
        box.add(heading);
        @SuppressWarnings("unchecked")
        var items = (List<Object>) value.get();
        boolean fixed = FIXED_LISTS.contains(name);
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            var item = items.get(i);
            Supplier<Object> current = () -> ((List<?>) value.get()).get(index);
            Consumer<Object> set = v -> {
                var copy = new ArrayList<Object>((List<?>) value.get());
                copy.set(index, v);
                change.accept(List.copyOf(copy));
            };
            var card = new Div();
            card.addClassName("orienta-record-card");
            var itemId = id + "-" + (i + 1);
            card.setId("form-" + itemId);
            var title = new Span(cardTitle(item, i));
            title.addClassName("orienta-record-card-title");
            card.add(title);
            if (element == LocalizedText.class) {
                var area = new TextArea();
                area.setAriaLabel(label + " " + (i + 1));
                area.setWidthFull();
                area.setValue(EditorLanguage.in((LocalizedText) item, language));
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setId("form-" + itemId + "-text");
                area.addValueChangeListener(e -> apply(
                        area,
                        () -> set.accept(EditorLanguage.with((LocalizedText) current.get(), language, e.getValue()))));
                texts.put(itemId + "-text", area);
                card.add(EditorLanguage.beside(area, (LocalizedText) item, language));
            } else {
                card.add(recordFields(item.getClass(), current, set, itemId, false));
            }
            if (!fixed) {
                card.add(moveButtons(value, change, index, items.size(), itemId));
            }
            box.add(card);
        }
        if (!fixed) {
            box.add(addButton(element, value, change, id, label));
        }
        return box;
    }

    private Component moveButtons(Supplier<Object> value, Consumer<Object> change, int index, int size, String itemId) {
        var up = new Button(
                VaadinIcon.ARROW_UP.create(),
                e -> restructure(value, change, list -> {
                    var moved = list.remove(index);
                    list.add(index - 1, moved);
                }));
        up.setEnabled(index > 0);
        up.setAriaLabel(getTranslation("form.up"));
        up.setId("form-" + itemId + "-up");
        var down = new Button(
                VaadinIcon.ARROW_DOWN.create(),
                e -> restructure(value, change, list -> {
                    var moved = list.remove(index);
                    list.add(index + 1, moved);
                }));
        down.setEnabled(index < size - 1);
        down.setAriaLabel(getTranslation("form.down"));
        down.setId("form-" + itemId + "-down");
        var remove = new Button(
                getTranslation("form.remove"),
                VaadinIcon.TRASH.create(),
                e -> restructure(value, change, list -> list.remove(index)));
        remove.setId("form-" + itemId + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var row = new Div(up, down, remove);
        row.addClassName("orienta-actions");
        return row;
    }

    private Component addButton(
            Class<?> element, Supplier<Object> value, Consumer<Object> change, String id, String label) {
        var row = new Div();
        row.addClassName("orienta-actions");
        if (element.isSealed()) {
            // A question of each type: the trainer picks which kind of question to add.
            for (Class<?> kind : element.getPermittedSubclasses()) {
                var add = new Button(
                        getTranslation("form.add", label(kind.getSimpleName())),
                        VaadinIcon.PLUS.create(),
                        e -> restructure(value, change, list -> list.add(defaultOf(kind, null, sibling(list), ids()))));
                add.setId("form-" + id + "-add-" + kind.getSimpleName().toLowerCase(Locale.ROOT));
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(add);
            }
        } else {
            var add = new Button(
                    getTranslation("form.add", label),
                    VaadinIcon.PLUS.create(),
                    e -> restructure(value, change, list -> list.add(defaultOf(element, null, sibling(list), ids()))));
            add.setId("form-" + id + "-add");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(add);
        }
        return row;
    }

    private void restructure(Supplier<Object> value, Consumer<Object> change, Consumer<List<Object>> edit) {
        var copy = new ArrayList<Object>((List<?>) value.get());
        edit.accept(copy);
        if (apply(null, () -> change.accept(List.copyOf(copy)))) {
            render();
        }
    }

    /** Applies a change; a value a record refuses is shown on the field (or as a notification) and dropped. */
    private boolean apply(@Nullable Component field, Runnable change) {
        try {
            change.run();
            if (field instanceof HasValidation v) {
                v.setInvalid(false);
            }
            return true;
        } catch (IllegalArgumentException e) {
            if (field instanceof HasValidation v) {
                v.setInvalid(true);
                v.setErrorMessage(getTranslation("editor.field.unreadable", e.getMessage()));
            } else {
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("editor.field.unreadable", e.getMessage()),
                        5000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            }
            return false;
        }
    }

    private <F extends Component & HasValidation> F bind(
            F field,
            String id,
            Consumer<ValueChangeMode> mode,
            java.util.function.Function<F, String> text,
            java.util.function.Function<String, Object> parse,
            Consumer<Object> change) {
        field.setId(id);
        mode.accept(ValueChangeMode.LAZY);
        ((com.vaadin.flow.component.HasValue<?, ?>) field)
                .addValueChangeListener(e -> apply(field, () -> change.accept(parse.apply(text.apply(field)))));
        return field;
    }

    private String cardTitle(Object item, int index) {
        if (item instanceof Question q) {
            return getTranslation(
                    "text.numbered",
                    index + 1,
                    getTranslation("text.meta", label(q.getClass().getSimpleName()), q.id()));
        }
        if (item instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals("id") || c.getName().equals("code")) {
                    return (index + 1) + ". " + read(c, r);
                }
            }
        }
        return Integer.toString(index + 1);
    }

    private String label(String name) {
        var key = "form." + name;
        var translated = getTranslation(key);
        if (!translated.startsWith("!") && !translated.equals(key)) {
            return translated;
        }
        // Fallback for a component without a label yet: "modelAnswer" reads "Model answer".
        var words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Set<String> ids() {
        var ids = new HashSet<String>();
        collectIds(root, ids);
        return ids;
    }

    private static void collectIds(@Nullable Object value, Set<String> ids) {
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                var v = read(c, r);
                if (c.getName().equals("id") && v instanceof String s) {
                    ids.add(s);
                } else {
                    collectIds(v, ids);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectIds(v, ids));
        }
    }

    private static @Nullable Object sibling(List<Object> list) {
        return list.isEmpty() ? null : list.getLast();
    }

    /**
     * A new element with an id not used anywhere in the item. Settings it shares with its siblings
     * (an answer category, evidence, points, tags) are taken from the last sibling, so the new element
     * reads and scores like its neighbours from the start; its texts are "…" for the trainer to write.
     */
    static Object defaultOf(
            Class<?> type, @Nullable QuestionType questionType, @Nullable Object sibling, Set<String> ids) {
        if (type.isSealed()) {
            return defaultOf(type.getPermittedSubclasses()[0], null, sibling, ids);
        }
        var hint = questionType != null ? questionType : QUESTION_TYPES.get(type);
        var components = type.getRecordComponents();
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var c = components[i];
            var raw = c.getType();
            boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
            var shared = sharedValue(c, sibling);
            if (shared != null) {
                values[i] = shared;
            } else if (raw.isRecord()) {
                values[i] = defaultOf(raw, hint, nestedSibling(c, sibling), ids);
            } else if (nullable) {
                values[i] = null;
            } else if (raw == String.class) {
                values[i] = c.getName().equals("id") ? freshId(type, ids) : "";
            } else if (raw == LocalizedText.class) {
                values[i] = LocalizedText.english("…");
            } else if (raw == int.class) {
                values[i] = c.getName().equals("points") ? 1 : 0;
            } else if (raw == BigDecimal.class) {
                values[i] = BigDecimal.ZERO;
            } else if (raw == boolean.class) {
                values[i] = false;
            } else if (raw == QuestionType.class && hint != null) {
                values[i] = hint;
            } else if (raw.isEnum()) {
                values[i] = raw.getEnumConstants()[0];
            } else if (raw == List.class) {
                values[i] = List.of();
            } else {
                throw new IllegalArgumentException("no default for " + raw.getSimpleName());
            }
        }
        return construct(type, values);
    }

    /** What a new element may take over from a sibling of the same type: settings, not ids, texts or lists of parts. */
    private static @Nullable Object sharedValue(RecordComponent component, @Nullable Object sibling) {
        if (sibling == null || !sibling.getClass().equals(component.getDeclaringRecord())) {
            return null;
        }
        var raw = component.getType();
        var name = component.getName();
        boolean shareable = name.equals("answer")
                || name.equals("points")
                || name.equals("evidence")
                || name.equals("tags")
                || name.equals("unit")
                || name.equals("tolerance")
                || raw == boolean.class && !name.equals("correct");
        return shareable ? read(component, sibling) : null;
    }

    /** The same nested record of a sibling (a question's info), even when the sibling is another kind of question. */
    private static @Nullable Object nestedSibling(RecordComponent component, @Nullable Object sibling) {
        if (sibling == null) {
            return null;
        }
        for (RecordComponent c : sibling.getClass().getRecordComponents()) {
            if (c.getName().equals(component.getName()) && c.getType().equals(component.getType())) {
                return read(c, sibling);
            }
        }
        return null;
    }

    private static final Map<Class<?>, QuestionType> QUESTION_TYPES = Map.of(
            Question.SingleChoice.class,
            QuestionType.SINGLE,
            Question.MultipleChoice.class,
            QuestionType.MULTIPLE,
            Question.TrueFalse.class,
            QuestionType.TRUE_FALSE,
            Question.NumericQuestion.class,
            QuestionType.NUMERIC,
            Question.MatchingQuestion.class,
            QuestionType.MATCHING,
            Question.OrderingQuestion.class,
            QuestionType.ORDERING,
            Question.ShortAnswer.class,
            QuestionType.SHORT_ANSWER);

    private static String freshId(Class<?> type, Set<String> ids) {
        var prefix = type.getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT)
                .replace("-info", "")
                .replace("question-", "q-");
        for (int n = 1; ; n++) {
            var id = prefix + "-" + n;
            if (ids.add(id)) {
                return id;
            }
        }
    }

    private static @Nullable Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object rebuild(Object record, int index, @Nullable Object value) {
        var components = record.getClass().getRecordComponents();
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? value : read(components[i], record);
        }
        return construct(record.getClass(), values);
    }

    private static Object construct(Class<?> type, Object[] values) {
        var components = type.getRecordComponents();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw refused;
            }
            if (e.getCause() instanceof NullPointerException) {
                throw new IllegalArgumentException("a value is missing");
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
