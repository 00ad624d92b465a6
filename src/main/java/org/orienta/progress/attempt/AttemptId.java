package org.orienta.progress.attempt;

import org.springframework.modulith.NamedInterface;

@NamedInterface("attempt")
public record AttemptId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
