/**
 * Training content as files: reads a content folder (or the bundled pack, or later a zip), validates
 * every file and every cross-file reference, reports each problem with file, line and column, and
 * imports everything in one transaction or nothing at all.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "base",
            "people",
            "audit",
            "competency",
            "catalogue",
            "scenario",
            "exercise",
            "quiz",
            "curriculum",
            "checklist",
            "activity"
        })
@org.jspecify.annotations.NullMarked
package org.orienta.content;
