/**
 * Observations: a checklist answered about a person by their manager on the job, by a trainer in a
 * facilitated session, or by an external mystery shopper on a visit to a branch. Each answered behaviour
 * is competency evidence with its own weight, dated when it was seen (ADR 0039); the person sees it and
 * may comment, trainers may void it, HR compares it with the training.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "people", "audit", "competency", "checklist", "progress::proficiency"})
@org.jspecify.annotations.NullMarked
package org.orienta.observation;
