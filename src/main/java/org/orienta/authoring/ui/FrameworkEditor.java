package org.orienta.authoring.ui;

import org.orienta.authoring.ContentKind;

/** The competency framework: its ten competencies and four levels in a form; nothing to play. */
class FrameworkEditor extends RecordEditor {

    FrameworkEditor(Host host) {
        super(host, ContentKind.FRAMEWORK);
    }

    @Override
    public boolean versioned() {
        return false;
    }
}
