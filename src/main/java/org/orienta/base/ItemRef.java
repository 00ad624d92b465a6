package org.orienta.base;

/** A learning item by kind and stable key, e.g. scenario rp-01. */
public record ItemRef(ItemKind kind, String key) {

    @Override
    public String toString() {
        return kind.word() + " " + key;
    }
}
