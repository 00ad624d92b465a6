/**
 * Practice exercises (classify, calculate, order, match, rewrite): their definitions, the rules a file
 * must follow, how answers are scored and turned into evidence, and the immutable, numbered versions
 * trainees work on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.exercise;
