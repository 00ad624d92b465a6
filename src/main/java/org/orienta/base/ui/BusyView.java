package org.orienta.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * "Orienta is busy, try again" when a page could not get a database connection in time (the pool's
 * wait ran out under load, issue 22). Nothing was read or written, so nothing is lost: the page says
 * so and offers to open the same address again, instead of the internal-error page.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class BusyView extends VerticalLayout implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(BusyView.class);

    final Button retry = new Button(getTranslation("error.busy.retry"), VaadinIcon.REFRESH.create());
    private String address = "";

    BusyView() {
        setId("busy");
        addClassName("orienta-error-page");
        var icon = VaadinIcon.HOURGLASS.create();
        icon.addClassName("orienta-error-icon");
        retry.setId("busy-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(address)));
        add(
                icon,
                new H2(getTranslation("error.busy.title")),
                new Paragraph(getTranslation("error.busy.text")),
                retry,
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
        address = event.getLocation().getPathWithQueryParameters();
        // Expected under load and harmless: one line, no stack trace.
        log.warn(
                "No database connection in time while opening '{}': {}",
                event.getLocation().getPath(),
                TryAgain.reason(parameter.getCaughtException()));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.busy.title");
    }
}
