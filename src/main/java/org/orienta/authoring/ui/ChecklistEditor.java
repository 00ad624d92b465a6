package org.orienta.authoring.ui;

import org.orienta.authoring.ContentKind;

/** An observation checklist: its form; observers use it, trainees do not play it, so no preview. */
class ChecklistEditor extends RecordEditor {

    ChecklistEditor(Host host) {
        super(host, ContentKind.CHECKLIST);
    }
}
