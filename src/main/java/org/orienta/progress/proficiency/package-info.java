/**
 * Evidence and proficiency: the competency evidence each step produces, the running standings, the
 * proficiency model (estimates with a half-life) and a trainee's profile. Its API for other modules is
 * {@code progress::proficiency}.
 */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.proficiency;
