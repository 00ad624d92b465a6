package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import org.orienta.base.Formats;
import org.orienta.progress.assignment.ItemProgress;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.ResultSummary;

/**
 * My recent results: per item, the best and the latest result, the ending reached and when. The newest
 * {@value #FIRST} are built with the page; the rest only when asked for (a long-standing trainee has a
 * result for most of the catalogue, which My training would otherwise send at every opening, issue 22).
 */
class ResultsList extends Section {

    static final int FIRST = 10;

    final Div list = new Div();

    ResultsList(List<ItemProgress> results) {
        setId("results");
        addClassName("orienta-page-section");
        add(new H2(getTranslation("training.results.title")));
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("training.results.none")));
            return;
        }
        list.addClassName("orienta-results");
        list.getElement().setAttribute("role", "list");
        results.stream().limit(FIRST).forEach(item -> list.add(row(item)));
        add(list);
        if (results.size() > FIRST) {
            var rest = List.copyOf(results.subList(FIRST, results.size()));
            var more = new Button(getTranslation("training.results.showAll", results.size()));
            more.setId("results-show-all");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(e -> {
                var first = row(rest.getFirst());
                list.add(first);
                rest.stream().skip(1).forEach(item -> list.add(row(item)));
                more.removeFromParent();
                // The button is gone: keyboard focus goes on to the first result it revealed.
                Focus.moveTo(first);
            });
            add(more);
        }
    }

    private Div row(ItemProgress item) {
        var title = new Span(Texts.plain(item.item().title()));
        title.addClassName("orienta-cell-title");
        var kind = new Span(getTranslation(
                "text.meta",
                getTranslation("item.kind." + item.item().ref().kind().name()),
                getTranslation("training.results.attempts", item.attempts())));
        kind.addClassName("orienta-cell-detail");
        // Results list only items with a finished run, so both are there.
        var bestRun = Objects.requireNonNull(item.best(), "a result has its best run");
        var latestRun = Objects.requireNonNull(item.latest(), "a result has its latest run");
        var best = new Span(getTranslation("training.results.best", describe(bestRun)));
        var latest = new Span(getTranslation("training.results.latest", describe(latestRun), date(latestRun)));
        latest.addClassName("orienta-cell-detail");
        var row = new Div(title, kind, best, latest);
        row.addClassName("orienta-result-row");
        row.getElement().setAttribute("role", "listitem");
        return row;
    }

    private String describe(ResultSummary result) {
        var text = new StringBuilder();
        if (result.outcome() != null) {
            text.append(getTranslation(
                    "result.outcome."
                            + (List.of("low", "standard", "wow").contains(result.outcome())
                                    ? result.outcome()
                                    : "other"),
                    result.outcome()));
        } else if (result.score() == null) {
            text.append(getTranslation("result.selfChecked"));
        } else {
            text.append(getTranslation("result.score", Formats.percent(result.score(), getLocale())));
            if (result.passed() != null) {
                text.append(" · ").append(getTranslation(result.passed() ? "result.passed" : "result.failed"));
            }
        }
        if (result.mode() == AttemptMode.PRACTICE) {
            text.append(" ").append(getTranslation("result.practice"));
        }
        return text.toString();
    }

    private String date(ResultSummary result) {
        return Formats.date(result.at(), getLocale());
    }
}
