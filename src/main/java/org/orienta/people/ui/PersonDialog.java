package org.orienta.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ui.FieldProblems;
import org.orienta.people.CreatedPerson;
import org.orienta.people.DepartmentOption;
import org.orienta.people.JobRoleOption;
import org.orienta.people.PasswordPolicy;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDetails;
import org.orienta.people.PersonDraft;
import org.orienta.people.PersonRules;
import org.orienta.people.Role;

/**
 * Creates or edits a person. Each field shows its own problem as the administrator leaves it, and the
 * service's verdict (e.g. a username already taken) lands on the same field; nothing is saved until
 * every field is right.
 */
class PersonDialog extends Dialog {

    record Saved(
            boolean created,
            String displayName,
            String username,
            @Nullable String oneTimePassword) {}

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField email = new TextField();
    final ComboBox<DepartmentOption> department = new ComboBox<>();
    final ComboBox<JobRoleOption> jobRole = new ComboBox<>();
    final ComboBox<org.orienta.people.PersonRow> manager = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final transient PeopleService people;
    private final @Nullable PersonDetails existing;
    private final SerializableConsumer<Saved> onSaved;

    static PersonDialog forNew(PeopleService people, SerializableConsumer<Saved> onSaved) {
        return new PersonDialog(people, null, onSaved);
    }

    static PersonDialog forExisting(PeopleService people, PersonDetails details, SerializableConsumer<Saved> onSaved) {
        return new PersonDialog(people, details, onSaved);
    }

    private PersonDialog(PeopleService people, @Nullable PersonDetails existing, SerializableConsumer<Saved> onSaved) {
        this.people = people;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("person-dialog");
        setHeaderTitle(
                existing == null
                        ? getTranslation("person.dialog.new")
                        : getTranslation("person.dialog.edit", existing.displayName()));
        setCloseOnOutsideClick(false);

        username.setLabel(getTranslation("person.username"));
        username.setHelperText(getTranslation("person.username.helper"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(PersonRules.USERNAME_MAX_LENGTH);
        username.setId("person-username");
        validateOnChange(username, "username", v -> PersonRules.checkUsername(v).map(k -> problem("username", k)));

        displayName.setLabel(getTranslation("person.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(PersonRules.DISPLAY_NAME_MAX_LENGTH);
        displayName.setId("person-display-name");
        validateOnChange(
                displayName, "displayName", v -> PersonRules.checkDisplayName(v).map(k -> problem("displayName", k)));

        email.setLabel(getTranslation("person.email"));
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("inputmode", "email");
        email.getElement().setAttribute("autocomplete", "off");
        email.setId("person-email");
        validateOnChange(email, "email", v -> PersonRules.checkEmail(v).map(k -> problem("email", k)));

        department.setLabel(getTranslation("person.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(DepartmentOption::name);
        department.setClearButtonVisible(true);
        department.setId("person-department");

        jobRole.setLabel(getTranslation("person.jobRole"));
        jobRole.setItems(people.jobRoles());
        jobRole.setItemLabelGenerator(JobRoleOption::name);
        jobRole.setClearButtonVisible(true);
        jobRole.setId("person-job-role");
        manager.setLabel(getTranslation("person.manager"));
        manager.setItems(people.findPeople("").stream()
                .filter(p -> existing == null || !p.id().equals(existing.id()))
                .toList());
        manager.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        manager.setClearButtonVisible(true);
        manager.setId("person-manager");

        roles.setLabel(getTranslation("person.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        roles.setId("person-roles");

        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("department", department);
        fields.put("jobRole", jobRole);
        fields.put("manager", manager);
        fields.put("roles", roles);

        var form = new FormLayout(username, displayName, email, department, jobRole, manager, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(roles, 2);
        if (existing == null) {
            password.setLabel(getTranslation("person.password"));
            password.setHelperText(getTranslation("person.password.helper", PasswordPolicy.MIN_LENGTH));
            password.setId("person-password");
            password.setMaxLength(PasswordPolicy.MAX_LENGTH);
            password.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
            password.addValueChangeListener(e -> showProblem(
                    password,
                    e.getValue().isEmpty()
                            ? Optional.empty()
                            : PasswordPolicy.check(e.getValue(), username.getValue(), email.getValue())
                                    .map(k -> problem("password", k))));
            fields.put("password", password);
            form.add(password, 2);
            roles.setValue(EnumSet.of(Role.TRAINEE));
        } else {
            fill(existing);
        }
        add(form);

        save.setText(getTranslation(existing == null ? "person.dialog.create" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("person-save");
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("person-cancel");
        getFooter().add(cancel, save);
    }

    private void fill(PersonDetails details) {
        var draft = details.draft();
        username.setValue(draft.username());
        displayName.setValue(draft.displayName());
        email.setValue(draft.email());
        department
                .getListDataView()
                .getItems()
                .filter(d -> d.id().equals(draft.departmentId()))
                .findFirst()
                .ifPresent(department::setValue);
        jobRole.getListDataView()
                .getItems()
                .filter(j -> j.id().equals(draft.jobRoleId()))
                .findFirst()
                .ifPresent(jobRole::setValue);
        roles.setValue(draft.roles());
        manager.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(draft.managerId()))
                .findFirst()
                .ifPresent(manager::setValue);
    }

    private void validateOnChange(
            TextField field, String name, java.util.function.Function<String, Optional<FieldProblem>> rule) {
        field.addValueChangeListener(e -> showProblem(field, rule.apply(e.getValue())));
    }

    private FieldProblem problem(String field, String key) {
        return switch (field) {
            case "username" ->
                FieldProblem.of(field, key, PersonRules.USERNAME_MIN_LENGTH, PersonRules.USERNAME_MAX_LENGTH);
            case "displayName" -> FieldProblem.of(field, key, PersonRules.DISPLAY_NAME_MAX_LENGTH);
            case "password" -> FieldProblem.of(field, key, PasswordPolicy.MIN_LENGTH);
            default -> FieldProblem.of(field, key);
        };
    }

    private void showProblem(HasValidation field, Optional<FieldProblem> problem) {
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(this::message).orElse(null));
    }

    private String message(FieldProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    private PersonDraft draft() {
        var roleSet = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        return new PersonDraft(
                username.getValue(),
                displayName.getValue(),
                email.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                jobRole.getValue() == null ? null : jobRole.getValue().id(),
                roleSet,
                manager.getValue() == null ? null : manager.getValue().id());
    }

    void save() {
        fields.values().forEach(f -> showProblem(f, Optional.empty()));
        var draft = draft();
        try {
            if (existing == null) {
                CreatedPerson created = people.create(draft, password.getValue());
                close();
                onSaved.accept(new Saved(
                        true, draft.displayName().strip(), draft.username().strip(), created.oneTimePassword()));
            } else {
                people.update(existing.id(), draft, existing.version());
                close();
                onSaved.accept(new Saved(
                        false, draft.displayName().strip(), draft.username().strip(), null));
            }
        } catch (InvalidInputException e) {
            var shown = FieldProblems.on(this);
            fields.forEach(shown::field);
            // The roles checkbox group cannot take focus: its message shows on it, and focus goes to the
            // first field with a problem that can.
            shown.show(e.problems())
                    .unplaced()
                    .forEach(problem -> Notification.show(message(problem), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
        } catch (ConcurrentEditException e) {
            var n = Notification.show(getTranslation("person.conflict"), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
