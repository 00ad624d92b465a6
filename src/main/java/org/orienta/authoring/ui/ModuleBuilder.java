package org.orienta.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.orienta.authoring.CatalogueItem;
import org.orienta.base.ItemRef;
import org.orienta.base.Languages;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyDefinition;
import org.orienta.curriculum.ModuleDefinition;

/**
 * The module builder: what the module is called and promises, and its items in order, reordered by
 * dragging a row or with the arrow buttons (so it works by keyboard and on a phone), with the minutes
 * and the competencies the items actually cover, next to the ones the module declares.
 */
class ModuleBuilder extends Div {

    final Grid<ItemRef> items = new Grid<>();
    final ComboBox<CatalogueItem> add = new ComboBox<>();
    final Paragraph totals = new Paragraph();
    private final Map<ItemRef, CatalogueItem> catalogue = new LinkedHashMap<>();
    /** The module's trainee-facing text fields, by the path of their text. */
    private final Map<String, com.vaadin.flow.component.Focusable<?>> texts = new LinkedHashMap<>();

    private final UnaryConsumer editor;
    private ModuleDefinition module;
    private @Nullable ItemRef dragged;

    /** Hands a change of the module to the editor, which saves the draft. */
    @FunctionalInterface
    interface UnaryConsumer {

        void change(UnaryOperator<ModuleDefinition> change);
    }

    ModuleBuilder(
            ModuleDefinition module,
            List<CatalogueItem> available,
            List<CompetencyDefinition> competencies,
            UnaryConsumer editor) {
        this(module, available, competencies, Languages.ENGLISH, editor);
    }

