package org.orienta.observation;

public record ObservationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
