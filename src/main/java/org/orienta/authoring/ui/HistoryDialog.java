package org.orienta.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.authoring.TextDiff;
import org.orienta.base.VersionInfo;

/**
 * An item's versions (who published what, when) and the difference between any two of them, or
 * between a version and the current draft, shown line by line as in a code review.
 */
class HistoryDialog extends Dialog {

    static final int DRAFT = 0;

    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Div diff = new Div();
    private final transient AuthoringService authoring;
    private final ContentKind kind;
    private final String key;

    HistoryDialog(AuthoringService authoring, ContentKind kind, String key) {
        this.authoring = authoring;
        this.kind = kind;
        this.key = key;
        setId("history-dialog");
        setHeaderTitle(getTranslation("history.title", key));
        setWidth("min(100vw, 900px)");
        var versions = authoring.history(kind, key);
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var grid = new Grid<VersionInfo>();
        grid.setId("history-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> getTranslation("history.version", v.number()))
                .setHeader(getTranslation("history.col.version"));
        grid.addColumn(v -> getTranslation("history.status." + v.status().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("history.col.status"));
        grid.addColumn(VersionInfo::createdBy).setHeader(getTranslation("history.col.by"));
        grid.addColumn(v -> v.publishedAt() == null ? "" : format.format(v.publishedAt()))
                .setHeader(getTranslation("history.col.published"));
        grid.setItems(versions);

        var choices = new ArrayList<Integer>();
        versions.forEach(v -> choices.add(v.number()));
        boolean hasDraft = authoring.open(kind, key).saved();
        if (hasDraft) {
            choices.add(DRAFT);
        }
        for (Select<Integer> select : List.of(from, to)) {
            select.setItems(choices);
            select.setItemLabelGenerator(
                    n -> n == DRAFT ? getTranslation("history.draft") : getTranslation("history.version", n));
            select.addValueChangeListener(e -> showDiff());
        }
        from.setId("diff-from");
        from.setLabel(getTranslation("history.from"));
        to.setId("diff-to");
        to.setLabel(getTranslation("history.to"));
        diff.setId("diff");
        diff.addClassName("orienta-diff");
        var pickers = new Div(from, to);
        pickers.addClassName("orienta-actions");
        add(grid, pickers, diff);
        if (choices.size() >= 2) {
            from.setValue(choices.get(choices.size() - 2));
            to.setValue(choices.getLast());
        } else {
            diff.add(new Paragraph(getTranslation("history.onlyOne")));
        }
        var close = new Button(getTranslation("editor.play.close"), e -> close());
        close.setId("history-close");
        getFooter().add(close);
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        var lines = authoring.diff(kind, key, from.getValue(), to.getValue());
        if (!TextDiff.changed(lines)) {
            diff.add(new Paragraph(getTranslation("history.same")));
            return;
        }
        // Long unchanged stretches are folded to three lines of context either side, as in a code review.
        int context = 3;
        var show = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() != TextDiff.Kind.SAME) {
                for (int j = Math.max(0, i - context); j <= Math.min(lines.size() - 1, i + context); j++) {
                    show[j] = true;
                }
            }
        }
        boolean folded = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!show[i]) {
                if (!folded) {
                    var gap = new Div(new Span("⋯"));
                    gap.addClassName("orienta-diff-gap");
                    diff.add(gap);
                    folded = true;
                }
                continue;
            }
            folded = false;
            var line = lines.get(i);
            var sign = switch (line.kind()) {
                case ADDED -> "+";
                case REMOVED -> "−";
                case SAME -> " ";
            };
            var number = new Span(
                    line.kind() == TextDiff.Kind.ADDED
                            ? Integer.toString(line.newNumber())
                            : Integer.toString(line.oldNumber()));
            number.addClassName("orienta-diff-number");
            var row = new Div(number, new Span(sign + " " + line.text()));
            row.addClassNames(
                    "orienta-diff-line", "orienta-diff-" + line.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "text.labelled",
                                    getTranslation(
                                            "history.line." + line.kind().name().toLowerCase(java.util.Locale.ROOT)),
                                    line.text()));
            diff.add(row);
        }
    }
}
