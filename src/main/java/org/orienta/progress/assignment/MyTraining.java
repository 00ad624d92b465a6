package org.orienta.progress.assignment;

import java.util.List;

/**
 * A trainee's home: assigned modules, attempts to continue, recent results, and every published module
 * with the trainee's standing in it (the catalogue), all read at once.
 */
public record MyTraining(
        List<ModuleProgress> assigned,
        List<ItemProgress> unfinished,
        List<ItemProgress> results,
        List<ModuleProgress> catalogue) {

    public MyTraining {
        assigned = List.copyOf(assigned);
        unfinished = List.copyOf(unfinished);
        results = List.copyOf(results);
        catalogue = List.copyOf(catalogue);
    }
}
