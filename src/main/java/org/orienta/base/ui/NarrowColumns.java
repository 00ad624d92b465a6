package org.orienta.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Columns a grid leaves out on a narrow window. On a 360 px phone a five-column grid cut every header
 * and title to an ellipsis; without its secondary columns the rest is shown whole (with the grid's
 * wrapping), and a wider window or a turned phone brings them back.
 */
public final class NarrowColumns {

    /** Below this window width (CSS pixels) the secondary columns go: a phone, not a tablet. */
    public static final int PHONE = 600;

    private NarrowColumns() {}

    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... secondary) {
        follow(grid, List.of(secondary), true);
    }

    /** A column made for phones (two facts stacked in one cell), in place of the columns hidden there. */
    public static void onlyOnPhones(Grid<?> grid, Grid.Column<?>... phone) {
        follow(grid, List.of(phone), false);
    }

    private static void follow(Grid<?> grid, List<Grid.Column<?>> columns, boolean wideOnes) {
        show(columns, -1, wideOnes);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            if (details != null) {
                show(columns, details.getWindowInnerWidth(), wideOnes);
            }
            var resize = page.addBrowserWindowResizeListener(event -> show(columns, event.getWidth(), wideOnes));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    static void show(List<Grid.Column<?>> columns, int width, boolean wideOnes) {
        // An unknown width (not yet reported) counts as wide: the full grid, as before.
        boolean wide = width <= 0 || width >= PHONE;
        columns.forEach(column -> column.setVisible(wide == wideOnes));
    }
}
