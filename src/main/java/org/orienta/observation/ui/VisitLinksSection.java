package org.orienta.observation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.orienta.base.Formats;
import org.orienta.base.InvalidInputException;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.observation.IssuedVisitLink;
import org.orienta.observation.NewVisitLink;
import org.orienta.observation.VisitLinkRow;
import org.orienta.observation.VisitLinkService;
import org.orienta.observation.VisitLinkState;
import org.orienta.people.DepartmentOption;
import org.orienta.people.TraineeRow;

/**
 * Single-use visit links on the Mystery shoppers page: issue one for a branch or a person with a
 * checklist and an expiry, see the full link once to copy it, and list and revoke the links issued.
 */
class VisitLinksSection extends Div {

    /** Whom a link is for. */
    enum Target {
        BRANCH,
        PERSON
    }

    private final transient VisitLinkService links;
    private final LocalDate today;
    private final Locale locale;
    final TextField label = new TextField();
    final RadioButtonGroup<Target> target = new RadioButtonGroup<>();
    final Select<DepartmentOption> branch = new Select<>();
    final ComboBox<TraineeRow> person = new ComboBox<>();
    final Select<PublishedChecklist> checklist = new Select<>();
    final DatePicker validUntil = new DatePicker();
    final Button issue = new Button();
    /** The link just issued, shown once. */
    final Div issued = new Div();

    final TextField link = new TextField();
    final Button copy = new Button();
    final Grid<VisitLinkRow> list = new Grid<>();

