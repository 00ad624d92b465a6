/**
 * Training modules: ordered lists of scenarios, exercises and quizzes with the competencies they develop
 * and the job roles they are meant for, versioned like the items themselves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency", "catalogue"})
@org.jspecify.annotations.NullMarked
package org.orienta.curriculum;
