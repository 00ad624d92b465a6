package org.orienta.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;

/** Reads and writes module files: {@code items} is a list of {@code scenario: rp-01}-style entries. */
public final class ModuleYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/module.json";

    private ModuleYaml() {}

    /**
     * The kind's content type for code that runs without a Spring context (the validate command, static
     * tests); a running server gets the same type as a bean.
     */
    public static ContentType<ModuleDefinition> contentType() {
        return new ModuleContentType();
    }

    public static @Nullable ModuleDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var title = root.text("title", true);
        var description = root.text("description", false);
        var competencies = new ArrayList<CompetencyCode>();
        for (String code : root.strings("competencies", true)) {
            if (CompetencyCode.isValid(code)) {
                competencies.add(new CompetencyCode(code));
            } else {
                context.problem(root.positionOf("competencies"), "evidence.badCode", code);
            }
        }
        var jobRoles = root.strings("job_roles", false);
        var items = new ArrayList<ItemRef>();
        var entries = root.maps("items", true);
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            ItemRef ref = null;
            int named = 0;
            for (ItemKind kind : ItemKind.values()) {
                if (!entry.has(kind.word())) {
                    entry.raw(kind.word(), false);
                    continue;
                }
                named++;
                var key = entry.id(kind.word(), true);
                if (named > 1) {
                    context.problem(entry.position(), "module.oneItemPerEntry");
                } else if (key != null) {
                    ref = new ItemRef(kind, key);
                }
            }
            if (named == 0) {
                context.problem(entry.position(), "module.itemKind");
            }
            entry.finish();
            if (ref != null) {
                items.add(ref);
            }
        }
        root.finish();
        if (context.hasProblems() || id == null || title == null) {
            return null;
        }
        return new ModuleDefinition(id, title, description, competencies, jobRoles, items);
    }

    public static String write(ModuleDefinition module) {
        var items = module.items().stream()
                .map(i -> (Object) Map.of(i.kind().word(), i.key()))
                .toList();
        var document = YamlWriter.fields(
                "id",
                module.id(),
                "title",
                module.title(),
                "description",
                module.description(),
                "competencies",
                module.competencies().stream().map(CompetencyCode::value).toList(),
                "job_roles",
                module.jobRoles(),
                "items",
                items);
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }
}
