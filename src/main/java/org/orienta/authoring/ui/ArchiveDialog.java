package org.orienta.authoring.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before archiving an item: trainees no longer find it, and it can be restored. */
class ArchiveDialog extends ConfirmDialog {

    ArchiveDialog(Runnable archive) {
        setHeader(getTranslation("editor.archive.title"));
        setText(getTranslation("editor.archive.text"));
        setConfirmText(getTranslation("editor.archive"));
        addConfirmListener(e -> archive.run());
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
    }
}
