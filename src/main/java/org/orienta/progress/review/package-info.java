/** Trainers' reviews of rewrites and reflections: the queue, the rubric levels, and the evidence a review gives. */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.review;
