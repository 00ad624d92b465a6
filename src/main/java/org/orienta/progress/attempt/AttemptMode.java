package org.orienta.progress.attempt;

import org.springframework.modulith.NamedInterface;

/** Practice runs are private to the trainee and never count; assessed runs count in every report. */
@NamedInterface("attempt")
public enum AttemptMode {
    PRACTICE,
    ASSESSED
}
