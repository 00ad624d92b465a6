package org.orienta.progress.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.orienta.ownwords.LevelSuggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hint chips beside a review's rubric criteria: a suggested level with its reason and confidence,
 * or in words why there is none (docs/decisions/0045). A chip is text, never a control: the trainer
 * still picks every level. The suggestions are computed in the background; the page polls for them
 * (Orienta runs without push) and stops once they are shown.
 */
final class SuggestionHints {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionHints.class);
    private static final int POLL_MILLIS = 400;
    private static final String PENDING = "orienta-suggestions-pending";

    private final Map<String, Span> chips = new LinkedHashMap<>();
    private final int minimumReviewed;

    SuggestionHints(int minimumReviewed) {
        this.minimumReviewed = minimumReviewed;
    }

    /** The chip for a criterion, saying that a suggestion is being looked for. */
    Span chip(String criterion) {
        var chip = new Span(UI.getCurrent().getTranslation("reviews.suggestion.pending"));
        chip.addClassName("orienta-suggestion");
        chip.setId("suggestion-" + criterion);
        chip.getElement().setAttribute("role", "note");
        chips.put(criterion, chip);
        return chip;
    }

    /** Computes the suggestions with the executor and fills the chips when they are ready. */
    void load(Supplier<Map<String, LevelSuggestion>> work, java.util.concurrent.Executor executor) {
        var ui = UI.getCurrent();
        var result = CompletableFuture.supplyAsync(work, executor);
        if (result.isDone()) {
            show(ui, result);
            return;
        }
        pending(ui, +1);
        result.whenComplete((value, failure) -> ui.access(() -> {
            pending(ui, -1);
            show(ui, result);
        }));
    }

    private static void pending(UI ui, int change) {
        // Counted per UI: a trainer who opens the next answer before the last one's chips came keeps polling.
        var count = (Integer) ComponentUtil.getData(ui, PENDING);
        int now = Math.max(0, (count == null ? 0 : count) + change);
        ComponentUtil.setData(ui, PENDING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    private void show(UI ui, CompletableFuture<Map<String, LevelSuggestion>> result) {
        Map<String, LevelSuggestion> suggestions;
        try {
            suggestions = result.join();
        } catch (CompletionException e) {
            LOG.warn("Review suggestions failed", e.getCause());
            chips.values().forEach(c -> {
                c.setText(ui.getTranslation("reviews.suggestion.unavailable"));
                c.addClassName("orienta-suggestion-none");
            });
            return;
        }
        for (var entry : chips.entrySet()) {
            var suggestion = suggestions.get(entry.getKey());
            var chip = entry.getValue();
            if (suggestion == null) {
                // Reviewed before suggestions were kept: there is nothing to show.
                chip.setVisible(false);
            } else {
                chip.setText(text(ui, suggestion));
                chip.getElement().getClassList().set("orienta-suggestion-none", !suggestion.suggested());
            }
        }
    }

    String text(UI ui, LevelSuggestion s) {
        var level = ui.getTranslation("level." + s.level());
        return switch (s.basis()) {
            case SUGGESTED -> {
                if (s.closeToModel() && s.closeAnswers() > 0) {
                    yield ui.getTranslation("reviews.suggestion.both", level, s.confidence(), s.closeAnswers());
                } else if (s.closeToModel()) {
                    yield ui.getTranslation("reviews.suggestion.model", level, s.confidence());
                }
                yield ui.getTranslation("reviews.suggestion.reviewed", level, s.confidence(), s.closeAnswers());
            }
            case TOO_LITTLE_BASIS -> ui.getTranslation("reviews.suggestion.tooLittle", minimumReviewed);
            case NOTHING_CLOSE -> ui.getTranslation("reviews.suggestion.nothingClose");
            case LANGUAGE_NOT_COVERED -> {
                var language = s.language();
                yield language == null
                        ? ui.getTranslation("reviews.suggestion.otherLanguage")
                        : ui.getTranslation(
                                "reviews.suggestion.language",
                                ui.getTranslation("language.name." + language.getLanguage()));
            }
            case UNAVAILABLE -> ui.getTranslation("reviews.suggestion.unavailable");
        };
    }
}
