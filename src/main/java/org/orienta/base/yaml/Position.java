package org.orienta.base.yaml;

/** A place in a file, 1-based as editors show it. */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position START = new Position(1, 1);

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
