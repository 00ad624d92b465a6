package org.orienta.competency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;

/** Reads and writes {@code competencies.yaml}. */
public final class FrameworkYaml {

    private FrameworkYaml() {}

    /** The framework, or null when the file has problems (all recorded in the context). */
    public static @Nullable FrameworkDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var levels = new ArrayList<LevelDefinition>();
        var levelFields = root.map("levels", true);
        if (levelFields != null) {
            for (int level = Evidence.MIN_LEVEL; level <= Evidence.MAX_LEVEL; level++) {
                var one = levelFields.map(Integer.toString(level), true);
                if (one != null) {
                    var name = one.text("name", true);
                    var description = one.text("description", true);
                    one.finish();
                    if (name != null && description != null) {
                        levels.add(new LevelDefinition(level, name, description));
                    }
                }
            }
            levelFields.finish();
        }
        var competencies = new ArrayList<CompetencyDefinition>();
        var seen = new HashSet<String>();
        for (Fields fields : root.maps("competencies", true)) {
            var code = fields.string("code", true);
            if (code != null && !CompetencyCode.isValid(code)) {
                context.problem(fields.positionOf("code"), "competency.badCode", code);
                code = null;
            }
            if (code != null && !seen.add(code)) {
                context.problem(fields.positionOf("code"), "competency.duplicate", code);
            }
            var item = code == null ? fields : fields.as("competencies/" + code);
            var name = item.text("name", true);
            var definition = item.text("definition", true);
            var descriptors = new ArrayList<LocalizedText>();
            var levelTexts = item.map("levels", true);
            if (levelTexts != null) {
                for (int level = Evidence.MIN_LEVEL; level <= Evidence.MAX_LEVEL; level++) {
                    var text = levelTexts.text(Integer.toString(level), true);
                    if (text != null) {
                        descriptors.add(text);
                    }
                }
                levelTexts.finish();
            }
            var sources = item.strings("sources", false);
            item.finish();
            if (code != null && name != null && definition != null && descriptors.size() == Evidence.MAX_LEVEL) {
                competencies.add(
                        new CompetencyDefinition(new CompetencyCode(code), name, definition, descriptors, sources));
            }
        }
        root.finish();
        return context.hasProblems() ? null : new FrameworkDefinition(levels, competencies);
    }

    public static String write(FrameworkDefinition framework) {
        var levels = new java.util.LinkedHashMap<String, Object>();
        for (var level : framework.levels()) {
            levels.put(
                    Integer.toString(level.level()),
                    YamlWriter.fields("name", level.name(), "description", level.description()));
        }
        var competencies = framework.competencies().stream()
                .map(c -> {
                    var descriptors = new java.util.LinkedHashMap<String, Object>();
                    for (int level = 1; level <= Evidence.MAX_LEVEL; level++) {
                        descriptors.put(Integer.toString(level), c.descriptor(level));
                    }
                    return YamlWriter.fields(
                            "code",
                            c.code().value(),
                            "name",
                            c.name(),
                            "definition",
                            c.definition(),
                            "levels",
                            descriptors,
                            "sources",
                            c.sources());
                })
                .toList();
        Map<String, Object> document = YamlWriter.fields("levels", levels, "competencies", competencies);
        return YamlWriter.write(document, List.of("yaml-language-server: $schema=schema/competencies.json"));
    }
}
