package org.orienta.people;

public record JobRoleId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
