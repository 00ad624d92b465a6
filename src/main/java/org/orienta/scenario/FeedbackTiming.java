package org.orienta.scenario;

/** When the trainee reads the feedback on a choice: right after it, or all together at the ending. */
public enum FeedbackTiming {
    IMMEDIATE,
    DEBRIEF
}
