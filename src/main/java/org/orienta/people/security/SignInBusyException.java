package org.orienta.people.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * A password check that waited its longest for the hashing bound and did not get its turn: the server
 * is overloaded, not the person wrong. The sign-in page says "busy, try again", the throttle does not
 * count it against the person, and nothing of the sign-in happened.
 */
public final class SignInBusyException extends AuthenticationServiceException {

    public SignInBusyException() {
        super("Too many sign-ins at once; the password was not checked");
    }
}
