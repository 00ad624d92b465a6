package org.orienta.progress.attempt;

/**
 * The step was already answered differently (in another tab or window): nothing was recorded, and the
 * screen should show the attempt as it now stands.
 */
public class StepConflictException extends RuntimeException {

    public StepConflictException(String message) {
        super(message);
    }
}
