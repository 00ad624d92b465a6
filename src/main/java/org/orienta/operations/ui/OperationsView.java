package org.orienta.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.orienta.base.Roles;
import org.orienta.operations.BackupException;
import org.orienta.operations.BackupFile;
import org.orienta.operations.BackupService;

/** Backups for administrators: the list with downloads, a backup now, and how to restore one. */
@Route("operations")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 96, title = "nav.operations", icon = "vaadin:database")
class OperationsView extends Div implements HasDynamicTitle {

    /** "0 30 2 * * *": every day at 02:30, which reads better as a time than as cron. */
    private static final Pattern NIGHTLY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\*");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    final Button backupNow = new Button();
    final Grid<BackupFile> grid = new Grid<>();
    private final transient BackupService backups;

    OperationsView(BackupService backups) {
        this.backups = backups;
        addClassNames("orienta-page", "orienta-page-full");
        setId("operations-view");
        switch (backups.databaseKind()) {
            case H2_FILE -> showBackups();
            case POSTGRESQL -> add(paragraph("operations.postgresql"));
            case H2_MEMORY -> add(paragraph("operations.memory"));
            case OTHER -> add(paragraph("operations.other"));
        }
    }

    private void showBackups() {
        var nightly = NIGHTLY.matcher(backups.schedule());
        var schedule = backups.schedule().equals("-")
                ? getTranslation("operations.schedule.off")
                : nightly.matches()
                        ? getTranslation(
                                "operations.schedule.nightly",
                                "%02d:%02d"
                                        .formatted(
                                                Integer.parseInt(nightly.group(2)), Integer.parseInt(nightly.group(1))),
                                backups.keep())
                        : getTranslation("operations.schedule", backups.schedule(), backups.keep());
        add(
                new Paragraph(schedule),
                new Paragraph(getTranslation(
                        "operations.directory", backups.directory().toString())));

        backupNow.setText(getTranslation("operations.backupNow"));
        backupNow.setIcon(VaadinIcon.DATABASE.create());
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backupNow.setId("operations-backup-now");
        backupNow.setDisableOnClick(true);
        backupNow.getStyle().set("align-self", "flex-start");
        backupNow.addClickListener(e -> backUp());

        grid.setId("operations-backups");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        // The file (the download) first: on a phone the columns after it scroll sideways.
        grid.addComponentColumn(this::download)
                .setHeader(getTranslation("operations.file"))
                .setAutoWidth(true);
        grid.addColumn(b -> TIME.format(b.created().atOffset(ZoneOffset.UTC)))
                .setHeader(getTranslation("operations.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(b -> megabytes(b.bytes()))
                .setHeader(getTranslation("operations.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("operations.none"));

        var restore = new OrderedList(
                new ListItem(getTranslation("operations.restore.stop")),
                new ListItem(new Code(
                        "java -jar orienta.jar restore " + backups.directory().resolve("<file>.zip"))),
                new ListItem(getTranslation("operations.restore.start")));
        add(
                backupNow,
                grid,
                new H2(getTranslation("operations.restore")),
                paragraph("operations.restore.intro"),
                restore,
                paragraph("operations.restore.kept"),
                new H2(getTranslation("operations.command")),
                paragraph("operations.command.intro"),
                new Code("java -jar orienta.jar backup"));
        refresh();
    }

    private Anchor download(BackupFile backup) {
        var link = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        backups.open(backup.name()), backup.name(), "application/zip", backup.bytes())),
                backup.name());
        link.getElement().setAttribute("download", backup.name());
        return link;
    }

    void backUp() {
        try {
            var file = backups.backupNow();
            Notification.show(getTranslation("operations.written", file.name(), megabytes(file.bytes())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BackupException e) {
            var notification = Notification.show(e.getMessage(), 0, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } finally {
            backupNow.setEnabled(true);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(backups.backups());
    }

    private Paragraph paragraph(String key) {
        return new Paragraph(getTranslation(key));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.title");
    }
}
