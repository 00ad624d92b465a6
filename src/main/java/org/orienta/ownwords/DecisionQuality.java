package org.orienta.ownwords;

import java.util.List;

/**
 * How well a decision's options are told apart, measured on their own example phrasings: each example
 * in turn is held out and matched as if a trainee had typed it.
 *
 * @param examples how many example phrasings were tried
 * @param correct how many went to their own option
 * @param abstained how many the matcher would not place
 * @param confusions which option's examples went to which other option, most often first
 */
public record DecisionQuality(String decisionId, int examples, int correct, int abstained, List<Confusion> confusions) {

    public record Confusion(String expected, String matched, int count) {}

    public DecisionQuality {
        confusions = List.copyOf(confusions);
    }

    /** Per cent of the placed examples that went to their own option (100 when none was placed). */
    public int accuracyPercent() {
        int placed = examples - abstained;
        return placed == 0 ? 100 : (int) Math.round(100.0 * correct / placed);
    }

    public int abstainedPercent() {
        return examples == 0 ? 0 : (int) Math.round(100.0 * abstained / examples);
    }
}
