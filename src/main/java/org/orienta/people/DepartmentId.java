package org.orienta.people;

public record DepartmentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
