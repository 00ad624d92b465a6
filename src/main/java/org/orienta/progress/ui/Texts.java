package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ContentLanguage;
import org.orienta.base.LocalizedText;
import org.orienta.base.SafeHtml;

/** Shows content text in the viewer's language: plain text as text, Markdown through the sanitiser. */
final class Texts {

    private Texts() {}

    static String plain(@Nullable LocalizedText text) {
        return text == null ? "" : text.in(locale());
    }

    static Component markdown(LocalizedText text) {
        return new Html(SafeHtml.fromMarkdown(text.in(locale())));
    }

    /**
     * The visible note that an item is not yet available in the viewer's language and so is shown in
     * English; empty when it is shown in the viewer's language.
     *
     * @param anyText any text of the item, e.g. its title
     */
    static java.util.Optional<Component> notInYourLanguage(LocalizedText anyText) {
        if (ContentLanguage.availableIn(anyText, locale())) {
            return java.util.Optional.empty();
        }
        var note = new com.vaadin.flow.component.html.Paragraph(
                UI.getCurrent().getTranslation("content.notInYourLanguage"));
        note.addClassName("orienta-language-note");
        note.setId("not-in-your-language");
        note.getElement().setAttribute("role", "note");
        return java.util.Optional.of(note);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
