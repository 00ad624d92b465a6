package org.orienta.checklist;

/** A checklist's published version: the number observations record, and its definition. */
public record PublishedChecklist(int version, ChecklistDefinition definition) {

    public String key() {
        return definition.id();
    }
}
