/**
 * HR's competency reports: the organisation matrix, a department's people, one person's profile and
 * evidence, completion of assignments and trends, with CSV, XLSX and PDF exports. Reports read the
 * tables of people and progress with SQL, read-only, so that an organisation-wide report reads the
 * running totals in one pass (ADR 0015).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "people",
            "audit",
            "competency",
            "curriculum",
            "progress",
            "progress::profile",
            "progress::proficiency",
            "progress::attempt",
            "progress::assignment"
        })
@org.jspecify.annotations.NullMarked
package org.orienta.reporting;
