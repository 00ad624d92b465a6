package org.orienta.progress.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.curriculum.ModuleDefinition;

/** A module with the trainee's standing in each of its items and, when assigned, its due date. */
public record ModuleProgress(
        String key,
        ModuleDefinition definition,
        List<ItemProgress> items,
        @Nullable LocalDate due,
        ModuleStatus status) {

    public ModuleProgress {
        items = List.copyOf(items);
    }

    public int minutes() {
        return items.stream().mapToInt(i -> i.item().minutes()).sum();
    }

    public long completed() {
        return items.stream().filter(i -> i.status() == ItemStatus.COMPLETED).count();
    }

    /** The item to continue with: the first one not completed. */
    public Optional<ItemProgress> next() {
        return items.stream()
                .filter(i -> i.status() != ItemStatus.COMPLETED && i.status() != ItemStatus.AWAITING_REVIEW)
                .findFirst();
    }
}
