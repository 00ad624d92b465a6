/**
 * Running Orienta: online backups of the embedded H2 database (nightly, on an administrator's request
 * and from the {@code backup} command), the restore command, and the page that shows both.
 * PostgreSQL installations back up with pg_dump instead (docs/deployment.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit"})
@org.jspecify.annotations.NullMarked
package org.orienta.operations;
