package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;
import org.orienta.base.SafeHtml;

/**
 * A Markdown text with its live preview beside it, rendered through the same sanitising pipeline as the
 * players, so what the trainer sees here is exactly (and only) what trainees will see.
 */
class MarkdownField extends Div {

    final TextArea text;
    private final Div preview = new Div();

    MarkdownField(String label, String value, Consumer<String> onChange) {
        this(label, value, true, onChange);
    }

    /** An optional field (a translation, which may be left to do) takes an empty text. */
    MarkdownField(String label, String value, boolean required, Consumer<String> onChange) {
        addClassName("orienta-markdown-field");
        text = new TextArea(label);
        text.setWidthFull();
        text.setValue(value);
        text.setHelperText(getTranslation("editor.markdown.help"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        preview.addClassName("orienta-markdown-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        var previewLabel = new Span(getTranslation("editor.markdown.preview"));
        previewLabel.addClassName("orienta-markdown-preview-label");
        render(value);
        text.addValueChangeListener(e -> {
            render(e.getValue());
            if (required && e.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("editor.field.required"));
                return;
            }
            text.setInvalid(false);
            onChange.accept(e.getValue());
        });
        add(text, previewLabel, preview);
    }

    @Override
    public void setId(String id) {
        super.setId(id + "-box");
        text.setId(id);
        preview.setId(id + "-preview");
    }

    private void render(String markdown) {
        preview.removeAll();
        preview.add(new Html(SafeHtml.fromMarkdown(markdown)));
    }

    /** Scrolls to a text field of a form and puts the cursor in it, a Markdown field in its text area. */
    static void reveal(Component field) {
        field.scrollIntoView();
        if (field instanceof MarkdownField markdown) {
            markdown.text.focus();
        } else if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
