package org.orienta.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.ContentKind;
import org.orienta.content.ContentProblem;

/**
 * The kinds edited as a form built from their records ({@link RecordForm}): exercises, quizzes and the
 * competency framework. The subclasses say what the toolbar offers for each.
 */
abstract class RecordEditor implements KindEditor {

    protected final Host host;
    private final ContentKind kind;
    private final Div formTab = new Div();
    private @Nullable RecordForm recordForm;
    private boolean formChange;
    private @Nullable Object shown;

    RecordEditor(Host host, ContentKind kind) {
        this.host = host;
        this.kind = kind;
    }

    @Override
    public void addTabs(TabSheet tabs) {
        formTab.setId("form-tab");
        tabs.add(formTab.getTranslation("editor.tab.form"), formTab).setId("tab-form");
    }

    @Override
    public void show(String text, List<ContentProblem> problems) {
        var definition = host.authoring().readDefinition(kind, text);
        shown = definition.orElse(null);
        if (definition.isEmpty() && recordForm != null && formChange) {
            // The form's own change left something to fill in (the problems say what): keep the form,
            // which holds the item as the trainer is building it.
        } else if (definition.isEmpty()) {
            formTab.removeAll();
            recordForm = null;
            formTab.add(new Paragraph(formTab.getTranslation("editor.form.unreadable")));
        } else if (recordForm == null) {
            formTab.removeAll();
            recordForm = new RecordForm(definition.get(), host.language(), changed -> {
                formChange = true;
                try {
                    host.save(host.authoring().writeDefinition(changed));
                } finally {
                    formChange = false;
                }
            });
            formTab.add(recordForm);
        } else {
            recordForm.rootChanged(definition.get());
        }
    }

    @Override
    public void languageChanged() {
        recordForm = null;
    }

    @Override
    public Optional<Object> definition() {
        return Optional.ofNullable(shown);
    }

    @Override
    public boolean goToText(String path) {
        return recordForm != null && recordForm.focus(path);
    }

    /** The draft as the trainees' player would read it now, if it reads. */
    Optional<Object> definitionOfDraft() {
        return host.authoring().readDefinition(kind, host.text());
    }

    /** Plays the draft in the trainees' own player. */
    protected Optional<Preview> playable() {
        return Optional.of(new Preview("editor.preview", () -> new ItemPreviewDialog(this, host.title()).open()));
    }
}
