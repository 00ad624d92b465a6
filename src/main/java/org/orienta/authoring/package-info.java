/**
 * The trainers' workspace: drafts of every kind of content, checked as they are edited with the
 * importer's own rules, published as immutable versions, compared version to version, archived, and
 * moved in and out as zip files in the content folder's format or as Moodle GIFT quizzes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "people",
            "audit",
            "competency",
            "catalogue",
            "scenario",
            "ownwords",
            "exercise",
            "quiz",
            "curriculum",
            "checklist",
            "activity",
            "content",
            "integrity",
            "progress",
            "progress::preview",
            "progress::analytics",
            "progress::assignment",
            "progress::review"
        })
@org.jspecify.annotations.NullMarked
package org.orienta.authoring;
