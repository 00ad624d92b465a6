package org.orienta.progress.ui;

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

/** My recent results: per item, the best and the latest result, the ending reached and when. */
class ResultsList extends Section {

    ResultsList(List<ItemProgress> results) {
        setId("results");
        addClassName("orienta-page-section");
        add(new H2(getTranslation("training.results.title")));
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("training.results.none")));
            return;
        }
        var list = new Div();
        list.addClassName("orienta-results");
        list.getElement().setAttribute("role", "list");
        for (ItemProgress item : results) {
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
            list.add(row);
        }
        add(list);
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
