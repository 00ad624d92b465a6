package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;

/** Highlights the part of a review a link pointed at, and brings it into view once it is on the page. */
final class Focus {

    private Focus() {}

    static void on(Component component) {
        component.addClassName("orienta-focused");
        component.getElement().setAttribute("aria-current", "true");
        component
                .getElement()
                .executeJs("const el = this; requestAnimationFrame(() => el.scrollIntoView({block: 'center'}));");
    }
}
