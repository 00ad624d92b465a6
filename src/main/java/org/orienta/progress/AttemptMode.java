package org.orienta.progress;

/** Practice runs are private to the trainee and never count; assessed runs count in every report. */
public enum AttemptMode {
    PRACTICE,
    ASSESSED
}
