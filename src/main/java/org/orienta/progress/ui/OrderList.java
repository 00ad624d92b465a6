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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A list the trainee puts in order by dragging (mouse or touch) or with the arrow buttons (keyboard,
 * screen readers): the same result either way. A move keeps the rows (only their order changes), keeps
 * focus on the moved item's arrow and announces its new position, so a keyboard user can press the same
 * arrow again without finding their place anew.
 */
class OrderList extends Div {

    private final List<String> ids;
    private final Map<String, String> texts;
    private final String idPrefix;
    private final Div list = new Div();
    private final Span status = new Span();
    private final Map<String, Row> rows = new HashMap<>();

    private record Row(Div row, Span text, Button up, Button down) {}

    OrderList(List<String> shuffledIds, Map<String, String> texts, String idPrefix) {
        this.ids = new ArrayList<>(shuffledIds);
        this.texts = texts;
        this.idPrefix = idPrefix;
        list.addClassName("orienta-order-list");
        list.getElement().setAttribute("role", "list");
        status.addClassName("orienta-sr-only");
        status.getElement().setAttribute("role", "status");
        status.setId(idPrefix + "-status");
        for (var id : ids) {
            rows.put(id, row(id));
        }
        add(list, status);
        arrange();
    }

    List<String> order() {
        return List.copyOf(ids);
    }

    void move(int from, int to) {
        moveItem(from, to, false);
    }

    private void moveItem(int from, int to, boolean up) {
        if (from == to || from < 0 || to < 0 || from >= ids.size() || to >= ids.size()) {
            return;
        }
        var id = ids.remove(from);
        ids.add(to, id);
        arrange();
        var moved = rowOf(id);
        // Stay on the arrow just pressed; at the top or bottom it is disabled, so take the other one.
        var same = up ? moved.up() : moved.down();
        Focus.moveTo(same.isEnabled() ? same : up ? moved.down() : moved.up());
        status.setText(getTranslation("exercise.order.moved", texts.get(id), to + 1, ids.size()));
    }

    private Row row(String id) {
        var text = new Span();
        text.addClassName("orienta-order-text");
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> moveItem(ids.indexOf(id), ids.indexOf(id) - 1, true));
        up.setAriaLabel(getTranslation("exercise.order.up", texts.get(id)));
        up.setId(idPrefix + "-up-" + id);
        var down =
                new Button(VaadinIcon.ARROW_DOWN.create(), e -> moveItem(ids.indexOf(id), ids.indexOf(id) + 1, false));
        down.setAriaLabel(getTranslation("exercise.order.down", texts.get(id)));
        down.setId(idPrefix + "-down-" + id);
        for (var button : List.of(up, down)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        var handle = VaadinIcon.ELLIPSIS_DOTS_V.create();
        handle.getElement().setAttribute("aria-hidden", "true");
        var row = new Div(handle, text, up, down);
        row.addClassName("orienta-order-row");
        row.getElement().setAttribute("role", "listitem");
        row.setId(idPrefix + "-" + id);
        DragSource.create(row).setDragData(id);
        var target = DropTarget.create(row);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e ->
                e.getDragData().ifPresent(dragged -> move(ids.indexOf((String) dragged), ids.indexOf(id))));
        return new Row(row, text, up, down);
    }

    private Row rowOf(String id) {
        return Objects.requireNonNull(rows.get(id), "every id in the order has its row");
    }

    /** Puts the existing rows in the current order (moving, not recreating them) and renumbers them. */
    private void arrange() {
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var row = rowOf(id);
            row.text().setText(getTranslation("exercise.order.item", i + 1, texts.get(id)));
            row.up().setEnabled(i > 0);
            row.down().setEnabled(i < ids.size() - 1);
            if (list.getElement().getChildCount() <= i
                    || !list.getElement().getChild(i).equals(row.row().getElement())) {
                list.addComponentAtIndex(i, row.row());
            }
        }
    }

    static List<String> shuffled(List<String> ids, long seed) {
        var copy = new ArrayList<>(ids);
        Collections.shuffle(copy, new java.util.Random(seed));
        return copy;
    }
}
