package org.orienta.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.orienta.base.Csv;
import org.orienta.base.InvalidInputException;
import org.orienta.people.PeopleImport;

/**
 * Import people from CSV: upload, see every row with what will happen and every problem by line and
 * column, fix the file and upload again, then import all or nothing; the new people's one-time
 * passwords are shown once, with a download.
 */
final class PeopleImportDialog extends Dialog {

    private final transient PeopleImport imports;
    private final Runnable imported;
    final Div report = new Div();
    final Button confirm = new Button();
    private @Nullable Upload upload;
    private byte @Nullable [] file;

    PeopleImportDialog(PeopleImport imports, Runnable imported) {
        this.imports = imports;
        this.imported = imported;
        setHeaderTitle(getTranslation("import.people.title"));
        setId("people-import");
        setWidth("min(60rem, 96vw)");
        var intro = new Paragraph(getTranslation("import.people.intro"));
        intro.addClassName("orienta-hint");
        var example = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = Objects.requireNonNull(PeopleImport.class.getResourceAsStream("people-example.csv"))
                            .readAllBytes();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "orienta-people-example.csv", "text/csv", bytes.length);
                }),
                getTranslation("import.people.example"));
        example.setId("people-import-example");
        // The handler's callback, not the component's succeeded event, is what an UploadHandler runs on.
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> {
            // Ready for the corrected file at once.
            if (upload != null) {
                upload.clearFileList();
            }
            preview(data);
        }))));
        upload.setId("people-import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5_000_000);
        upload.setDropLabel(new Span(getTranslation("import.people.drop")));
        report.setId("people-import-report");
        confirm.setId("people-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setText(getTranslation("import.people.button"));
        confirm.addClickListener(e -> importFile());
        var close = new Button(getTranslation("import.people.close"), e -> close());
        close.setId("people-import-close");
        add(intro, example, upload, report);
        getFooter().add(close, confirm);
    }

    /** Shows what importing this file would do; import is possible only without problems. */
    void preview(byte[] bytes) {
        file = bytes;
        report.removeAll();
        confirm.setEnabled(false);
        PeopleImport.Preview preview;
        try {
            preview = imports.preview(bytes);
        } catch (InvalidInputException e) {
            // The file as a whole cannot be read (too large, an unclosed quote): say why.
            var list = new UnorderedList();
            list.setId("people-import-problems");
            e.problems()
                    .forEach(p -> list.add(new ListItem(
                            getTranslation(p.messageKey(), p.arguments().toArray()))));
            report.add(list);
            return;
        }
        var summary = new Paragraph(getTranslation(
                "import.people.summary",
                preview.count(PeopleImport.Action.NEW),
                preview.count(PeopleImport.Action.UPDATE),
                preview.count(PeopleImport.Action.UNCHANGED)));
        summary.setId("people-import-summary");
        report.add(summary);
        if (!preview.newDepartments().isEmpty()) {
            report.add(new Paragraph(getTranslation(
                    "import.people.newDepartments",
                    String.join(", ", preview.newDepartments().stream().sorted().toList()))));
        }
        if (!preview.newJobRoles().isEmpty()) {
            report.add(new Paragraph(getTranslation(
                    "import.people.newJobRoles",
                    String.join(", ", preview.newJobRoles().stream().sorted().toList()))));
        }
        var problems = preview.problems();
        if (!problems.isEmpty()) {
            report.add(problems(problems));
        }
        var grid = new Grid<PeopleImport.Row>();
        grid.setId("people-import-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PeopleImport.Row::line)
                .setHeader(getTranslation("import.people.col.line"))
                .setWidth("5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.problems().isEmpty()
                        ? getTranslation("import.people.action." + r.action())
                        : "\u26a0 " + r.problems().size())
                .setHeader(getTranslation("import.people.col.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PeopleImport.Row::username)
                .setHeader(getTranslation("person.username"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.Row::name)
                .setHeader(getTranslation("person.displayName"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.Row::email)
                .setHeader(getTranslation("person.email"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.department() == null ? "" : r.department())
                .setHeader(getTranslation("person.department"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.jobRole() == null ? "" : r.jobRole())
                .setHeader(getTranslation("person.jobRole"))
                .setAutoWidth(true);
        grid.addColumn(r -> roles(r.roles().stream().sorted().map(Enum::name).toList()))
                .setHeader(getTranslation("person.roles"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.manager() == null ? getTranslation("import.people.managerKept") : r.manager())
                .setHeader(getTranslation("person.manager"))
                .setAutoWidth(true);
        // For an update, every column it changes, from what to what.
        grid.addColumn(r -> r.changes().stream()
                        .map(c -> getTranslation(
                                "import.people.change",
                                columnName(c.column()),
                                value(c, c.before()),
                                value(c, c.after())))
                        .collect(java.util.stream.Collectors.joining("; ")))
                .setHeader(getTranslation("import.people.col.changes"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.problems().isEmpty() ? null : "orienta-problem-row");
        grid.setItems(preview.rows());
        grid.setHeight("18rem");
        report.add(grid);
        confirm.setText(getTranslation("import.people.import", preview.rows().size()));
        confirm.setEnabled(problems.isEmpty() && !preview.rows().isEmpty());
    }

    private String roles(List<String> names) {
        return names.stream().map(n -> getTranslation("role." + n)).collect(java.util.stream.Collectors.joining(", "));
    }

    private String value(PeopleImport.Change change, String value) {
        if (value.isEmpty()) {
            return getTranslation("import.people.none");
        }
        return change.column().equals("roles") ? roles(List.of(value.split(", "))) : value;
    }

    private String columnName(String column) {
        return getTranslation(
                switch (column) {
                    case "username" -> "person.username";
                    case "name" -> "person.displayName";
                    case "email" -> "person.email";
                    case "department" -> "person.department";
                    case "job_role" -> "person.jobRole";
                    case "roles" -> "person.roles";
                    default -> "person.manager";
                });
    }

    private Component problems(List<PeopleImport.Problem> problems) {
        var heading = new Paragraph(getTranslation("import.people.problems", problems.size()));
        heading.addClassName("orienta-error-text");
        var list = new UnorderedList();
        list.setId("people-import-problems");
        for (var problem : problems) {
            var message =
                    getTranslation(problem.messageKey(), problem.arguments().toArray());
            list.add(new ListItem(
                    problem.column().isEmpty()
                            ? getTranslation("import.people.problem.file", problem.line(), message)
                            : getTranslation("import.people.problem", problem.line(), problem.column(), message)));
        }
        return new Div(heading, list);
    }

    private void importFile() {
        var bytes = file;
        if (bytes == null) {
            return;
        }
        PeopleImport.Result result;
        try {
            result = imports.importPeople(bytes);
        } catch (InvalidInputException e) {
            // Someone changed people since the preview: show the new state of things.
            preview(bytes);
            return;
        }
        imported.run();
        report.removeAll();
        confirm.setEnabled(false);
        var done = new Paragraph(
                getTranslation("import.people.done", result.added(), result.updated(), result.unchanged()));
        done.setId("people-import-done");
        report.add(done);
        if (result.newPeople().isEmpty()) {
            return;
        }
        report.add(new Paragraph(getTranslation("import.people.passwords")));
        var grid = new Grid<PeopleImport.NewPerson>();
        grid.setId("people-import-passwords");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(PeopleImport.NewPerson::username)
                .setHeader(getTranslation("person.username"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.NewPerson::name)
                .setHeader(getTranslation("person.displayName"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.NewPerson::oneTimePassword)
                .setHeader(getTranslation("import.people.col.oneTimePassword"))
                .setAutoWidth(true);
        grid.setItems(result.newPeople());
        grid.setHeight("16rem");
        var rows = result.newPeople().stream()
                .map(p -> List.of(p.username(), p.name(), p.email(), p.oneTimePassword()))
                .toList();
        var csv = Csv.write(List.of("username", "name", "email", "one_time_password"), rows);
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), "orienta-one-time-passwords.csv", "text/csv", csv.length)),
                getTranslation("import.people.passwords.download"));
        download.setId("people-import-passwords-csv");
        report.add(grid, download);
    }
}
