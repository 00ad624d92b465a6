package org.orienta.progress.assignment;

import java.util.List;

/** A trainee's home: assigned modules, attempts to continue, and recent results. */
public record MyTraining(List<ModuleProgress> assigned, List<ItemProgress> unfinished, List<ItemProgress> results) {

    public MyTraining {
        assigned = List.copyOf(assigned);
        unfinished = List.copyOf(unfinished);
        results = List.copyOf(results);
    }
}
