package org.orienta.exercise;

import java.util.List;
import org.orienta.base.LocalizedText;

/** Sort each item into one of the categories. */
public record ClassifyExercise(ExerciseInfo info, List<Category> categories, List<Item> items)
        implements ExerciseDefinition {

    public ClassifyExercise {
        info.requireType(ExerciseType.CLASSIFY);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
    }

    public record Category(String id, LocalizedText label) {}

    /** @param answer the id of the category the item belongs to */
    public record Item(String id, LocalizedText text, String answer, LocalizedText explanation) {}
}
