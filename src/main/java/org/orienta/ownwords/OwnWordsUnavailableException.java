package org.orienta.ownwords;

/**
 * The reply could not be understood for a technical reason (the model did not load, the endpoint did
 * not answer): the trainee chooses from the options instead, and the page says why.
 */
public class OwnWordsUnavailableException extends RuntimeException {

    OwnWordsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
