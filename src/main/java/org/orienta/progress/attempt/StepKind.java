package org.orienta.progress.attempt;

public enum StepKind {
    /** A choice at a scenario's decision point. */
    CHOICE,
    /** An answer to a quiz question. */
    ANSWER,
    /** A whole exercise submitted. */
    SUBMISSION,
    /** A free-text reflection after a scenario ending. */
    REFLECTION,
    /** A trainer's review of a free-text answer: its evidence points here. */
    REVIEW
}
