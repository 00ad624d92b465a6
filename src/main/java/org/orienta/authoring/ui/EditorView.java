package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.authoring.Draft;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.LocalizedText;
import org.orienta.base.Roles;
import org.orienta.content.ContentProblem;
import org.orienta.integrity.AuditWarning;
import org.orienta.integrity.ItemAudit;
import org.orienta.progress.ui.ScenarioPreview;
import org.orienta.scenario.Next;
import org.orienta.scenario.ScenarioDefinition;
import org.orienta.scenario.ScenarioNode;
import org.orienta.scenario.ScenarioNode.CustomerLine;
import org.orienta.scenario.ScenarioNode.Decision;
import org.orienta.scenario.ScenarioNode.Ending;
import org.orienta.scenario.ScenarioNode.Line;
import org.orienta.scenario.ScenarioNode.Narration;
import org.orienta.scenario.ScenarioNode.Option;
import org.orienta.scenario.ScenarioState;

/**
 * One content item's editor. Every change is saved to the item's draft at once and checked with the
 * importer's rules; the problems are listed and each one leads to its node (role-plays) or its line
 * (the source). Role-plays are edited as a graph with a side panel; every kind can be edited as its
 * file text, which is what git holds. Publishing, history with differences, and archiving live here.
 */
@Route("content/:kind/:key")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class EditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final TextArea source = new TextArea();
    final Div problemList = new Div();
    final Div warningList = new Div();
    final Span saveState = new Span();
    final Div conflict = new Div();
    final Button publish = new Button();
    private final transient AuthoringService authoring;
    private final H2 title = new H2();
    private final Badge status = new Badge();
    private final Div header = new Div();
    private final Div body = new Div();
    private final Button discard = new Button();
    private final Button archive = new Button();
    private @Nullable ScenarioGraph graph;
    private final Div side = new Div();
    private final Div moduleTab = new Div();
    private final Div formTab = new Div();
    private @Nullable RecordForm recordForm;
    private boolean formChange;
    private @Nullable ModuleBuilder builder;
    private @Nullable NodeForm form;
    private final Div headerTab = new Div();
    private @Nullable ScenarioHeaderForm headerForm;
    private @Nullable TabSheet tabs;
    private @Nullable Tab sourceTab;
    private ContentKind kind = ContentKind.SCENARIO;
    private String key = "";
    private @Nullable Draft draft;
    private @Nullable ScenarioDefinition scenario;
    private @Nullable String selected;
    private List<ContentProblem> problems = List.of();
    private List<AuditWarning> warnings = List.of();

    EditorView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("orienta-page");
        addClassName("orienta-editor");
        setId("editor");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.pageTitle", titleOf(draft, key));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            kind = ContentKind.fromWord(event.getRouteParameters().get("kind").orElse(""));
            key = event.getRouteParameters().get("key").orElse("");
            draft = authoring.open(kind, key);
        } catch (IllegalArgumentException | InvalidInputException noSuchItem) {
            // An unknown kind or item is a page that does not exist, not an error of the application.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        var back = new Anchor("content", getTranslation("editor.back"));
        back.setId("back-to-content");
        title.setId("editor-title");
        status.setId("editor-status");
        saveState.setId("save-state");
        saveState.addClassName("orienta-hint");
        var titleRow = new Div(title, status);
        titleRow.addClassName("orienta-player-title-row");
        header.removeAll();
        header.add(back, titleRow, saveState, toolbar());
        conflict.removeAll();
        conflict.setId("conflict");
        conflict.addClassNames("orienta-banner", "orienta-banner-error");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        problemList.setId("problems");
        problemList.addClassName("orienta-problems");
        warningList.setId("integrity-warnings");
        warningList.addClassNames("orienta-problems", "orienta-integrity");
        warningList.setVisible(kind == ContentKind.SCENARIO || kind == ContentKind.QUIZ);
        source.setId("source");
        source.addClassName("orienta-source");
        source.setLabel(getTranslation("editor.source.label", kind.path(key)));
        source.setHelperText(getTranslation("editor.source.help"));
        source.setWidthFull();
        source.setValueChangeMode(ValueChangeMode.LAZY);
        source.setValueChangeTimeout(700);
        source.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saveBody(e.getValue(), false);
            }
        });
        body.removeAll();
        if (kind == ContentKind.SCENARIO) {
            graph = new ScenarioGraph(this::select);
            side.setId("side-panel");
            side.addClassName("orienta-side-panel");
            var canvas = new Div(addNodeBar(), graph);
            canvas.addClassName("orienta-graph-canvas");
            var layout = new Div(canvas, side);
            layout.addClassName("orienta-graph-layout");
            tabs = new TabSheet();
            tabs.setId("editor-tabs");
            tabs.add(getTranslation("editor.tab.graph"), layout).setId("tab-graph");
            headerTab.setId("header-tab");
            headerTab.removeAll();
            headerForm = null;
            tabs.add(getTranslation("editor.tab.header"), headerTab).setId("tab-header");
            sourceTab = tabs.add(getTranslation("editor.tab.source"), source);
            sourceTab.setId("tab-source");
            tabs.setWidthFull();
            body.add(tabs);
        } else if (kind == ContentKind.MODULE) {
            moduleTab.setId("module-tab");
            tabs = new TabSheet();
            tabs.setId("editor-tabs");
            tabs.add(getTranslation("editor.tab.items"), moduleTab).setId("tab-items");
            tabs.add(getTranslation("editor.tab.source"), source).setId("tab-source");
            tabs.setWidthFull();
            body.add(tabs);
        } else {
            formTab.setId("form-tab");
            tabs = new TabSheet();
            tabs.setId("editor-tabs");
            tabs.add(getTranslation("editor.tab.form"), formTab).setId("tab-form");
            tabs.add(getTranslation("editor.tab.source"), source).setId("tab-source");
            tabs.setWidthFull();
            body.add(tabs);
        }
        add(header, conflict, problemList, warningList, body);
        show(draft);
        addAttachListener(e -> e.getUI().addShortcutListener(() -> publishDraft(), Key.KEY_P, KeyModifier.ALT));
    }

    private Component toolbar() {
        publish.setText(getTranslation("editor.publish"));
        publish.setIcon(VaadinIcon.UPLOAD.create());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publishDraft());
        var preview = new Button(
                getTranslation(kind == ContentKind.SCENARIO ? "editor.previewStart" : "editor.preview"),
                VaadinIcon.PLAY.create(),
                e -> {
                    if (kind == ContentKind.SCENARIO) {
                        playFrom(scenario == null ? "" : scenario.start());
                    } else {
                        previewItem();
                    }
                });
        preview.setId("preview-start");
        preview.setVisible(kind == ContentKind.SCENARIO || kind == ContentKind.EXERCISE || kind == ContentKind.QUIZ);
        var history = new Button(
                getTranslation("editor.history"),
                VaadinIcon.TIME_BACKWARD.create(),
                e -> new HistoryDialog(authoring, kind, key).open());
        history.setId("history");
        history.setVisible(kind != ContentKind.FRAMEWORK);
        discard.setText(getTranslation("editor.discard"));
        discard.setIcon(VaadinIcon.TRASH.create());
        discard.addClickListener(e -> confirmDiscard());
        discard.setId("discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        archive.setId("archive");
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        archive.addClickListener(e -> toggleArchived());
        var analytics = new Anchor("analytics/" + kind.word() + "/" + key, getTranslation("editor.analytics"));
        analytics.setId("analytics-link");
        analytics.addClassName("orienta-link-button");
        analytics.setVisible(kind == ContentKind.SCENARIO || kind == ContentKind.QUIZ || kind == ContentKind.EXERCISE);
        var bar = new Div(publish, preview, history, discard, archive, analytics);
        if (kind == ContentKind.QUIZ) {
            var gift = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        var written = authoring.exportGift(key);
                        var bytes = written.text().getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                key + ".gift.txt",
                                "text/plain;charset=utf-8",
                                bytes.length);
                    }),
                    getTranslation("editor.exportGift"));
            gift.setId("export-gift");
            gift.getElement().setAttribute("download", true);
            gift.addClassName("orienta-link-button");
            // Only a published version can be exported; on a new draft the link would fail.
            gift.setVisible(false);
            exportGift = gift;
            bar.add(gift);
        }
        bar.addClassName("orienta-actions");
        bar.setId("editor-toolbar");
        return bar;
    }

    private Component addNodeBar() {
        var bar = new Div(new Span(getTranslation("editor.addNode")));
        bar.addClassName("orienta-add-node");
        for (String type : List.of("customer", "narration", "decision", "ending")) {
            var button = new Button(
                    getTranslation("editor.node." + (type.equals("ending") ? "ending-standard" : type)),
                    VaadinIcon.PLUS.create(),
                    e -> addNode(type));
            button.setId("add-" + type);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(button);
        }
        return bar;
    }

    private void show(@Nullable Draft shown) {
        if (shown == null) {
            return;
        }
        title.setText(titleOf(shown, key));
        status.setText(getTranslation(
                shown.basedOn() == null && !hasPublished()
                        ? "editor.status.new"
                        : shown.saved() ? "editor.status.draft" : "editor.status.published",
                shown.basedOn()));
        status.addThemeVariants(shown.saved() ? BadgeVariant.CONTRAST : BadgeVariant.SUCCESS);
        saveState.setText(
                shown.saved() && shown.updatedAt() != null
                        ? getTranslation(
                                "editor.savedBy",
                                shown.updatedBy(),
                                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                                        .withLocale(getLocale())
                                        .withZone(ZoneId.systemDefault())
                                        .format(shown.updatedAt()))
                        : getTranslation("editor.noDraft"));
        publish.setEnabled(shown.saved());
        discard.setVisible(shown.saved());
        // Runs after every save: ask for this item only, not for the whole content list.
        var head =
                kind == ContentKind.FRAMEWORK ? null : authoring.head(kind, key).orElse(null);
        archive.setVisible(head != null && head.publishedVersion() != null);
        if (exportGift != null) {
            exportGift.setVisible(head != null && head.publishedVersion() != null);
        }
        archived = head != null && head.archived();
        archive.setText(getTranslation(archived ? "editor.restore" : "editor.archive"));
        archive.setIcon((archived ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create());
        if (archived) {
            status.setText(getTranslation("workspace.status.archived"));
        }
        source.setValue(shown.body());
        refresh(shown.body());
    }

    private boolean archived;
    private @Nullable Anchor exportGift;

    private void toggleArchived() {
        if (archived) {
            authoring.setArchived(kind, key, false);
            Notification.show(getTranslation("editor.restored"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(draft);
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("editor.archive.title"),
                getTranslation("editor.archive.text"),
                getTranslation("editor.archive"),
                e -> {
                    authoring.setArchived(kind, key, true);
                    show(draft);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private boolean hasPublished() {
        return !authoring.history(kind, key).isEmpty() || kind == ContentKind.FRAMEWORK;
    }

    /** Saves the text as the draft (unless it did not change), then checks and redraws. */
    private boolean saveBody(String text, boolean fromStructure) {
        if (draft == null) {
            return false;
        }
        if (!text.equals(draft.body()) || !draft.saved()) {
            try {
                draft = authoring.save(kind, key, text, draft.lock());
            } catch (ConcurrentEditException e) {
                showConflict();
                return false;
            } catch (InvalidInputException e) {
                Notification.show(getTranslation("editor.tooLarge"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return false;
            }
        }
        if (fromStructure) {
            source.setValue(text);
        }
        show(draft);
        return true;
    }

    private void refresh(String text) {
        problems = authoring.check(kind, key, text);
        renderProblems();
        warnings = authoring.warnings(kind, key, text);
        renderWarnings(text);
        if (kind == ContentKind.EXERCISE || kind == ContentKind.QUIZ || kind == ContentKind.FRAMEWORK) {
            var definition = authoring.readDefinition(kind, text);
            if (definition.isEmpty() && recordForm != null && formChange) {
                // The form's own change left something to fill in (the problems say what): keep the form,
                // which holds the item as the trainer is building it.
            } else if (definition.isEmpty()) {
                formTab.removeAll();
                recordForm = null;
                formTab.add(new Paragraph(getTranslation("editor.form.unreadable")));
            } else if (recordForm == null) {
                formTab.removeAll();
                recordForm = new RecordForm(definition.get(), changed -> {
                    formChange = true;
                    try {
                        saveBody(authoring.writeDefinition(changed), true);
                    } finally {
                        formChange = false;
                    }
                });
                formTab.add(recordForm);
            } else {
                recordForm.rootChanged(definition.get());
            }
        }
        if (kind == ContentKind.MODULE) {
            var module = authoring.readModule(text);
            if (module.isEmpty()) {
                moduleTab.removeAll();
                builder = null;
                moduleTab.add(new Paragraph(getTranslation("editor.module.unreadable")));
            } else if (builder == null) {
                moduleTab.removeAll();
                var read = module.get();
                builder = new ModuleBuilder(
                        read,
                        authoring.catalogue(),
                        authoring.competencies(),
                        change -> authoring
                                .readModule(draft == null ? "" : draft.body())
                                .ifPresent(current -> saveBody(authoring.write(change.apply(current)), true)));
                moduleTab.add(builder);
            } else {
                builder.moduleChanged(module.get());
            }
        }
        if (kind == ContentKind.SCENARIO && graph != null) {
            var read = authoring.readScenario(text);
            scenario = read.orElse(null);
            showHeader();
            if (scenario != null) {
                var withProblems =
                        problems.stream().flatMap(p -> p.node().stream()).collect(Collectors.toSet());
                graph.show(scenario, selected, withProblems);
                graph.setVisible(true);
                if (form != null) {
                    form.scenarioChanged(scenario);
                }
                if (selected != null && scenario.node(selected).isEmpty()) {
                    select(null);
                } else if (form == null) {
                    renderSide();
                }
            } else {
                graph.setVisible(false);
                side.removeAll();
                form = null;
                side.add(new Paragraph(getTranslation("editor.graph.unreadable")));
            }
        }
    }

    private void renderProblems() {
        problemList.removeAll();
        if (problems.isEmpty()) {
            var ok = new Paragraph(getTranslation(
                    draft != null && draft.saved() ? "editor.problems.none" : "editor.problems.nonePublished"));
            ok.setId("problems-none");
            ok.addClassName("orienta-problems-ok");
            problemList.add(ok);
            return;
        }
        var heading = new H3(getTranslation("editor.problems.title", problems.size()));
        heading.setId("problems-title");
        problemList.add(heading);
        int index = 0;
        for (ContentProblem problem : problems) {
            var where = problem.node()
                    .map(n -> getTranslation("editor.problems.node", n))
                    .orElse(getTranslation(
                            "editor.problems.line",
                            problem.position().line(),
                            problem.position().column()));
            var button = new Button(where + ": "
                    + getTranslation(problem.messageKey(), problem.arguments().toArray()));
            button.setId("problem-" + index++);
            button.addClassName("orienta-problem");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setIcon(VaadinIcon.WARNING.create());
            button.addClickListener(e -> goTo(problem));
            problemList.add(button);
        }
    }

    /**
     * The assessment-integrity warnings (role-plays and quizzes), each leading to its line like a problem,
     * and on request what naive strategies reach, played through the engine.
     */
    private void renderWarnings(String text) {
        warningList.removeAll();
        if (!warningList.isVisible() || problems.stream().anyMatch(p -> !AuthoringService.isPlaceholder(p))) {
            // A text with problems is not audited: the problems come first. Template text left as it was
            // is a problem too, but the text reads, so its audit is shown alongside.
            return;
        }
        if (warnings.isEmpty()) {
            var ok = new Paragraph(getTranslation("editor.integrity.none"));
            ok.setId("integrity-none");
            ok.addClassName("orienta-problems-ok");
            warningList.add(ok);
        } else {
            var heading = new H3(getTranslation("editor.integrity.title", warnings.size()));
            heading.setId("integrity-title");
            var hint = new Paragraph(getTranslation("editor.integrity.hint"));
            hint.addClassName("orienta-hint");
            warningList.add(heading, hint);
            int index = 0;
            for (AuditWarning warning : warnings) {
                var button = new Button(getTranslation(
                                "editor.problems.line",
                                warning.position().line(),
                                warning.position().column())
                        + ": "
                        + getTranslation(
                                warning.messageKey(), warning.arguments().toArray()));
                button.setId("integrity-warning-" + index++);
                button.addClassNames("orienta-problem", "orienta-integrity-warning");
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                button.setIcon(VaadinIcon.LIGHTBULB.create());
                button.addClickListener(e -> goToLine(warning.position().line()));
                warningList.add(button);
            }
        }
        var strategies = new Paragraph();
        strategies.setId("integrity-strategies");
        var play = new Button(getTranslation("editor.integrity.play"), VaadinIcon.PLAY_CIRCLE_O.create());
        play.setId("integrity-play");
        play.addThemeVariants(ButtonVariant.LUMO_SMALL);
        play.addClickListener(e -> strategies.setText(authoring
                .audit(kind, key, text)
                .map(ItemAudit::strategies)
                .map(this::describe)
                .orElse("")));
        warningList.add(play, strategies);
    }

    private String describe(org.orienta.integrity.NaiveStrategies strategies) {
        return switch (strategies) {
            case org.orienta.integrity.NaiveStrategies.RolePlay p ->
                getTranslation(
                        "editor.integrity.rolePlay",
                        outcome(p.longest()),
                        outcome(p.first()),
                        Math.round(100 * p.randomShare("wow")),
                        Math.round(100 * p.randomShare("standard")),
                        Math.round(100 * p.randomShare("low")),
                        p.runs());
            case org.orienta.integrity.NaiveStrategies.Quiz q ->
                getTranslation(
                        "editor.integrity.quiz",
                        q.questions(),
                        q.longestRight(),
                        q.firstRight(),
                        Math.round(100 * q.randomRight()));
        };
    }

    private String outcome(@Nullable String outcome) {
        return outcome == null
                ? getTranslation("editor.integrity.noEnding")
                : switch (outcome) {
                    case "low", "standard", "wow" -> getTranslation("result.outcome." + outcome);
                    default -> getTranslation("result.outcome.other", outcome);
                };
    }

    private void goTo(ContentProblem problem) {
        var node = problem.node();
        if (node.isPresent() && scenario != null && scenario.node(node.get()).isPresent() && tabs != null) {
            tabs.setSelectedIndex(0);
            select(node.get());
            return;
        }
        goToLine(problem.position().line());
    }

    /** Shows the source with the line selected. */
    private void goToLine(int line) {
        if (tabs != null && sourceTab != null) {
            tabs.setSelectedTab(sourceTab);
        } else if (tabs != null) {
            tabs.setSelectedIndex(1);
        }
        source.getElement()
                .executeJs(
                        "const ta = this.inputElement; const lines = ta.value.split('\\n');"
                                + " let at = 0; for (let i = 0; i < Math.min($0 - 1, lines.length); i++) at += lines[i].length + 1;"
                                + " ta.focus(); ta.setSelectionRange(at, at + (lines[$0 - 1] || '').length);"
                                + " const lh = parseFloat(getComputedStyle(ta).lineHeight) || 20; ta.scrollTop = Math.max(0, ($0 - 4) * lh);",
                        line);
    }

    void select(@Nullable String nodeId) {
        selected = nodeId;
        renderSide();
        if (scenario != null && graph != null) {
            graph.show(
                    scenario,
                    selected,
                    problems.stream().flatMap(p -> p.node().stream()).collect(Collectors.toSet()));
        }
    }

    private void renderSide() {
        side.removeAll();
        form = null;
        if (scenario == null) {
            return;
        }
        if (selected == null || scenario.node(selected).isEmpty()) {
            var hint = new Paragraph(getTranslation("editor.side.hint"));
            hint.addClassName("orienta-hint");
            side.add(hint);
            return;
        }
        form = new NodeForm(scenario, selected, new NodeForm.Editor() {
            @Override
            public void change(UnaryOperator<ScenarioDefinition> change) {
                applyStructural(change);
            }

            @Override
            public void playFrom(String nodeId) {
                EditorView.this.playFrom(nodeId);
            }

            @Override
            public void select(@Nullable String nodeId) {
                EditorView.this.select(nodeId);
            }
        });
        side.add(form);
    }

    /** The role-play's header fields, in their own tab; an unreadable text is fixed in the source first. */
    private void showHeader() {
        if (scenario == null) {
            headerTab.removeAll();
            headerForm = null;
            headerTab.add(new Paragraph(getTranslation("editor.graph.unreadable")));
        } else if (headerForm == null) {
            headerTab.removeAll();
            headerForm = new ScenarioHeaderForm(scenario, this::applyStructural);
            headerTab.add(headerForm);
        } else {
            headerForm.show(scenario);
        }
    }

    private void applyStructural(UnaryOperator<ScenarioDefinition> change) {
        if (scenario == null) {
            return;
        }
        var updated = change.apply(scenario);
        saveBody(authoring.write(updated), true);
    }

    private void addNode(String type) {
        if (scenario == null) {
            return;
        }
        var taken = scenario.nodes().stream().map(ScenarioNode::id).collect(Collectors.toSet());
        int n = 1;
        while (taken.contains(type + "-" + n)) {
            n++;
        }
        var id = type + "-" + n;
        ScenarioNode node = switch (type) {
            case "customer" ->
                new CustomerLine(id, List.of(new Line(null, text("editor.new.customer"))), null, Next.to("unlinked"));
            case "narration" ->
                new Narration(id, List.of(new Line(null, text("editor.new.narration"))), Next.to("unlinked"));
            case "decision" ->
                new Decision(
                        id,
                        text("editor.new.prompt"),
                        List.of(new Option(
                                NodeForm.freeOptionId(scenario),
                                text("editor.new.option.say"),
                                text("editor.new.option.feedback"),
                                Next.to("unlinked"),
                                List.of(),
                                Map.of(),
                                null)));
            default ->
                new Ending(
                        id,
                        Ending.STANDARD,
                        text("editor.new.ending.title"),
                        text("editor.new.ending.debrief"),
                        List.of());
        };
        selected = id;
        applyStructural(s -> NodeForm.withNode(s, node));
        renderSide();
    }

    private LocalizedText text(String translationKey) {
        return LocalizedText.english(getTranslation(translationKey));
    }

    /**
     * Plays the draft exercise or quiz as it stands in the trainees' own player, recording nothing. A
     * draft that does not read yet says so: the problems list shows what to fix.
     */
    private void previewItem() {
        var dialog = new Dialog();
        dialog.setId("play-dialog");
        dialog.setHeaderTitle(getTranslation("editor.preview.title", titleOf(draft, key)));
        var stage = new Div();
        stage.addClassName("orienta-play-stage");
        Runnable[] begin = new Runnable[1];
        begin[0] = () -> {
            stage.removeAll();
            var definition = authoring.readDefinition(kind, draft == null ? source.getValue() : draft.body());
            if (definition.orElse(null) instanceof org.orienta.exercise.ExerciseDefinition exercise) {
                stage.add(new org.orienta.progress.ui.ExercisePreview(exercise, begin[0]));
            } else if (definition.orElse(null) instanceof org.orienta.quiz.QuizDefinition quiz) {
                stage.add(new org.orienta.progress.ui.QuizPreview(quiz, begin[0]));
            } else {
                var message = new Paragraph(getTranslation("editor.preview.unreadable"));
                message.setId("play-broken");
                message.addClassNames("orienta-banner", "orienta-banner-error");
                stage.add(message);
            }
        };
        var note = new Paragraph(getTranslation("editor.play.note"));
        note.addClassName("orienta-hint");
        dialog.add(note, stage);
        var close = new Button(getTranslation("editor.play.close"), e -> dialog.close());
        close.setId("play-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(100vw, 760px)");
        dialog.open();
        begin[0].run();
    }

    /** Asks for the state to start in (mood and counters), then plays in the real player, recording nothing. */
    private void playFrom(String nodeId) {
        if (scenario == null) {
            return;
        }
        var played = scenario;
        var dialog = new Dialog();
        dialog.setId("play-dialog");
        dialog.setHeaderTitle(getTranslation("editor.play.title", nodeId));
        var initial = played.initialState();
        var mood = new Select<Integer>();
        mood.setId("play-mood");
        mood.setLabel(getTranslation("editor.play.mood"));
        mood.setItems(1, 2, 3, 4, 5);
        mood.setValue(initial.mood());
        var counters = new LinkedHashMap<String, IntegerField>();
        var fields = new Div(mood);
        fields.addClassName("orienta-play-state");
        initial.counters().forEach((name, value) -> {
            var field = new IntegerField(name);
            field.setId("play-counter-" + name);
            field.setValue(value);
            field.setStepButtonsVisible(true);
            counters.put(name, field);
            fields.add(field);
        });
        var drawn = new LinkedHashMap<String, Select<String>>();
        var seed = java.util.concurrent.ThreadLocalRandom.current().nextLong();
        var drawnNow = played.initialState(seed).drawn();
        played.draws().forEach((name, values) -> {
            var field = new Select<String>();
            field.setLabel(name);
            field.setId("play-drawn-" + name);
            field.setItems(values);
            field.setValue(drawnNow.get(name));
            drawn.put(name, field);
            fields.add(field);
        });
        var stage = new Div();
        stage.addClassName("orienta-play-stage");
        var start = new Button(getTranslation("editor.play.start"), VaadinIcon.PLAY.create());
        start.setId("play-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable[] begin = new Runnable[1];
        begin[0] = () -> {
            var values = new java.util.TreeMap<String, Integer>();
            counters.forEach((name, field) -> values.put(name, field.getValue() == null ? 0 : field.getValue()));
            var hidden = new java.util.TreeMap<String, String>();
            drawn.forEach((name, field) -> hidden.put(name, field.getValue()));
            stage.removeAll();
            try {
                stage.add(new ScenarioPreview(
                        played, nodeId, new ScenarioState(mood.getValue(), values, hidden), begin[0]));
            } catch (IllegalStateException | IllegalArgumentException e) {
                var message = new Paragraph(getTranslation("editor.play.broken", e.getMessage()));
                message.setId("play-broken");
                message.addClassNames("orienta-banner", "orienta-banner-error");
                stage.add(message);
            }
        };
        start.addClickListener(e -> begin[0].run());
        var note = new Paragraph(getTranslation("editor.play.note"));
        note.addClassName("orienta-hint");
        dialog.add(note, fields, start, stage);
        var close = new Button(getTranslation("editor.play.close"), e -> dialog.close());
        close.setId("play-close");
        dialog.getFooter().add(close);
        dialog.setWidth("min(100vw, 760px)");
        dialog.open();
        if (nodeId.equals(played.start())
                && initial.counters().isEmpty()
                && played.draws().isEmpty()) {
            begin[0].run();
        }
    }

    private void publishDraft() {
        if (draft == null || !draft.saved()) {
            return;
        }
        try {
            var result = authoring.publish(kind, key, draft.lock());
            if (!result.published()) {
                problems = result.problems();
                renderProblems();
                var n = Notification.show(
                        getTranslation(
                                "editor.publish.refused", result.problems().size()),
                        6000,
                        Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            var n = Notification.show(
                    result.changed()
                            ? getTranslation("editor.publish.done", result.version())
                            : getTranslation("editor.publish.unchanged"),
                    5000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            draft = authoring.open(kind, key);
            show(draft);
        } catch (ConcurrentEditException e) {
            showConflict();
        }
    }

    private void confirmDiscard() {
        if (draft == null || !draft.saved()) {
            return;
        }
        var confirm = new ConfirmDialog(
                getTranslation("editor.discard.title"),
                getTranslation("editor.discard.text"),
                getTranslation("editor.discard.confirm"),
                e -> {
                    try {
                        authoring.discard(kind, key, draft.lock());
                        if (!hasPublished()) {
                            getUI().ifPresent(ui -> ui.navigate("content"));
                            return;
                        }
                        draft = authoring.open(kind, key);
                        show(draft);
                    } catch (ConcurrentEditException ex) {
                        showConflict();
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Someone else saved or published meanwhile: keep this editor's text on screen and offer to reload. */
    private void showConflict() {
        conflict.removeAll();
        var reload = new Button(getTranslation("editor.conflict.reload"), e -> {
            draft = authoring.open(kind, key);
            conflict.setVisible(false);
            show(draft);
        });
        reload.setId("reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(VaadinIcon.WARNING.create(), new Paragraph(getTranslation("editor.conflict")), reload);
        conflict.setVisible(true);
    }

    private static String titleOf(@Nullable Draft draft, String fallback) {
        return draft == null ? fallback : AuthoringService.titleOf(draft.body(), fallback);
    }
}
