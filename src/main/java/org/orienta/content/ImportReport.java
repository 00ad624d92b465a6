package org.orienta.content;

import java.util.List;
import org.orienta.base.ImportOutcome;

/** What an import did: for each item, the version it has now and whether that version is new. */
public record ImportReport(boolean frameworkChanged, List<ImportOutcome> items) {

    public ImportReport {
        items = List.copyOf(items);
    }

    public long newVersions() {
        return items.stream().filter(ImportOutcome::created).count();
    }

    public long unchanged() {
        return items.size() - newVersions();
    }
}
