package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.AuthoringService.ItemKey;
import org.orienta.authoring.ContentKind;
import org.orienta.authoring.ItemRow;
import org.orienta.authoring.XliffPreview;
import org.orienta.authoring.ZipPreview;
import org.orienta.base.Completeness;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Roles;
import org.orienta.base.ui.FieldProblems;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.competency.Evidence;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentZip;

/**
 * The trainers' content list: every role-play, exercise, quiz and module with its status, filterable by
 * kind and text; new items; import of zips and files with a preview of what would change; import of
 * Moodle GIFT quizzes; export of everything or of a selection as a zip in the content folder's format.
 */
@Route("content")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
@Menu(order = 40, title = "nav.content", icon = "vaadin:book")
class ContentView extends Div implements HasDynamicTitle {

    final Grid<ItemRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<String> kindFilter = new Select<>();
    private final transient AuthoringService authoring;
    private List<ItemRow> rows = List.of();

    ContentView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("orienta-page");
        setId("content-workspace");
        var intro = new Paragraph(getTranslation("workspace.intro"));
        intro.addClassName("orienta-hint");

        var create = new Button(getTranslation("workspace.new"), VaadinIcon.PLUS.create(), e -> newItem());
        create.setId("new-item");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importZip = new Button(getTranslation("workspace.import"), VaadinIcon.UPLOAD.create(), e -> importDialog());
        importZip.setId("import-content");
        var importGift =
                new Button(getTranslation("workspace.importGift"), VaadinIcon.FILE_TEXT.create(), e -> giftDialog());
        importGift.setId("import-gift");
        var exportAll = download("export-all", getTranslation("workspace.exportAll"), () -> List.of());
        var exportSelected = download(
                "export-selected",
                getTranslation("workspace.exportSelected"),
                () -> grid.getSelectedItems().stream()
                        .filter(r -> r.kind() != ContentKind.FRAMEWORK)
                        .map(r -> new ItemKey(r.kind(), r.key()))
                        .toList());
        var bank = new Anchor("content/questions", getTranslation("workspace.questionBank"));
        bank.setId("question-bank-link");
        bank.addClassName("orienta-link-button");
        var exportXliff = new Button(
                getTranslation("workspace.xliff.export"), VaadinIcon.GLOBE.create(), e -> xliffExportDialog());
        exportXliff.setId("export-xliff");
        var importXliff = new Button(
                getTranslation("workspace.xliff.import"), VaadinIcon.UPLOAD_ALT.create(), e -> xliffImportDialog());
        importXliff.setId("import-xliff");
        var actions = new Div(create, importZip, importGift, exportAll, exportSelected, exportXliff, importXliff, bank);
        actions.addClassName("orienta-actions");

        search.setPlaceholder(getTranslation("workspace.search"));
        search.setAriaLabel(getTranslation("workspace.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("content-search");
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter());
        kindFilter.setId("kind-filter");
        kindFilter.setAriaLabel(getTranslation("workspace.kind"));
        kindFilter.setItems("", "scenario", "exercise", "quiz", "module", "checklist", "activity", "framework");
        kindFilter.setItemLabelGenerator(
                k -> k.isEmpty() ? getTranslation("workspace.kind.all") : getTranslation("workspace.kind." + k));
        kindFilter.setValue("");
        kindFilter.addValueChangeListener(e -> filter());
        var filters = new Div(search, kindFilter);
        filters.addClassName("orienta-actions");

        grid.setId("content-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(r -> {
                    var link = new Anchor("content/" + r.kind().word() + "/" + r.key(), r.title());
                    link.setId("item-" + r.kind().word() + "-" + r.key());
                    return link;
                })
                .setHeader(getTranslation("workspace.col.title"))
                .setFlexGrow(4)
                .setSortable(true)
                .setComparator(ItemRow::title);
        grid.addColumn(r -> getTranslation("workspace.kind." + r.kind().word()))
                .setHeader(getTranslation("workspace.col.kind"))
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(ItemRow::key)
                .setHeader(getTranslation("workspace.col.key"))
                .setFlexGrow(1)
                .setSortable(true);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("workspace.col.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::warningCount)
                .setHeader(getTranslation("workspace.col.warnings"))
                .setFlexGrow(1)
                .setSortable(true)
                .setComparator(ItemRow::warnings);
        grid.addComponentColumn(this::languages)
                .setHeader(getTranslation("workspace.col.languages"))
                .setFlexGrow(2);
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(r -> format.format(r.updatedAt()))
                .setHeader(getTranslation("workspace.col.updated"))
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("workspace.empty"));
        grid.setHeight("70vh");
        add(intro, actions, filters, grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.content");
    }

