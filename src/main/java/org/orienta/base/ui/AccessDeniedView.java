package org.orienta.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a signed-in person opens a page their roles do not allow. It says so plainly instead of
 * pretending the page does not exist: the person typed or followed the address and deserves to know why
 * it did not open.
 */
@PermitAll
@ParentLayout(MainLayout.class)
class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    AccessDeniedView() {
        setId("access-denied");
        addClassName("orienta-error-page");
        var icon = VaadinIcon.LOCK.create();
        icon.addClassName("orienta-error-icon");
        add(
                icon,
                new H2(getTranslation("error.denied.title")),
                new Paragraph(getTranslation("error.denied.text")),
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.denied.title");
    }
}
