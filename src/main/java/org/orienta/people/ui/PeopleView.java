package org.orienta.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import org.orienta.base.Collation;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonRow;

/** The administrator's people list: find, add, edit, disable and enable people, reset passwords. */
@Route("people")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.people", icon = "vaadin:users")
class PeopleView extends Div implements HasDynamicTitle {

    final TextField search = new TextField();
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Grid<PersonRow> grid = new Grid<>();
    private final java.util.List<Grid.Column<PersonRow>> wideColumns = new java.util.ArrayList<>();
    private boolean narrow;
    private com.vaadin.flow.shared.@org.jspecify.annotations.Nullable Registration resizeListener;
    private final transient PeopleService people;
    private final transient org.orienta.people.PeopleImport imports;

    PeopleView(PeopleService people, org.orienta.people.PeopleImport imports) {
        this.people = people;
        this.imports = imports;
        setId("people-view");
        addClassNames("orienta-page", "orienta-page-full");

        search.setPlaceholder(getTranslation("people.search.placeholder"));
        search.setAriaLabel(getTranslation("people.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("people-search");
        search.addClassName("orienta-grow");

        add.setText(getTranslation("people.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> PersonDialog.forNew(people, this::saved).open());
        add.setId("people-add");

        var importButton = new Button(
                getTranslation("import.people.button"),
                VaadinIcon.UPLOAD.create(),
                e -> new PeopleImportDialog(imports, this::refresh).open());
        importButton.setId("people-import-open");
        var toolbar = new HorizontalLayout(search, importButton, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.addClassName("orienta-toolbar");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("people.grid.label"));
        grid.addComponentColumn(this::personCell)
                .setHeader(getTranslation("people.column.person"))
                .setComparator(Comparator.comparing(PersonRow::displayName))
                .setFlexGrow(3)
                .setResizable(true);
        wideColumns.add(grid.addColumn(r -> r.department() == null ? "" : r.department())
                .setHeader(getTranslation("people.column.department"))
                .setSortable(true)
                .setFlexGrow(2));
        wideColumns.add(grid.addColumn(r -> r.jobRole() == null ? "" : r.jobRole())
                .setHeader(getTranslation("people.column.jobRole"))
                .setSortable(true)
                .setFlexGrow(2));
        wideColumns.add(grid.addComponentColumn(this::rolesCell)
                .setHeader(getTranslation("people.column.roles"))
                .setFlexGrow(1));
        wideColumns.add(grid.addComponentColumn(this::statusCell)
                .setHeader(getTranslation("people.column.status"))
                .setFlexGrow(0)
                .setWidth("10rem"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("people.column.actions"))
                .setFlexGrow(0)
                .setWidth("6rem");
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));

        add(toolbar, grid);
        refresh();
    }

    private Component personCell(PersonRow row) {
        var name = new Span(row.displayName());
        name.addClassName("orienta-cell-title");
        var detail = new Span(getTranslation("text.meta", row.username(), row.email()));
        detail.addClassName("orienta-cell-detail");
        var cell = new Div(name, detail);
        cell.addClassName("orienta-cell-stack");
        if (narrow) {
            // On a phone the other columns are hidden, so their essentials move under the name.
            var where = new Span(java.util.stream.Stream.of(row.department(), row.jobRole())
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(" · ")));
            where.addClassName("orienta-cell-detail");
            var badges = rolesCell(row);
            ((Div) badges).add(statusCell(row));
            cell.add(where, badges);
        }
        return cell;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> adaptTo(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(e -> adaptTo(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
            resizeListener = null;
        }
    }

    private void adaptTo(int width) {
        boolean nowNarrow = width < 700;
        if (nowNarrow != narrow) {
            narrow = nowNarrow;
            wideColumns.forEach(c -> c.setVisible(!narrow));
            grid.getDataProvider().refreshAll();
        }
    }

    private Component rolesCell(PersonRow row) {
        var cell = new Div();
        cell.addClassName("orienta-badges");
        row.roles().stream().sorted().forEach(role -> {
            var badge = new Badge(getTranslation("role." + role.name()));
            badge.addThemeVariants(BadgeVariant.SMALL);
            cell.add(badge);
        });
        return cell;
    }

    private Component statusCell(PersonRow row) {
        Badge badge;
        if (!row.enabled()) {
            badge = new Badge(getTranslation("people.status.disabled"));
            badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.SMALL);
        } else if (row.mustChangePassword()) {
            badge = new Badge(getTranslation("people.status.oneTimePassword"));
            badge.addThemeVariants(BadgeVariant.WARNING, BadgeVariant.SMALL);
        } else {
            badge = new Badge(getTranslation("people.status.active"));
            badge.addThemeVariants(BadgeVariant.SUCCESS, BadgeVariant.SMALL);
        }
        return badge;
    }

    private Component actions(PersonRow row) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("people.actions.for", row.displayName()));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("people.action.edit"), e -> edit(row));
        sub.addItem(getTranslation("people.action.resetPassword"), e -> confirmReset(row));
        sub.addItem(
                getTranslation(row.enabled() ? "people.action.disable" : "people.action.enable"),
                e -> confirmEnabled(row, !row.enabled()));
        if (!row.username().startsWith("erased-")) {
            sub.addItem(getTranslation("people.action.erase"), e -> confirmErase(row));
        }
        menu.setId("people-actions-" + row.username());
        return menu;
    }

