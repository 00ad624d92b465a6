/**
 * The audit trail: an append-only record of sign-ins, account and role changes, content imports,
 * publishing and archiving, assignments and reminders, reviews and score overrides, and exports of
 * personal data and reports. Answer texts, review comments and passwords never enter it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "base")
@org.jspecify.annotations.NullMarked
package org.orienta.audit;
