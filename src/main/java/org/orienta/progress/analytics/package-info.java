/**
 * What trainers learn from trainees' runs: how each item performs (difficulty, discrimination, flags)
 * and which paths trainees take through a role-play. Other modules use it as {@code progress::analytics}.
 */
@org.springframework.modulith.NamedInterface("analytics")
@org.jspecify.annotations.NullMarked
package org.orienta.progress.analytics;
