package org.orienta.base;

/**
 * Thrown when a save is based on a version of the data that someone else has changed meanwhile, so
 * that the second save is refused rather than silently overwriting the first.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else meanwhile");
    }
}
