/**
 * Branching role-play scenarios: the conversation graph, its state (the customer's mood and named
 * counters), the conditions that make the customer react to the whole conversation, the rules a graph
 * must follow, and the immutable, numbered versions trainees play.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.scenario;