    void edit(PersonRow row) {
        PersonDialog.forExisting(people, people.get(row.id()), this::saved).open();
    }

    private void confirmReset(PersonRow row) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("people.reset.title", row.displayName()));
        dialog.setText(getTranslation("people.reset.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("people.reset.confirm"));
        dialog.addConfirmListener(e -> {
            var password = people.resetPassword(row.id());
            new OneTimePasswordDialog(row.displayName(), row.username(), password).open();
            refresh();
        });
        dialog.open();
    }

    private void confirmEnabled(PersonRow row, boolean enable) {
        var dialog = new ConfirmDialog();
        var key = enable ? "people.enable" : "people.disable";
        dialog.setHeader(getTranslation(key + ".title", row.displayName()));
        dialog.setText(getTranslation(key + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(key + ".confirm"));
        if (!enable) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> {
            try {
                people.setEnabled(row.id(), enable);
                notify(getTranslation(key + ".done", row.displayName()));
                refresh();
            } catch (InvalidInputException ex) {
                var n = Notification.show(
                        getTranslation(ex.problems().getFirst().messageKey()));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    /** Erasure cannot be undone: the administrator types the username to confirm. */
    void confirmErase(PersonRow row) {
        var dialog = new ConfirmDialog();
        dialog.setId("erase-dialog");
        dialog.setHeader(getTranslation("people.erase.title", row.displayName()));
        var typed =
                new com.vaadin.flow.component.textfield.TextField(getTranslation("people.erase.type", row.username()));
        typed.setId("erase-username");
        typed.setWidthFull();
        dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("people.erase.text")), typed);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("people.erase.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            if (!typed.getValue().strip().equals(row.username())) {
                var n = Notification.show(getTranslation("people.erase.mismatch"));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                var pseudonym = people.erase(row.id());
                notify(getTranslation("people.erase.done", pseudonym));
                refresh();
            } catch (InvalidInputException ex) {
                var n = Notification.show(
                        getTranslation(ex.problems().getFirst().messageKey()));
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    private void saved(PersonDialog.Saved saved) {
        notify(getTranslation(saved.created() ? "people.created" : "people.updated", saved.displayName()));
        refresh();
        if (saved.oneTimePassword() != null) {
            new OneTimePasswordDialog(saved.displayName(), saved.username(), saved.oneTimePassword()).open();
        }
    }

    private void notify(String text) {
        var n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void refresh() {
        grid.setItems(Collation.sorted(people.findPeople(search.getValue()), PersonRow::displayName, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
