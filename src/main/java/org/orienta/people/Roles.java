package org.orienta.people;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * They must equal the {@link Role} names (a test checks it).
 */
public final class Roles {

    public static final String TRAINEE = "TRAINEE";
    public static final String TRAINER = "TRAINER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
