package org.orienta.authoring.ui;

import org.orienta.authoring.ContentKind;

/** A facilitated activity: the facilitator's guide as a form; run live, so nothing to play or analyse. */
class ActivityEditor extends RecordEditor {

    ActivityEditor(Host host) {
        super(host, ContentKind.ACTIVITY);
    }
}
