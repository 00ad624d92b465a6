/**
 * The assessment-integrity audit: checks role-plays and quizzes for what lets a trainee score without
 * competence (the best option is the longest or always in the same place, thin or linear choices,
 * naive strategies that reach the best ending, sources cited to trainees) and reports it as warnings
 * with file, line and column, for the {@code audit} command and the trainers' editor alike.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"base", "competency", "scenario", "quiz", "content"})
@org.jspecify.annotations.NullMarked
package org.orienta.integrity;
