package org.orienta.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password exactly once, for the administrator to hand over. */
class OneTimePasswordDialog extends Dialog {

    final Span password;

    OneTimePasswordDialog(String displayName, String username, String oneTimePassword) {
        setHeaderTitle(getTranslation("otp.title", displayName));
        setId("one-time-password-dialog");
        password = new Span(oneTimePassword);
        password.setId("one-time-password");
        password.addClassName("orienta-secret");
        add(new Paragraph(getTranslation("otp.text", username)), password, new Paragraph(getTranslation("otp.once")));
        var close = new Button(getTranslation("otp.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("one-time-password-close");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
