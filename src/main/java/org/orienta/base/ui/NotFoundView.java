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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly "page not found" inside the shell, with the way back home. */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        setId("not-found");
        addClassName("orienta-error-page");
        var icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("orienta-error-icon");
        add(
                icon,
                new H2(getTranslation("error.notfound.title")),
                new Paragraph(getTranslation("error.notfound.text")),
                new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notfound.title");
    }
}
