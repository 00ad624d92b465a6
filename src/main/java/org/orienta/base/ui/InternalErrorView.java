package org.orienta.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Something went wrong" inside the shell instead of Vaadin's default page, which prints the exception
 * message to the person (and with it, sometimes, internals). The full exception goes to the log under
 * a short reference the person can quote to their administrator.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private final Paragraph reference = new Paragraph();

    InternalErrorView() {
        setId("internal-error");
        addClassName("orienta-error-page");
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.addClassName("orienta-error-icon");
        reference.setId("error-reference");
        add(
                icon,
                new H2(getTranslation("error.internal.title")),
                new Paragraph(getTranslation("error.internal.text")),
                reference,
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        log.error("Error {} while opening '{}'", id, event.getLocation().getPath(), parameter.getCaughtException());
        reference.setText(getTranslation("error.internal.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title");
    }
}
