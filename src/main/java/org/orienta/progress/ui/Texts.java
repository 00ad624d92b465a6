package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
