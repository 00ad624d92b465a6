package org.orienta.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditRecord;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.Csv;
import org.orienta.base.Roles;

/** The audit trail for administrators: filter by time, action, who and what; export what is shown. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 95, title = "nav.audit", icon = "vaadin:records")
class AuditView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final MultiSelectComboBox<AuditAction.Type> types = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>();
    final TextField actor = new TextField();
    final TextField target = new TextField();
    final Grid<AuditRecord> grid = new Grid<>();
    private final transient AuditService audit;
    private List<AuditRecord> shown = List.of();

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassNames("orienta-page", "orienta-page-full");
        setId("audit-view");
        var today = LocalDate.now(ZoneOffset.UTC);
        from.setLabel(getTranslation("audit.from"));
        from.setValue(today.minusDays(30));
        to.setLabel(getTranslation("audit.to"));
        to.setValue(today);
        types.setLabel(getTranslation("audit.types"));
        types.setItems(AuditAction.Type.values());
        types.setItemLabelGenerator(t -> getTranslation("audit.type." + t.name()));
        types.setPlaceholder(getTranslation("audit.types.all"));
        types.setId("audit-types");
        types.addValueChangeListener(e -> {
            // The actions offered narrow to the chosen types.
            var offered = java.util.Arrays.stream(AuditAction.values())
                    .filter(a -> e.getValue().isEmpty() || e.getValue().contains(a.type()))
                    .toList();
            actions.setItems(offered);
            actions.setValue(
                    actions.getValue().stream().filter(offered::contains).collect(java.util.stream.Collectors.toSet()));
            refresh();
        });
        actions.setLabel(getTranslation("audit.actions"));
        actions.setItems(AuditAction.values());
        actions.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        actions.setPlaceholder(getTranslation("audit.actions.all"));
        actor.setLabel(getTranslation("audit.actor"));
        target.setLabel(getTranslation("audit.target"));
        for (var field : List.of(actor, target)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actions.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        target.addValueChangeListener(e -> refresh());

        var export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = csv();
                    audit.record(
                            AuditAction.REPORT_EXPORTED,
                            AuditText.of("audit.text.auditLog"),
                            AuditOutcome.SUCCESS,
                            AuditText.of("audit.text.entries", shown.size()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "orienta-audit.csv", "text/csv", bytes.length);
                }),
                "");
        export.add(new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("audit-export");
        var filters = new HorizontalLayout(from, to, types, actions, actor, target, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> TIME.format(r.occurredAt().atOffset(ZoneOffset.UTC)))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action().name()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.target(this::getTranslation)).setHeader(getTranslation("audit.target"));
        grid.addColumn(r -> getTranslation("audit.outcome." + r.outcome().name()))
                .setHeader(getTranslation("audit.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.detail(this::getTranslation)).setHeader(getTranslation("audit.detail"));
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
                .setHeader(getTranslation("audit.address"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new Paragraph(getTranslation("audit.intro", AuditService.MAX_ROWS)), filters, grid);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        shown = audit.search(new AuditFilter(
                from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                chosenActions(),
                actor.getValue(),
                target.getValue()));
        grid.setItems(shown);
    }

    /** The actions chosen, or with none chosen every action of the chosen types (none chosen: all). */
    private java.util.Set<AuditAction> chosenActions() {
        if (!actions.getValue().isEmpty()) {
            return actions.getValue();
        }
        return java.util.Arrays.stream(AuditAction.values())
                .filter(a -> types.getValue().contains(a.type()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** What is shown, in the reader's language; the action and outcome columns keep their codes for tools. */
    byte[] csv() {
        return Csv.write(
                List.of("time_utc", "actor", "action", "target", "outcome", "detail", "client_address"),
                shown.stream()
                        .map(r -> List.of(
                                r.occurredAt().toString(),
                                r.actor(),
                                r.action().name(),
                                r.target(this::getTranslation),
                                r.outcome().name(),
                                r.detail(this::getTranslation),
                                r.clientAddress() == null ? "" : r.clientAddress()))
                        .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
