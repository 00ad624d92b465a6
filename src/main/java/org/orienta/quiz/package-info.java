/**
 * Quizzes: question pools of seven types with per-option feedback, explanations with their sources,
 * pass marks, attempt limits, random draws and shuffling reproducible from a seed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.quiz;
