package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A list the trainee puts in order by dragging (mouse or touch) or with the arrow buttons (keyboard,
 * screen readers): the same result either way.
 */
class OrderList extends Div {

    private final List<String> ids;
    private final Map<String, String> texts;
    private final String idPrefix;

    OrderList(List<String> shuffledIds, Map<String, String> texts, String idPrefix) {
        this.ids = new ArrayList<>(shuffledIds);
        this.texts = texts;
        this.idPrefix = idPrefix;
        addClassName("orienta-order-list");
        getElement().setAttribute("role", "list");
        redraw();
    }

    List<String> order() {
        return List.copyOf(ids);
    }

    void move(int from, int to) {
        if (from == to || from < 0 || to < 0 || from >= ids.size() || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        redraw();
    }

    private void redraw() {
        removeAll();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            int index = i;
            var text = new Span((i + 1) + ". " + texts.get(id));
            text.addClassName("orienta-order-text");
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, index - 1));
            up.setEnabled(i > 0);
            up.setAriaLabel(getTranslation("exercise.order.up", texts.get(id)));
            up.setId(idPrefix + "-up-" + id);
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, index + 1));
            down.setEnabled(i < ids.size() - 1);
            down.setAriaLabel(getTranslation("exercise.order.down", texts.get(id)));
            down.setId(idPrefix + "-down-" + id);
            for (var button : List.of(up, down)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            }
            var row = new Div(VaadinIcon.ELLIPSIS_DOTS_V.create(), text, up, down);
            row.addClassName("orienta-order-row");
            row.getElement().setAttribute("role", "listitem");
            row.setId(idPrefix + "-" + id);
            DragSource.create(row).setDragData(index);
            var target = DropTarget.create(row);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData().ifPresent(from -> move((Integer) from, index)));
            add(row);
        }
    }

    static List<String> shuffled(List<String> ids, long seed) {
        var copy = new ArrayList<>(ids);
        Collections.shuffle(copy, new java.util.Random(seed));
        return copy;
    }
}