    ModuleBuilder(
            ModuleDefinition module,
            List<CatalogueItem> available,
            List<CompetencyDefinition> competencies,
            Locale language,
            UnaryConsumer editor) {
        this.module = module;
        boolean english = EditorLanguage.isEnglish(language);
        this.editor = editor;
        available.forEach(c -> catalogue.put(c.ref(), c));
        addClassName("orienta-module-builder");
        setId("module-builder");

        var title = new TextField(getTranslation("module.builder.title"));
        title.setId("module-title");
        title.setWidthFull();
        title.setValue(EditorLanguage.in(module.title(), language));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> {
            if (english && e.getValue().isBlank()) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation("editor.field.required"));
                return;
            }
            title.setInvalid(false);
            editor.change(m -> new ModuleDefinition(
                    m.id(),
                    Objects.requireNonNull(EditorLanguage.with(m.title(), language, e.getValue())),
                    m.description(),
                    m.competencies(),
                    m.jobRoles(),
                    m.items()));
        });
        var description = new MarkdownField(
                getTranslation("module.builder.description"),
                EditorLanguage.in(module.description(), language),
                english,
                value -> editor.change(m -> new ModuleDefinition(
                        m.id(),
                        m.title(),
                        EditorLanguage.with(m.description(), language, value),
                        m.competencies(),
                        m.jobRoles(),
                        m.items())));
        description.setId("module-description");
        description.text.setReadOnly(!english && module.description() == null);
        texts.put("title", title);
        texts.put("description", description.text);
        var declared = new MultiSelectComboBox<CompetencyCode>(getTranslation("module.builder.competencies"));
        declared.setId("module-competencies");
        declared.setWidthFull();
        var names = competencies.stream()
                .collect(Collectors.toMap(
                        CompetencyDefinition::code, c -> c.name().in(getLocale())));
        declared.setItems(competencies.stream().map(CompetencyDefinition::code).toList());
        declared.setItemLabelGenerator(c -> getTranslation("text.meta", c.value(), names.getOrDefault(c, "")));
        declared.setValue(Set.copyOf(module.competencies()));
        declared.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editor.change(m -> new ModuleDefinition(
                        m.id(),
                        m.title(),
                        m.description(),
                        e.getValue().stream().sorted().toList(),
                        m.jobRoles(),
                        m.items()));
            }
        });
        var roles = new TextField(getTranslation("module.builder.jobRoles"));
        roles.setId("module-job-roles");
        roles.setWidthFull();
        roles.setHelperText(getTranslation("module.builder.jobRoles.help"));
        roles.setValue(String.join(", ", module.jobRoles()));
        roles.setValueChangeMode(ValueChangeMode.LAZY);
        roles.addValueChangeListener(e -> editor.change(m -> new ModuleDefinition(
                m.id(),
                m.title(),
                m.description(),
                m.competencies(),
                Arrays.stream(e.getValue().split(","))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .toList(),
                m.items())));

        items.setId("module-items");
        items.setAllRowsVisible(true);
        items.setRowsDraggable(true);
        items.setDropMode(GridDropMode.BETWEEN);
        items.addColumn(ref -> module().items().indexOf(ref) + 1)
                .setHeader("#")
                .setFlexGrow(0)
                .setWidth("4em");
        items.addColumn(ref -> getTranslation("workspace.kind." + ref.kind().word()))
                .setHeader(getTranslation("workspace.col.kind"))
                .setFlexGrow(1);
        items.addColumn(ref -> catalogue.containsKey(ref)
                        ? catalogue.get(ref).title()
                        : getTranslation("module.builder.unpublished", ref.key()))
                .setHeader(getTranslation("workspace.col.title"))
                .setFlexGrow(4);
        items.addColumn(ref -> catalogue.containsKey(ref)
                        ? getTranslation(
                                "module.builder.minutes", catalogue.get(ref).minutes())
                        : "")
                .setHeader(getTranslation("module.builder.time"))
                .setFlexGrow(1);
        items.addComponentColumn(this::rowActions).setHeader("").setFlexGrow(2);
        items.addDragStartListener(e -> dragged =
                e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        items.addDragEndListener(e -> dragged = null);
        items.addDropListener(e -> {
            var target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged.equals(target)) {
                return;
            }
            var moving = dragged;
            var after = e.getDropLocation() == GridDropLocation.BELOW;
            editor.change(m -> {
                var list = new ArrayList<>(m.items());
                list.remove(moving);
                int at = list.indexOf(target) + (after ? 1 : 0);
                list.add(at, moving);
                return withItems(m, list);
            });
        });

        add.setId("module-add-item");
        add.setLabel(getTranslation("module.builder.add"));
        add.setWidthFull();
        add.setItemLabelGenerator(c -> getTranslation(
                "text.meta",
                getTranslation("workspace.kind." + c.ref().kind().word()),
                getTranslation("text.titled", c.title(), c.ref().key())));
        add.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var ref = e.getValue().ref();
                editor.change(m -> {
                    var list = new ArrayList<>(m.items());
                    list.add(ref);
                    return withItems(m, list);
                });
                add.clear();
            }
        });
        totals.setId("module-totals");
        var heading = new H3(getTranslation("module.builder.items"));
        var hint = new Paragraph(getTranslation("module.builder.hint"));
        hint.addClassName("orienta-hint");
        add(
                EditorLanguage.beside(title, module.title(), language),
                EditorLanguage.beside(description, module.description(), language),
                declared,
                roles,
                heading,
                hint,
                totals,
                items,
                add);
        moduleChanged(module);
    }

    /** Moves to the field of one of the module's texts ("title", "description"). */
    boolean focus(String path) {
        var field = texts.get(path);
        if (field == null) {
            return false;
        }
        field.focus();
        return true;
    }

    private ModuleDefinition module() {
        return module;
    }

    void moduleChanged(ModuleDefinition updated) {
        this.module = updated;
        items.setItems(updated.items());
        add.setItems(catalogue.values().stream()
                .filter(c -> !updated.items().contains(c.ref()))
                .toList());
        int minutes = updated.items().stream()
                .map(catalogue::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(CatalogueItem::minutes)
                .sum();
        var covered = new TreeSet<CompetencyCode>();
        updated.items().stream()
                .map(catalogue::get)
                .filter(java.util.Objects::nonNull)
                .forEach(c -> covered.addAll(c.competencies()));
        var notCovered = updated.competencies().stream()
                .filter(c -> !covered.contains(c))
                .map(CompetencyCode::value)
                .toList();
        var text = getTranslation(
                "module.builder.totals",
                updated.items().size(),
                minutes,
                covered.isEmpty()
                        ? "–"
                        : covered.stream().map(CompetencyCode::value).collect(Collectors.joining(", ")));
        if (!notCovered.isEmpty()) {
            text = getTranslation(
                    "text.sentences", text, getTranslation("module.builder.notCovered", String.join(", ", notCovered)));
        }
        totals.setText(text);
    }

    private Component rowActions(ItemRef ref) {
        int index = module.items().indexOf(ref);
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(ref, -1));
        up.setAriaLabel(getTranslation("module.builder.up", ref.key()));
        up.setId("module-up-" + ref.key());
        up.setEnabled(index > 0);
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(ref, 1));
        down.setAriaLabel(getTranslation("module.builder.down", ref.key()));
        down.setId("module-down-" + ref.key());
        down.setEnabled(index < module.items().size() - 1);
        var remove = new Button(
                VaadinIcon.CLOSE_SMALL.create(),
                e -> editor.change(m -> withItems(
                        m, m.items().stream().filter(i -> !i.equals(ref)).toList())));
        remove.setAriaLabel(getTranslation("module.builder.remove", ref.key()));
        remove.setId("module-remove-" + ref.key());
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var row = new Div(up, down, remove);
        row.addClassName("orienta-actions");
        return row;
    }

    private void move(ItemRef ref, int by) {
        editor.change(m -> {
            var list = new ArrayList<>(m.items());
            int from = list.indexOf(ref);
            int to = Math.clamp(from + by, 0, list.size() - 1);
            list.remove(from);
            list.add(to, ref);
            return withItems(m, list);
        });
    }

    private static ModuleDefinition withItems(ModuleDefinition m, List<ItemRef> items) {
        return new ModuleDefinition(m.id(), m.title(), m.description(), m.competencies(), m.jobRoles(), items);
    }
}
