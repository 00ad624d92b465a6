package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrowColumnsTest {

    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> date = grid.addColumn(s -> s);
    private final Grid.Column<String> title = grid.addColumn(s -> s);

    @Test
    void a_phone_leaves_out_the_secondary_columns_and_keeps_the_others() {
        NarrowColumns.show(List.of(date), 360, true);

        assertThat(date.isVisible()).isFalse();
        assertThat(title.isVisible()).isTrue();
    }

    @Test
    void a_wider_window_or_a_turned_phone_brings_them_back() {
        NarrowColumns.show(List.of(date), 360, true);
        NarrowColumns.show(List.of(date), 800, true);

        assertThat(date.isVisible()).isTrue();
    }

    @Test
    void a_width_not_yet_reported_shows_every_column() {
        NarrowColumns.show(List.of(date), -1, true);

        assertThat(date.isVisible()).isTrue();
    }

    @Test
    void a_column_made_for_phones_shows_only_on_a_phone() {
        NarrowColumns.show(List.of(title), 1280, false);
        assertThat(title.isVisible()).isFalse();

        NarrowColumns.show(List.of(title), 360, false);
        assertThat(title.isVisible()).isTrue();
    }
}
