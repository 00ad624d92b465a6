package org.orienta.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Languages;
import org.orienta.base.ui.FieldProblems;
import org.orienta.people.MyProfile;
import org.orienta.people.OrganisationService;
import org.orienta.people.PasswordPolicy;
import org.orienta.people.PeopleService;

/**
 * My account: my details and a new password. A person holding a one-time password is sent here first
 * and cannot go anywhere else until they have chosen their own.
 */
@Route("account")
@PermitAll
class AccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button change = new Button();
    final Div mustChangeBanner = new Div();
    final Select<Locale> language = new Select<>();
    private final transient PeopleService people;
    private final transient OrganisationService organisation;
    private final ProfileList details = new ProfileList();

    AccountView(PeopleService people, OrganisationService organisation) {
        this.people = people;
        this.organisation = organisation;
        setId("account-view");
        addClassName("orienta-page");

        mustChangeBanner.setId("must-change-password");
        mustChangeBanner.addClassName("orienta-banner");
        mustChangeBanner.getElement().setAttribute("role", "alert");
        mustChangeBanner.add(VaadinIcon.KEY.create(), new Paragraph(getTranslation("account.mustChange")));

        var detailsSection = new Section(new H2(getTranslation("account.details")), details);
        detailsSection.addClassName("orienta-section");

        currentPassword.setLabel(getTranslation("account.currentPassword"));
        currentPassword.setId("current-password");
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        newPassword.setLabel(getTranslation("account.newPassword"));
        newPassword.setHelperText(getTranslation("account.newPassword.helper", PasswordPolicy.MIN_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setId("new-password");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        repeatPassword.setLabel(getTranslation("account.repeatPassword"));
        repeatPassword.setId("repeat-password");
        repeatPassword.getElement().setAttribute("autocomplete", "new-password");
        change.setText(getTranslation("account.changePassword"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(e -> changePassword());
        change.setId("change-password");

        var form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("orienta-narrow-form");
        var passwordSection = new Section(
                new H2(getTranslation("account.password")),
                new Paragraph(getTranslation("account.password.text")),
                form,
                change);
        passwordSection.addClassName("orienta-section");

        // The download lives with the records it exports (progress module): linked by its route.
        var myData = new com.vaadin.flow.component.html.Anchor("my-data", getTranslation("account.myData.link"));
        myData.setId("account-my-data");
        var dataSection = new Section(
                new H2(getTranslation("account.myData")), new Paragraph(getTranslation("account.myData.text")), myData);
        dataSection.addClassName("orienta-section");
        language.setId("account-language");
        language.setLabel(getTranslation("account.language.field"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> l == null ? followCaption() : Languages.nativeName(l));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(followCaption());
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changeLanguage(e.getValue());
            }
        });
        var languageSection = new Section(
                new H2(getTranslation("account.language")),
                new Paragraph(getTranslation("account.language.text")),
                language);
        languageSection.addClassName("orienta-section");
        add(mustChangeBanner, detailsSection, languageSection, passwordSection, dataSection);
    }

    private String followCaption() {
        return organisation
                .defaultLanguage()
                .map(l -> getTranslation("account.language.followOrganisation", Languages.nativeName(l)))
                .orElseGet(() -> getTranslation("account.language.followBrowser"));
    }

    /** Saves the choice and shows the page again in it: every text on it was made in the old language. */
    void changeLanguage(@Nullable Locale chosen) {
        people.changeMyLanguage(chosen);
        getUI().ifPresent(ui -> {
            ui.setLocale(chosen != null ? chosen : ui.getLocale());
            ui.getPage().reload();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MyProfile me = people.myProfile();
        language.setValue(me.language());
        mustChangeBanner.setVisible(me.mustChangePassword());
        details.removeAll();
        details.add(getTranslation("profile.name"), me.displayName());
        details.add(getTranslation("profile.username"), me.username());
        details.add(getTranslation("profile.email"), me.email());
        details.add(
                getTranslation("profile.department"),
                me.department() == null ? getTranslation("profile.none") : me.department());
        details.add(
                getTranslation("profile.jobRole"),
                me.jobRole() == null ? getTranslation("profile.none") : me.jobRole());
        details.add(
                getTranslation("profile.roles"),
                me.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")));
    }

    void changePassword() {
        Map<String, HasValidation> fields = Map.of(
                "currentPassword", currentPassword, "newPassword", newPassword, "repeatPassword", repeatPassword);
        fields.values().forEach(f -> f.setInvalid(false));
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("password.repeatDiffers"));
            repeatPassword.setInvalid(true);
            return;
        }
        boolean wasForced = mustChangeBanner.isVisible();
        try {
            people.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidInputException e) {
            FieldProblems.on(this)
                    .field("currentPassword", currentPassword)
                    .field("newPassword", newPassword)
                    .field("repeatPassword", repeatPassword)
                    .otherwise(newPassword)
                    .show(e.problems());
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        mustChangeBanner.setVisible(false);
        var n = Notification.show(getTranslation("account.passwordChanged"), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (wasForced) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