    VisitLinksSection(
            VisitLinkService links,
            java.util.List<DepartmentOption> branches,
            java.util.List<TraineeRow> people,
            java.util.List<PublishedChecklist> checklists,
            Clock clock,
            Locale locale) {
        this.links = links;
        this.locale = locale;
        this.today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        setId("visit-links");
        add(new H2(getTranslation("observation.link.title")), new Paragraph(getTranslation("observation.link.intro")));
        label.setId("visit-link-label");
        label.setLabel(getTranslation("observation.link.label"));
        label.setHelperText(getTranslation("observation.link.label.help"));
        label.setMaxLength(VisitLinkService.MAX_LABEL);
        label.setWidthFull();
        target.setId("visit-link-target");
        target.setLabel(getTranslation("observation.link.for"));
        target.setItems(Target.values());
        target.setItemLabelGenerator(t -> getTranslation("observation.link.for." + t.name()));
        branch.setId("visit-link-branch");
        branch.setLabel(getTranslation("observation.link.branch"));
        branch.setItems(branches);
        branch.setItemLabelGenerator(DepartmentOption::name);
        branch.setWidthFull();
        person.setId("visit-link-person");
        person.setLabel(getTranslation("observation.link.person"));
        person.setItems(people.stream().filter(p -> p.department() != null).toList());
        person.setItemLabelGenerator(t ->
                getTranslation("observation.observers.personIn", t.displayName(), String.valueOf(t.departmentName())));
        person.setWidthFull();
        target.addValueChangeListener(e -> {
            branch.setVisible(e.getValue() == Target.BRANCH);
            person.setVisible(e.getValue() == Target.PERSON);
        });
        target.setValue(Target.BRANCH);
        checklist.setId("visit-link-checklist");
        checklist.setLabel(getTranslation("observation.link.checklist"));
        checklist.setItems(checklists.stream()
                .filter(c -> c.definition().context() != ChecklistContext.LIVE_EXERCISE)
                .toList());
        checklist.setItemLabelGenerator(c -> c.definition().title().in(locale));
        checklist.setWidthFull();
        validUntil.setId("visit-link-valid-until");
        validUntil.setLabel(getTranslation("observation.link.validUntil.label"));
        validUntil.setLocale(locale);
        validUntil.setMin(today);
        validUntil.setMax(today.plusDays(VisitLinkService.MAX_DAYS));
        validUntil.setValue(today.plusDays(VisitLinkService.DEFAULT_DAYS));
        issue.setId("visit-link-issue");
        issue.setText(getTranslation("observation.link.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        issued.setId("visit-link-issued");
        issued.setVisible(false);
        link.setId("visit-link-address");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setLabel(getTranslation("observation.link.issued"));
        copy.setId("visit-link-copy");
        copy.setText(getTranslation("observation.link.copy"));
        copy.addClickListener(e -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", link.getValue())
                .then(
                        String.class,
                        done -> Notification.show(
                                        getTranslation("observation.link.copied"),
                                        3000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS),
                        // Without the clipboard (plain HTTP): select the text, for Ctrl+C.
                        failed -> link.getElement().executeJs("this.inputElement.select()")));
        issued.add(link, copy);
        issued.addClassName("orienta-visit-link-issued");
        list.setId("visit-link-list");
        list.addColumn(VisitLinkRow::label).setHeader(getTranslation("observation.link.column.label"));
        list.addColumn(r -> r.target()).setHeader(getTranslation("observation.link.column.target"));
        var checklistColumn = list.addColumn(r -> r.checklistTitle().in(locale))
                .setHeader(getTranslation("observation.link.column.checklist"));
        var expires = list.addColumn(r -> Formats.date(r.expiresAt().minusSeconds(1), locale))
                .setHeader(getTranslation("observation.link.column.expires"));
        list.addColumn(this::state).setHeader(getTranslation("observation.link.column.state"));
        list.addComponentColumn(this::revokeButton);
        list.setAllRowsVisible(true);
        list.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        org.orienta.base.ui.NarrowColumns.hideOnPhones(list, checklistColumn, expires);
        list.setEmptyStateText(getTranslation("observation.link.none"));
        list.addClassName("orienta-visit-link-list");
        // The button beside the date it issues the link with, as in the other forms' action rows.
        var action = new com.vaadin.flow.component.html.Div(validUntil, issue);
        action.addClassNames("orienta-actions", "orienta-actions-end");
        add(label, target, branch, person, checklist, action, issued, list);
        refresh();
    }

    private void issue() {
        try {
            var chosen = checklist.getValue();
            IssuedVisitLink made = links.issue(new NewVisitLink(
                    label.getValue(),
                    target.getValue() == Target.BRANCH && branch.getValue() != null
                            ? branch.getValue().id()
                            : null,
                    target.getValue() == Target.PERSON && person.getValue() != null
                            ? person.getValue().id()
                            : null,
                    chosen == null ? "" : chosen.key(),
                    validUntil.getValue() == null ? today.minusDays(1) : validUntil.getValue()));
            show(made);
            label.clear();
            refresh();
        } catch (InvalidInputException ex) {
            for (var problem : ex.problems()) {
                var message =
                        getTranslation(problem.messageKey(), problem.arguments().toArray());
                switch (problem.field()) {
                    case "label" -> invalid(label, message);
                    case "branch" -> invalid(branch, message);
                    case "person" -> invalid(person, message);
                    case "checklist" -> invalid(checklist, message);
                    case "validUntil" -> invalid(validUntil, message);
                    default -> invalid(target.getValue() == Target.PERSON ? person : branch, message);
                }
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** The link, once: the address relative to this page until the browser says its own address. */
    private void show(IssuedVisitLink made) {
        var path = made.path();
        link.setValue(path);
        issued.setVisible(true);
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(current -> {
            try {
                link.setValue(current.toURI().resolve(path).toString());
            } catch (java.net.URISyntaxException unusual) {
                // The relative address stays; it still names the link.
            }
        }));
        Notification.show(getTranslation("observation.link.issued"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String state(VisitLinkRow row) {
        var used = row.usedAt();
        if (row.state() == VisitLinkState.USED && used != null) {
            return getTranslation("observation.link.usedOn", Formats.date(used, locale));
        }
        return getTranslation("observation.link.state." + row.state().name());
    }

    private com.vaadin.flow.component.Component revokeButton(VisitLinkRow row) {
        if (row.state() != VisitLinkState.OPEN) {
            return new com.vaadin.flow.component.html.Span();
        }
        var revoke = new Button(getTranslation("observation.link.revoke"));
        revoke.setId("visit-link-revoke-" + row.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel(getTranslation("observation.link.revokeNamed", row.label()));
        revoke.addClickListener(e -> revoke(row));
        return revoke;
    }

    /** What the row's Revoke button does. */
    void revoke(VisitLinkRow row) {
        try {
            links.revoke(row.id());
            Notification.show(getTranslation("observation.link.revoked"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException gone) {
            Notification.show(getTranslation("observation.link.notOpen"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        list.setItems(links.links());
    }
}
