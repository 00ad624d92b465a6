package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The customer's mood as five segments and words, announced to screen readers when it changes: a
 * trainee sees at a glance how the conversation is going without reading numbers.
 */
class MoodMeter extends Div {

    private final Div segments = new Div();
    private final Span label = new Span();
    private final String customer;

    MoodMeter(String customer) {
        this.customer = customer;
        addClassName("orienta-mood");
        setId("mood-meter");
        segments.addClassName("orienta-mood-segments");
        segments.getElement().setAttribute("aria-hidden", "true");
        for (int i = 1; i <= 5; i++) {
            var segment = new Span();
            segment.addClassName("orienta-mood-segment");
            segments.add(segment);
        }
        label.addClassName("orienta-mood-label");
        getElement().setAttribute("role", "meter");
        getElement().setAttribute("aria-label", getTranslation("player.mood.name", customer));
        getElement().setAttribute("aria-valuemin", "1");
        getElement().setAttribute("aria-valuemax", "5");
        getElement().setAttribute("aria-live", "polite");
        add(segments, label);
    }

    void show(int mood) {
        var word = getTranslation("player.mood." + mood);
        label.setText(getTranslation("player.mood.label", customer, word));
        getElement().setAttribute("aria-valuenow", Integer.toString(mood));
        getElement().setAttribute("aria-valuetext", word);
        getElement().setAttribute("data-mood", Integer.toString(mood));
        for (int i = 0; i < 5; i++) {
            segments.getComponentAt(i).getElement().getClassList().set("orienta-mood-on", i < mood);
        }
    }
}
