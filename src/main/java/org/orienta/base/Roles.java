package org.orienta.base;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} on views and for the access
 * annotations on services ({@link ForTrainers}, {@link ForAdmins}, ...), so no role is spelled by hand
 * in a security expression. They must equal the names of the people module's {@code Role} (a test
 * checks it).
 */
public final class Roles {

    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";
    public static final String OBSERVER = "OBSERVER";

    private Roles() {}
}
