/**
 * What trainees do: attempts at scenarios, exercises and quizzes, each step committed on its own with
 * the competency evidence it produced, and the assignments that tell trainees what to do by when.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "people",
            "audit",
            "competency",
            "scenario",
            "exercise",
            "quiz",
            "curriculum",
            "ownwords"
        })
@org.jspecify.annotations.NullMarked
package org.orienta.progress;
