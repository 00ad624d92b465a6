package org.orienta.people;

/** Identifies a person across modules; other modules store this, never the entity. */
public record PersonId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
