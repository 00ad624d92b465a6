package org.orienta.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Formats;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.ItemInfo;

/** Asks whether a new attempt is practice (private) or assessed (counts), then starts it. */
class StartAttemptDialog extends Dialog {

    final RadioButtonGroup<AttemptMode> mode = new RadioButtonGroup<>();
    final Button start = new Button();

    StartAttemptDialog(AttemptService attempts, ItemInfo item, @Nullable String moduleKey) {
        setHeaderTitle(getTranslation("start.title", Formats.quote(Texts.plain(item.title()), getLocale())));
        setId("start-dialog");
        mode.setLabel(getTranslation("start.mode"));
        mode.setItems(AttemptMode.ASSESSED, AttemptMode.PRACTICE);
        mode.setItemLabelGenerator(m -> getTranslation("start.mode." + m.name()));
        mode.setValue(AttemptMode.ASSESSED);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setId("start-mode");
        var hint = new Paragraph(getTranslation("start.hint." + AttemptMode.ASSESSED.name()));
        hint.addClassName("orienta-hint");
        mode.addValueChangeListener(
                e -> hint.setText(getTranslation("start.hint." + e.getValue().name())));
        add(new Paragraph(getTranslation("start.minutes", item.minutes())), mode, hint);

        start.setText(getTranslation("start.go"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-go");
        start.setDisableOnClick(true);
        start.addClickListener(e -> {
            org.orienta.progress.attempt.AttemptId id;
            try {
                id = attempts.start(item.ref(), mode.getValue(), moduleKey);
            } catch (org.orienta.progress.attempt.AttemptLimitException limit) {
                mode.setErrorMessage(getTranslation("start.limit", limit.allowed()));
                mode.setInvalid(true);
                start.setEnabled(true);
                return;
            }
            // Navigate before closing: a closed dialog is detached and no longer knows its UI.
            getUI().ifPresent(ui -> ui.navigate(
                    AttemptView.class, new com.vaadin.flow.router.RouteParameters(AttemptView.ID, id.toString())));
            close();
        });
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, start);
    }
}
