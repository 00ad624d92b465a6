package org.orienta.base;

/**
 * What the shell needs to know about the signed-in person. The people module's principal implements
 * it, so the shell in {@code base} can greet people by name without depending on {@code people}.
 */
public interface PersonPrincipal {

    String getUsername();

    String getDisplayName();
}
