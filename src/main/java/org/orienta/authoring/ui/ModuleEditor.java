package org.orienta.authoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.content.ContentProblem;

/** A module: its items in order in the {@link ModuleBuilder}. */
class ModuleEditor implements KindEditor {

    private final Host host;
    private final Div moduleTab = new Div();
    private @Nullable ModuleBuilder builder;
    private @Nullable Object shown;

    ModuleEditor(Host host) {
        this.host = host;
    }

    @Override
    public void addTabs(TabSheet tabs) {
        moduleTab.setId("module-tab");
        tabs.add(moduleTab.getTranslation("editor.tab.items"), moduleTab).setId("tab-items");
    }

    @Override
    public void show(String text, List<ContentProblem> problems) {
        var authoring = host.authoring();
        var module = authoring.readModule(text);
        shown = module.orElse(null);
        if (module.isEmpty()) {
            moduleTab.removeAll();
            builder = null;
            moduleTab.add(new Paragraph(moduleTab.getTranslation("editor.module.unreadable")));
        } else if (builder == null) {
            moduleTab.removeAll();
            builder = new ModuleBuilder(
                    module.get(),
                    authoring.catalogue(),
                    authoring.competencies(),
                    host.language(),
                    change -> authoring
                            .readModule(host.text())
                            .ifPresent(current -> host.save(authoring.write(change.apply(current)))));
            moduleTab.add(builder);
        } else {
            builder.moduleChanged(module.get());
        }
    }

    @Override
    public void languageChanged() {
        builder = null;
    }

    @Override
    public Optional<Object> definition() {
        return Optional.ofNullable(shown);
    }

    @Override
    public boolean goToText(String path) {
        return builder != null && builder.focus(path);
    }
}
