package org.orienta.authoring;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;

/** What a trainer can author, and where each kind lives in the content folder. */
public enum ContentKind {
    FRAMEWORK(null),
    SCENARIO("scenarios"),
    EXERCISE("exercises"),
    QUIZ("quizzes"),
    MODULE("modules"),
    CHECKLIST("checklists"),
    ACTIVITY("activities");

    /** The versioned kinds, in the order lists show them: every kind but the framework. */
    public static final java.util.List<ContentKind> ITEMS =
            java.util.List.of(SCENARIO, EXERCISE, QUIZ, MODULE, CHECKLIST, ACTIVITY);

    /** The key of the one framework there is. */
    public static final String FRAMEWORK_KEY = "framework";

    private final @Nullable String folder;

    ContentKind(@Nullable String folder) {
        this.folder = folder;
    }

    /** The file's path in the content folder: competencies.yaml or scenarios/rp-01.yaml. */
    public String path(String key) {
        return folder == null ? "competencies.yaml" : folder + "/" + key + ".yaml";
    }

    /** The word used in URLs and messages: scenario, exercise … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether trainees play items of this kind, so that they have attempts and analytics. */
    public boolean played() {
        return this == SCENARIO || this == EXERCISE || this == QUIZ;
    }

    public static ContentKind fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    public static ContentKind of(ItemKind kind) {
        return switch (kind) {
            case SCENARIO -> SCENARIO;
            case EXERCISE -> EXERCISE;
            case QUIZ -> QUIZ;
        };
    }
}
