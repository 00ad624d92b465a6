package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.AuthoringService;
import org.orienta.authoring.ContentKind;
import org.orienta.authoring.Draft;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Languages;
import org.orienta.base.Roles;
import org.orienta.content.ContentProblem;
import org.orienta.integrity.AuditWarning;
import org.orienta.integrity.ItemAudit;

/**
 * One content item's editor. Every change is saved to the item's draft at once and checked with the
 * importer's rules; the problems are listed and each one leads to its node (role-plays) or its line
 * (the source). Role-plays are edited as a graph with a side panel; every kind can be edited as its
 * file text, which is what git holds. Publishing, history with differences, and archiving live here.
 */
@Route("content/:kind/:key")
@RolesAllowed({Roles.TRAINER, Roles.ADMIN})
class EditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Each kind's editor, made for the page that shows an item of that kind. */
    private static final Map<ContentKind, Function<KindEditor.Host, KindEditor>> EDITORS = Map.of(
            ContentKind.SCENARIO, ScenarioEditor::new,
            ContentKind.EXERCISE, ExerciseEditor::new,
            ContentKind.QUIZ, QuizEditor::new,
            ContentKind.MODULE, ModuleEditor::new,
            ContentKind.CHECKLIST, ChecklistEditor::new,
            ContentKind.ACTIVITY, ActivityEditor::new,
            ContentKind.FRAMEWORK, FrameworkEditor::new);

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
    private final transient org.orienta.ownwords.OwnWordsService ownWords;

    private final KindEditor.Host host = new KindEditor.Host() {
        @Override
        public AuthoringService authoring() {
            return authoring;
        }

        @Override
        public org.orienta.ownwords.OwnWordsService ownWords() {
            return ownWords;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String title() {
            return titleOf(draft, key);
        }

        @Override
        public String text() {
            return draft == null ? source.getValue() : draft.body();
        }

        @Override
        public void save(String text) {
            saveBody(text, true);
        }

        @Override
        public Locale language() {
            return language.getValue() == null ? Languages.ENGLISH : language.getValue();
        }
    };
    /** The language trainee-facing texts are edited in; English unless the trainer picks another. */
    final Select<Locale> language = new Select<>();

    final Span missing = new Span();
    final Button nextMissing = new Button();
    /** The text "next missing" last led to, so the next click goes on from there. */
    private @Nullable String lastMissing;

    private KindEditor editor = new FrameworkEditor(host);
    private @Nullable TabSheet tabs;
    private @Nullable Tab sourceTab;
    private ContentKind kind = ContentKind.SCENARIO;
    private String key = "";
    private @Nullable Draft draft;
    private List<ContentProblem> problems = List.of();
    private List<AuditWarning> warnings = List.of();

    EditorView(AuthoringService authoring, org.orienta.ownwords.OwnWordsService ownWords) {
        this.ownWords = ownWords;
        this.authoring = authoring;
        addClassName("orienta-page");
        addClassName("orienta-editor");
        setId("editor");
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(EditorLanguage::name);
        language.setValue(Languages.ENGLISH);
        // Once per view: the view is reused when the trainer goes from one item to another, and the
        // language chosen stays.
        language.addValueChangeListener(e -> {
            lastMissing = null;
            editor.languageChanged();
            if (draft != null) {
                refresh(host.text());
            }
        });
        nextMissing.addClickListener(e -> goToNextMissing());
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
        editor = EDITORS.get(kind).apply(host);
        var back = new Anchor("content", getTranslation("editor.back"));
        back.setId("back-to-content");
        title.setId("editor-title");
        status.setId("editor-status");
        saveState.setId("save-state");
        saveState.addClassName("orienta-hint");
        var titleRow = new Div(title, status);
        titleRow.addClassName("orienta-player-title-row");
        header.removeAll();
        header.add(back, titleRow, saveState, toolbar(), languageBar());
        conflict.removeAll();
        conflict.setId("conflict");
        conflict.addClassNames("orienta-banner", "orienta-banner-error");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        problemList.setId("problems");
        problemList.addClassName("orienta-problems");
        warningList.setId("integrity-warnings");
        warningList.addClassNames("orienta-problems", "orienta-integrity");
        warningList.setVisible(editor.audited());
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
        tabs = new TabSheet();
        tabs.setId("editor-tabs");
        editor.addTabs(tabs);
        sourceTab = tabs.add(getTranslation("editor.tab.source"), source);
        sourceTab.setId("tab-source");
        tabs.setWidthFull();
        body.add(tabs);
        add(header, conflict, problemList, warningList, body);
        show(draft);
        addAttachListener(e -> e.getUI().addShortcutListener(() -> publishDraft(), Key.KEY_P, KeyModifier.ALT));
    }

    /**
     * The language the item's texts are edited in, how many of them still lack it, and a way to the next
     * one. The interface stays in the trainer's own language; only the item's texts change.
     */
    private Component languageBar() {
        language.setId("editor-language");
        language.setLabel(getTranslation("editor.language"));
        language.setHelperText(getTranslation("editor.language.help"));
        missing.setId("translation-missing");
        missing.getElement().setAttribute("aria-live", "polite");
        nextMissing.setText(getTranslation("editor.language.next"));
        nextMissing.setIcon(VaadinIcon.ARROW_FORWARD.create());
        nextMissing.setId("next-missing");
        nextMissing.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var bar = new Div(language, missing, nextMissing);
        bar.addClassName("orienta-language-bar");
        return bar;
    }

    /** Shows how many texts still lack the chosen language. */
    private void countMissing() {
        var chosen = host.language();
        var definition = editor.definition();
        boolean translating = !EditorLanguage.isEnglish(chosen) && definition.isPresent();
        missing.setVisible(translating);
        nextMissing.setVisible(false);
        if (!translating) {
            return;
        }
        int count = EditorLanguage.missing(definition.get(), chosen).size();
        missing.setText(
                count == 0
                        ? getTranslation("editor.language.complete", named(chosen))
                        : getTranslation("editor.language.missing", count, named(chosen)));
        nextMissing.setVisible(count > 0);
    }

    /** A language named in the interface's own language, as a sentence names it ("into Croatian"). */
    private String named(Locale language) {
        return language.getDisplayLanguage(getLocale());
    }

    /** Leads to the first text after the last one visited that still lacks the chosen language. */
    private void goToNextMissing() {
        var definition = editor.definition().orElse(null);
        if (definition == null) {
            return;
        }
        var texts = EditorLanguage.texts(definition);
        int from = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).path().equals(lastMissing)) {
                from = i + 1;
            }
        }
        for (int n = 0; n < texts.size(); n++) {
            var text = texts.get((from + n) % texts.size());
            if (EditorLanguage.missing(text.text(), host.language())) {
                lastMissing = text.path();
                if (!editor.goToText(text.path()) && tabs != null && sourceTab != null) {
                    // Only the source holds it (a variant of a line): show the source.
                    tabs.setSelectedTab(sourceTab);
                }
                return;
            }
        }
    }

    private Component toolbar() {
        publish.setText(getTranslation("editor.publish"));
        publish.setIcon(VaadinIcon.UPLOAD.create());
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publishDraft());
        var previewing = editor.preview();
        var preview = new Button(
                getTranslation(previewing.map(KindEditor.Preview::labelKey).orElse("editor.preview")),
                VaadinIcon.PLAY.create(),
                e -> previewing.ifPresent(p -> p.play().run()));
        preview.setId("preview-start");
        preview.setVisible(previewing.isPresent());
        var history = new Button(
                getTranslation("editor.history"),
                VaadinIcon.TIME_BACKWARD.create(),
                e -> new HistoryDialog(authoring, kind, key).open());
        history.setId("history");
        history.setVisible(editor.versioned());
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
        analytics.setVisible(editor.played());
        var bar = new Div(publish, preview, history, discard, archive, analytics);
        editor.actions().forEach(bar::add);
        bar.addClassName("orienta-actions");
        bar.setId("editor-toolbar");
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
        var head = editor.versioned() ? authoring.head(kind, key).orElse(null) : null;
        archive.setVisible(head != null && head.publishedVersion() != null);
        editor.published(head != null && head.publishedVersion() != null);
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

    private void toggleArchived() {
        if (archived) {
            authoring.setArchived(kind, key, false);
            Notification.show(getTranslation("editor.restored"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show(draft);
            return;
        }
        new ArchiveDialog(() -> {
                    authoring.setArchived(kind, key, true);
                    show(draft);
                })
                .open();
    }

    private boolean hasPublished() {
        return !editor.versioned() || !authoring.history(kind, key).isEmpty();
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
        editor.show(text, problems);
        countMissing();
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
            var button = new Button(getTranslation(
                    "text.labelled",
                    where,
                    getTranslation(problem.messageKey(), problem.arguments().toArray())));
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
                        "text.labelled",
                        getTranslation(
                                "editor.problems.line",
                                warning.position().line(),
                                warning.position().column()),
                        getTranslation(warning.messageKey(), warning.arguments().toArray())));
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
        if (!editor.goTo(problem)) {
            goToLine(problem.position().line());
        }
    }

    /** Shows the source with the line selected. */
    private void goToLine(int line) {
        if (tabs != null && sourceTab != null) {
            tabs.setSelectedTab(sourceTab);
        }
        source.getElement()
                .executeJs(
                        "const ta = this.inputElement; const lines = ta.value.split('\\n');"
                                + " let at = 0; for (let i = 0; i < Math.min($0 - 1, lines.length); i++) at += lines[i].length + 1;"
                                + " ta.focus(); ta.setSelectionRange(at, at + (lines[$0 - 1] || '').length);"
                                + " const lh = parseFloat(getComputedStyle(ta).lineHeight) || 20; ta.scrollTop = Math.max(0, ($0 - 4) * lh);",
                        line);
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
        var discarded = draft;
        new DiscardDialog(() -> {
                    try {
                        authoring.discard(kind, key, discarded.lock());
                        if (!hasPublished()) {
                            getUI().ifPresent(ui -> ui.navigate("content"));
                            return;
                        }
                        draft = authoring.open(kind, key);
                        show(draft);
                    } catch (ConcurrentEditException ex) {
                        showConflict();
                    }
                })
                .open();
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
