/**
 * Facilitated activities: the facilitator's guide to a live group exercise (goal, duration, group size,
 * materials, steps, cards to hand out, debrief questions and the checklist observers use), a kind of
 * content versioned by the catalogue like the others. Scheduling and running them is the
 * {@code facilitation} module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.activity;
