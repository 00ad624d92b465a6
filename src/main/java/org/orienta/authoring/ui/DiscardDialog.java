package org.orienta.authoring.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before throwing a draft away: the published version (if any) stays, the changes are gone. */
class DiscardDialog extends ConfirmDialog {

    DiscardDialog(Runnable discard) {
        setHeader(getTranslation("editor.discard.title"));
        setText(getTranslation("editor.discard.text"));
        setConfirmText(getTranslation("editor.discard.confirm"));
        addConfirmListener(e -> discard.run());
        setCancelable(true);
        setCancelText(getTranslation("action.cancel"));
        setConfirmButtonTheme("error primary");
    }
}
