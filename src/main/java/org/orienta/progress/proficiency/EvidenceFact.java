package org.orienta.progress.proficiency;

import java.time.Instant;

/** The parts of a piece of evidence the totals are made of. */
record EvidenceFact(long id, long traineeId, String competency, int level, double weight, Instant recordedAt) {}