    /** The assessment-integrity warnings of a role-play or quiz; nothing for kinds the audit does not check. */
    /** Per language, whether the item is complete in it or how many texts it still misses. */
    private Component languages(ItemRow row) {
        var languages = new Div();
        if (row.kind() == ContentKind.FRAMEWORK) {
            return languages;
        }
        languages.setId("languages-" + row.kind().word() + "-" + row.key());
        languages.addClassName("orienta-languages");
        for (var language : Completeness.languages()) {
            var name = getTranslation("language.name." + language);
            var completeness = row.completeness();
            var span = completeness.complete(language)
                    ? new Span(getTranslation("workspace.translation.complete", name))
                    : new Span(getTranslation("workspace.translation.missing", name, completeness.missing(language)));
            span.addClassName(completeness.complete(language) ? "orienta-language-complete" : "orienta-hint");
            span.getStyle().set("display", "block");
            languages.add(span);
        }
        return languages;
    }

    private Component warningCount(ItemRow row) {
        if (row.kind() != ContentKind.SCENARIO && row.kind() != ContentKind.QUIZ) {
            return new Span();
        }
        var count = new Span(getTranslation("workspace.warnings", row.warnings()));
        count.setId("warnings-" + row.kind().word() + "-" + row.key());
        count.addClassName(row.warnings() == 0 ? "orienta-hint" : "orienta-warning-count");
        return count;
    }

    private Component statusBadge(ItemRow row) {
        var badge = new Badge(
                switch (row.status()) {
                    case DRAFT -> getTranslation("workspace.status.draft");
                    case PUBLISHED -> getTranslation("workspace.status.published", row.publishedVersion());
                    case PUBLISHED_WITH_CHANGES -> getTranslation("workspace.status.changes", row.publishedVersion());
                    case ARCHIVED -> getTranslation("workspace.status.archived");
                });
        badge.addThemeVariants(
                switch (row.status()) {
                    case PUBLISHED -> BadgeVariant.SUCCESS;
                    case ARCHIVED -> BadgeVariant.ERROR;
                    default -> BadgeVariant.CONTRAST;
                });
        if (row.draftBy() != null) {
            badge.getElement().setAttribute("title", getTranslation("workspace.draftBy", row.draftBy()));
        }
        return badge;
    }

    private void reload() {
        rows = authoring.items();
        filter();
    }

    private void filter() {
        var text = search.getValue().strip().toLowerCase(Locale.ROOT);
        var kind = kindFilter.getValue();
        grid.setItems(rows.stream()
                .filter(r -> kind == null || kind.isEmpty() || r.kind().word().equals(kind))
                .filter(r -> text.isEmpty()
                        || r.title().toLowerCase(Locale.ROOT).contains(text)
                        || r.key().contains(text))
                .toList());
    }

