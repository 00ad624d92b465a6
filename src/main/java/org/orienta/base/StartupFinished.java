package org.orienta.base;

/** The {@link StartupStep}s are done and the application is ready: content and demo data are in place. */
public record StartupFinished() {}
