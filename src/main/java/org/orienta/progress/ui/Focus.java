package org.orienta.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;

/**
 * Where attention goes: the part of a review a link pointed at, and after each action in a player the
 * next meaningful element, so that keyboard and screen-reader users never fall back to the page body.
 */
final class Focus {

    /** The UI's record of where focus was last sent, read by the tests that check each action's target. */
    record Target(Component component) {}

    private Focus() {}

    static void on(Component component) {
        component.addClassName("orienta-focused");
        component.getElement().setAttribute("aria-current", "true");
        component
                .getElement()
                .executeJs("const el = this; requestAnimationFrame(() => el.scrollIntoView({block: 'center'}));");
    }

    /**
     * Moves keyboard focus to {@code target} once the browser has drawn it. An element that is not
     * focusable by itself (a heading, a group, a banner) becomes focusable by script only (tabindex -1),
     * so it adds no Tab stop.
     */
    static void moveTo(Component target) {
        if (!(target instanceof Focusable<?>)) {
            target.getElement().setAttribute("tabindex", "-1");
        }
        target.getElement()
                .executeJs("const el = this; requestAnimationFrame(() => {"
                        + " el.focus({preventScroll: true}); el.scrollIntoView({block: 'nearest'}); });");
        UI ui = target.getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ComponentUtil.setData(ui, Target.class, new Target(target));
        }
    }

    /** Where the last action sent focus, if anywhere. */
    static java.util.Optional<Component> last(UI ui) {
        return java.util.Optional.ofNullable(ComponentUtil.getData(ui, Target.class))
                .map(Target::component);
    }
}
