package org.orienta.people;

/** The roles a person may hold; a person may hold several. */
public enum Role {
    TRAINEE,
    TRAINER,
    HR,
    ADMIN,
    /** An external mystery shopper: records visits for the branches or people assigned, nothing else. */
    OBSERVER;

    /** The authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
