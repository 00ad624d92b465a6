package org.orienta.progress;

public record AttemptId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
