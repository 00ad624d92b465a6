package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Languages;
import org.orienta.base.LocalizedText;

/**
 * The language the editors show and edit trainee-facing texts in. In English a text field edits the
 * English text, as always; in another language it edits that language's text, with the English beside
 * it to translate from, and every other language is kept as it is. A text without a translation into
 * the language is "missing"; clearing a translation makes it missing again (trainees then see English).
 */
final class EditorLanguage {

    private EditorLanguage() {}

    static boolean isEnglish(Locale language) {
        return language.getLanguage().equals(LocalizedText.ENGLISH);
    }

    /** The text in exactly this language, or "" when it has none (no falling back to English here). */
    static String in(@Nullable LocalizedText text, Locale language) {
        if (text == null) {
            return "";
        }
        var value = text.translations().get(language.getLanguage());
        return value == null ? "" : value;
    }

    /**
     * The text with this language's version replaced. English is required and stays first; in another
     * language a blank value removes the translation. A text that has no English yet (an optional one
     * left empty) cannot be translated: it stays as it is.
     */
    static @Nullable LocalizedText with(@Nullable LocalizedText text, Locale language, String value) {
        if (isEnglish(language)) {
            return NodeForm.english(text, value);
        }
        if (text == null) {
            return null;
        }
        var translations = new LinkedHashMap<>(text.translations());
        if (value.isBlank()) {
            translations.remove(language.getLanguage());
        } else {
            translations.put(language.getLanguage(), value);
        }
        return LocalizedText.of(translations);
    }

    /** Whether a text lacks this language (never in English, which every text has). */
    static boolean missing(@Nullable LocalizedText text, Locale language) {
        return text != null && !isEnglish(language) && in(text, language).isBlank();
    }

    /**
     * The field as the editor shows it: alone in English; in another language with the English text
     * beside it, read-only (side by side where there is room, stacked on a phone). The field is marked
     * with its language, so screen readers and fonts treat its text as that language.
     */
    static Component beside(Component field, @Nullable LocalizedText text, Locale language) {
        if (isEnglish(language)) {
            return field;
        }
        field.getElement().setAttribute("lang", language.toLanguageTag());
        var label = new Span(field.getTranslation("editor.language.englishText"));
        label.addClassName("orienta-translation-label");
        var english = new Div();
        english.addClassName("orienta-translation-english");
        english.getElement().setAttribute("lang", LocalizedText.ENGLISH);
        english.setText(text == null ? field.getTranslation("editor.language.noEnglish") : text.english());
        field.getId().ifPresent(id -> english.setId(id + "-english"));
        var source = new Div(label, english);
        source.addClassName("orienta-translation-source");
        var pair = new Div(source, field);
        pair.addClassName("orienta-translation");
        return pair;
    }

    /** A trainee-facing text of an item and where it sits, named like the form fields ("nodes-3-options-1-say"). */
    record Text(String path, LocalizedText text) {}

    /** Every trainee-facing text of an item, in the order its file and forms show them. */
    static List<Text> texts(Object definition) {
        var texts = new ArrayList<Text>();
        collect(definition, "", texts);
        return texts;
    }

    /** The texts still to translate into the language, in order; none in English. */
    static List<Text> missing(Object definition, Locale language) {
        return texts(definition).stream()
                .filter(t -> missing(t.text(), language))
                .toList();
    }

    private static void collect(@Nullable Object value, String path, List<Text> texts) {
        switch (value) {
            case LocalizedText text -> texts.add(new Text(path, text));
            case Record record -> {
                for (RecordComponent c : record.getClass().getRecordComponents()) {
                    collect(read(c, record), path.isEmpty() ? c.getName() : path + "-" + c.getName(), texts);
                }
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    var element = list.get(i);
                    var at = path + "-" + (i + 1);
                    // A text in a list is a card of its own in the form, its field named "<card>-text".
                    collect(element, element instanceof LocalizedText ? at + "-text" : at, texts);
                }
            }
            case Map<?, ?> map -> map.forEach((k, v) -> collect(v, path + "-" + k, texts));
            case null, default -> {}
        }
    }

    private static @Nullable Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            // A part no form can reach holds no text the editor could show either.
            return null;
        }
    }

    /** The language's name as its speakers write it, for the selector. */
    static String name(Locale language) {
        return Languages.nativeName(language);
    }
}
