/**
 * Assignments and My training: who must do which module by when, standing rules and refreshers, and
 * the rules of a trainee's standing in an item and a module ({@code ModuleStanding}, pure). Other
 * modules see only {@code ModuleStatus} ({@code progress::assignment}).
 */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.assignment;