    private Anchor download(String id, String label, java.util.function.Supplier<List<ItemKey>> selection) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var bytes = authoring.exportZip(selection.get());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "orienta-content.zip", "application/zip", bytes.length);
                }),
                label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("orienta-link-button");
        return anchor;
    }

    /** Chooses the language; the selected items (or every published one) download as one XLIFF file. */
    private void xliffExportDialog() {
        var selection = grid.getSelectedItems().stream()
                .filter(r -> r.kind() != ContentKind.FRAMEWORK)
                .map(r -> new ItemKey(r.kind(), r.key()))
                .toList();
        var dialog = new Dialog();
        dialog.setId("xliff-export-dialog");
        dialog.setHeaderTitle(getTranslation("workspace.xliff.export.title"));
        var text = new Paragraph(getTranslation("workspace.xliff.export.text"));
        text.addClassName("orienta-hint");
        var language = new Select<Locale>();
        language.setId("xliff-language");
        language.setLabel(getTranslation("workspace.xliff.language"));
        language.setItems(
                Completeness.languages().stream().map(Locale::forLanguageTag).toList());
        language.setItemLabelGenerator(l -> getTranslation("language.name." + l.getLanguage()));
        language.setValue(
                Completeness.languages().contains(getLocale().getLanguage())
                        ? Locale.forLanguageTag(getLocale().getLanguage())
                        : Locale.forLanguageTag(Completeness.languages().getFirst()));
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var target = language.getValue();
                    var bytes = authoring.exportXliff(selection, target).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "orienta-" + target.getLanguage() + ".xlf",
                            "application/xliff+xml",
                            bytes.length);
                }),
                getTranslation("workspace.xliff.download"));
        download.setId("xliff-download");
        download.getElement().setAttribute("download", true);
        download.addClassName("orienta-link-button");
        dialog.add(text, language);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), download);
        dialog.open();
    }

    /** Upload an XLIFF file, see per item how many texts change, then apply all of it or nothing. */
    private void xliffImportDialog() {
        var dialog = new Dialog();
        dialog.setId("xliff-import-dialog");
        dialog.setHeaderTitle(getTranslation("workspace.xliff.import.title"));
        dialog.setWidth("min(100vw, 760px)");
        var file = new AtomicReference<byte @Nullable []>();
        var fileName = new AtomicReference<String>("");
        var preview = new Div();
        preview.setId("xliff-preview");
        var apply = new Button(getTranslation("workspace.xliff.apply"));
        apply.setId("xliff-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            file.set(data);
            fileName.set(metadata.fileName());
        }));
        upload.setId("xliff-upload");
        upload.setAcceptedFileTypes(".xlf", ".xliff", ".xml");
        upload.setMaxFileSize((int) org.orienta.content.Xliff.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> {
            var bytes = file.get();
            if (bytes == null) {
                return;
            }
            var result = authoring.previewXliff(fileName.get(), bytes);
            showXliffPreview(preview, result);
            apply.setEnabled(result.importable());
        });
        apply.addClickListener(e -> {
            var bytes = file.get();
            if (bytes == null) {
                return;
            }
            var outcome = authoring.importXliff(fileName.get(), bytes);
            if (!outcome.imported()) {
                showXliffPreview(preview, new XliffPreview("", outcome.problems(), List.of()));
                apply.setEnabled(false);
                return;
            }
            dialog.close();
            Notification.show(
                            getTranslation(
                                    "workspace.xliff.applied", outcome.report().newVersions()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
        var help = new Paragraph(getTranslation("workspace.xliff.import.help"));
        help.addClassName("orienta-hint");
        dialog.add(help, upload, preview);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), apply);
        dialog.open();
    }

    void showXliffPreview(Div preview, XliffPreview result) {
        preview.removeAll();
        if (!result.problems().isEmpty()) {
            showPreview(preview, new ZipPreview(result.problems(), List.of()));
            return;
        }
        var changing = result.items().stream().filter(i -> i.changes() > 0).toList();
        if (changing.isEmpty()) {
            preview.add(new Paragraph(getTranslation("workspace.xliff.nothing")));
            return;
        }
        var list = new UnorderedList();
        list.setId("xliff-changes");
        for (var item : changing) {
            list.add(new ListItem(getTranslation("workspace.xliff.change", item.title(), item.changes())));
        }
        preview.add(list);
    }

    private void newItem() {
        var dialog = new Dialog();
        dialog.setId("new-item-dialog");
        dialog.setHeaderTitle(getTranslation("workspace.new.title"));
        var kind = new Select<ContentKind>();
        kind.setId("new-kind");
        kind.setLabel(getTranslation("workspace.kind"));
        kind.setItems(ContentKind.ITEMS);
        kind.setItemLabelGenerator(k -> getTranslation("workspace.kind." + k.word()));
        kind.setValue(ContentKind.SCENARIO);
        var title = new TextField(getTranslation("workspace.new.itemTitle"));
        title.setId("new-title");
        title.setWidthFull();
        title.setRequired(true);
        var key = new TextField(getTranslation("workspace.new.key"));
        key.setId("new-key");
        key.setWidthFull();
        key.setHelperText(getTranslation("workspace.new.key.help"));
        title.setValueChangeMode(ValueChangeMode.EAGER);
        var keyEdited = new boolean[] {false};
        title.addValueChangeListener(e -> {
            if (e.isFromClient() && !keyEdited[0]) {
                key.setValue(e.getValue()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "")
                        .replaceAll("^([0-9])", "x-$1"));
            }
        });
        key.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                keyEdited[0] = true;
            }
        });
        var create = new Button(getTranslation("workspace.new.create"), e -> {
            try {
                authoring.create(kind.getValue(), key.getValue().strip(), title.getValue());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate("content/" + kind.getValue().word() + "/"
                        + key.getValue().strip()));
            } catch (InvalidInputException ex) {
                FieldProblems.on(this)
                        .field("key", key)
                        .field("title", title)
                        .otherwise(key)
                        .show(ex.problems());
            }
        });
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new Div(kind, title, key));
        dialog.getFooter().add(cancel, create);
        dialog.open();
        title.focus();
    }

    /** Upload, preview item by item, then import everything or nothing. */
    private void importDialog() {
        var dialog = new Dialog();
        dialog.setId("import-dialog");
        dialog.setHeaderTitle(getTranslation("workspace.import.title"));
        dialog.setWidth("min(100vw, 760px)");
        var received = new ArrayList<ContentFile>();
        var zip = new AtomicReference<byte @Nullable []>();
        var zipName = new AtomicReference<String>("");
        var preview = new Div();
        preview.setId("import-preview");
        var confirm = new Button(getTranslation("workspace.import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            synchronized (received) {
                if (metadata.fileName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    zip.set(data);
                    zipName.set(metadata.fileName());
                } else {
                    received.add(new ContentFile(pathFor(metadata.fileName(), data), data));
                }
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".zip", ".yaml", ".yml");
        upload.setMaxFileSize((int) ContentZip.MAX_ZIP_BYTES);
        upload.setMaxFiles(200);
        upload.addAllFinishedListener(e -> {
            ZipPreview result;
            synchronized (received) {
                var bytes = zip.get();
                result = bytes != null
                        ? authoring.previewZip(zipName.get(), bytes)
                        : authoring.previewFiles(List.copyOf(received));
            }
            showPreview(preview, result);
            confirm.setEnabled(result.importable());
        });
        upload.addFileRejectedListener(e -> Notification.show(e.getErrorMessage(), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        confirm.addClickListener(e -> {
            var bytes = zip.get();
            var outcome = bytes != null
                    ? authoring.importZip(zipName.get(), bytes)
                    : authoring.importFiles(List.copyOf(received));
            if (!outcome.imported()) {
                showPreview(preview, new ZipPreview(outcome.problems(), List.of()));
                confirm.setEnabled(false);
                return;
            }
            dialog.close();
            var report = outcome.report();
            Notification.show(
                            getTranslation("workspace.import.done", report.newVersions(), report.unchanged()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
        var help = new Paragraph(
                getTranslation("workspace.import.help", ContentZip.MAX_ZIP_BYTES / 1_000_000, ContentZip.MAX_ENTRIES));
        help.addClassName("orienta-hint");
        dialog.add(help, upload, preview);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** A single uploaded file goes where its kind lives: competencies.yaml, or a folder by its id prefix. */
    static String pathFor(String fileName, byte[] data) {
        var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.equals("competencies.yaml")) {
            return name;
        }
        var folder = folderByKeys(new String(data, StandardCharsets.UTF_8));
        var stem = name.replaceAll("\\.ya?ml$", "");
        return folder + "/" + stem + ".yaml";
    }

    /**
     * The kind of a content file from the fields it has, wherever they stand in the file (the first line
     * too): nodes → role-play, questions → quiz, behaviours → checklist, items → module, debrief → activity, otherwise an exercise. A file that is no
     * YAML mapping is read line by line for the same fields, so its problems are then reported against
     * the kind it was meant to be.
     */
    static String folderByKeys(String text) {
        java.util.Set<String> keys;
        try {
            keys = org.orienta.base.yaml.SafeYaml.parse(text) instanceof org.orienta.base.yaml.YamlValue.Mapping root
                    ? root.entries().keySet()
                    : java.util.Set.of();
        } catch (org.orienta.base.yaml.YamlSyntaxException unreadable) {
            keys = java.util.regex.Pattern.compile("(?m)^([a-z_]+):")
                    .matcher(text)
                    .results()
                    .map(m -> m.group(1))
                    .collect(java.util.stream.Collectors.toSet());
        }
        if (keys.contains("nodes") || keys.contains("start") || text.contains("schema/scenario.json")) {
            return "scenarios";
        }
        if (keys.contains("questions") || text.contains("schema/quiz.json")) {
            return "quizzes";
        }
        if (keys.contains("behaviours") || text.contains("schema/checklist.json")) {
            return "checklists";
        }
        if (keys.contains("items") || keys.contains("job_roles") || text.contains("schema/module.json")) {
            return "modules";
        }
        if (keys.contains("debrief") || keys.contains("grouping") || text.contains("schema/activity.json")) {
            return "activities";
        }
        return "exercises";
    }

    private void showPreview(Div preview, ZipPreview result) {
        preview.removeAll();
        if (!result.problems().isEmpty()) {
            var heading = new H3(getTranslation(
                    "workspace.import.problems", result.problems().size()));
            heading.setId("import-problems-title");
            var list = new UnorderedList();
            list.setId("import-problems");
            for (ContentProblem p : result.problems()) {
                list.add(new ListItem(getTranslation(
                        "text.labelled",
                        p.file() + ":" + p.position(),
                        getTranslation(p.messageKey(), p.arguments().toArray()))));
            }
            preview.add(heading, new Paragraph(getTranslation("workspace.import.nothing")), list);
            return;
        }
        var heading = new H3(
                getTranslation("workspace.import.changes", result.changes().size()));
        var list = new UnorderedList();
        list.setId("import-changes");
        for (ZipPreview.Change c : result.changes()) {
            list.add(new ListItem(getTranslation(
                    "text.meta",
                    c.path(),
                    getTranslation(
                            "workspace.import.effect." + c.effect().name().toLowerCase(Locale.ROOT)))));
        }
        preview.add(heading, list);
    }

    private void giftDialog() {
        var dialog = new Dialog();
        dialog.setId("gift-dialog");
        dialog.setHeaderTitle(getTranslation("workspace.gift.title"));
        dialog.setWidth("min(100vw, 760px)");
        var text = new AtomicReference<String>("");
        var key = new TextField(getTranslation("workspace.new.key"));
        key.setId("gift-key");
        key.setWidthFull();
        var title = new TextField(getTranslation("workspace.new.itemTitle"));
        title.setId("gift-title");
        title.setWidthFull();
        var competency = new Select<CompetencyDefinition>();
        competency.setId("gift-competency");
        competency.setLabel(getTranslation("workspace.gift.competency"));
        competency.setHelperText(getTranslation("workspace.gift.competency.help"));
        competency.setItems(authoring.competencies());
        // The empty choice reaches the label generator as null.
        competency.setItemLabelGenerator(c -> c == null
                ? getTranslation("workspace.gift.competency.none")
                : getTranslation("text.meta", c.code().value(), c.name().in(getLocale())));
        competency.setEmptySelectionAllowed(true);
        competency.setEmptySelectionCaption(getTranslation("workspace.gift.competency.none"));
        var level = new Select<Integer>();
        level.setId("gift-level");
        level.setLabel(getTranslation("workspace.gift.level"));
        level.setItems(1, 2, 3, 4);
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        level.setValue(2);
        var evidenceRow = new Div(competency, level);
        evidenceRow.addClassName("orienta-actions");
        var report = new Div();
        report.setId("gift-report");
        // With an UploadHandler the component's succeeded event does not fire: the callback fills in the
        // key and title (through access(), as it runs in the upload request).
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            text.set(new String(data, StandardCharsets.UTF_8));
            report.getUI()
                    .ifPresent(ui -> ui.access(() -> {
                        var stem = metadata.fileName().replaceAll("(\\.gift)?(\\.txt)?$", "");
                        if (key.isEmpty()) {
                            key.setValue(stem.toLowerCase(Locale.ROOT)
                                    .replaceAll("[^a-z0-9]+", "-")
                                    .replaceAll("^-+|-+$", ""));
                        }
                        if (title.isEmpty()) {
                            title.setValue(stem.replace('-', ' ').replace('_', ' '));
                        }
                    }));
        }));
        upload.setId("gift-upload");
        upload.setAcceptedFileTypes(".txt", ".gift");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1_000_000);
        var create = new Button(getTranslation("workspace.gift.import"), e -> {
            report.removeAll();
            if (text.get().isEmpty()) {
                report.add(new Paragraph(getTranslation("workspace.gift.noFile")));
                return;
            }
            try {
                var result = authoring.importGift(
                        key.getValue().strip(),
                        title.getValue(),
                        text.get(),
                        competency.getValue() == null
                                ? null
                                : new Evidence(competency.getValue().code(), level.getValue()));
                if (result.draft() == null) {
                    var list = new UnorderedList();
                    list.setId("gift-problems");
                    result.problems()
                            .forEach(p -> list.add(new ListItem(getTranslation(
                                    "text.labelled",
                                    getTranslation("workspace.gift.line", p.line()),
                                    getTranslation(p.messageKey(), p.arguments().toArray())))));
                    report.add(
                            new H3(getTranslation(
                                    "workspace.gift.problems", result.problems().size())),
                            new Paragraph(getTranslation("workspace.import.nothing")),
                            list);
                    return;
                }
                var target = "content/quiz/" + key.getValue().strip();
                if (result.skipped().isEmpty()) {
                    dialog.close();
                    Notification.show(
                                    getTranslation("workspace.gift.done", result.questions(), 0),
                                    6000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(target));
                    return;
                }
                var list = new UnorderedList();
                list.setId("gift-skipped");
                result.skipped()
                        .forEach(p -> list.add(new ListItem(getTranslation(
                                "text.labelled",
                                getTranslation("workspace.gift.line", p.line()),
                                getTranslation(p.messageKey(), p.arguments().toArray())))));
                var open = new Button(getTranslation("workspace.gift.open"), ev -> {
                    dialog.close();
                    getUI().ifPresent(ui -> ui.navigate(target));
                });
                open.setId("gift-open");
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                report.add(
                        new H3(getTranslation(
                                "workspace.gift.done",
                                result.questions(),
                                result.skipped().size())),
                        list,
                        open);
            } catch (InvalidInputException ex) {
                FieldProblems.on(this)
                        .field("key", key)
                        .field("title", title)
                        .otherwise(key)
                        .show(ex.problems());
            }
        });
        create.setId("gift-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var help = new Paragraph(getTranslation("workspace.gift.help"));
        help.addClassName("orienta-hint");
        dialog.add(help, upload, key, title, evidenceRow, report);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, create);
        dialog.open();
    }
}
