package org.orienta.people;

/** The roles a person may hold; a person may hold several. */
public enum Role {
    TRAINEE,
    TRAINER,
    HR,
    ADMIN;

    /** The authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
