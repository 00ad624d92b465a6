package org.orienta;

import org.orienta.people.DemoMode;

/** The accounts every test database has: the first administrator and the demo organisation. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-operator-passphrase";
    public static final String TRAINER = "trainer";
    public static final String HR = "hr";
    public static final String TRAINEE = "anna";
    public static final String DEMO_PASSWORD = DemoMode.PASSWORD;

    private TestUsers() {}
}
