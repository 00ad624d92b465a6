package org.orienta.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.orienta.base.yaml.Fields;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.YamlValue;
import org.orienta.base.yaml.YamlWriter;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyCode;

/**
 * Reads and writes activity files (content/activities/*.yaml): every problem is recorded with its
 * position, and steps and cards are located by their id ("steps/pairs-up"), so the rules checked
 * afterwards can still point at a line.
 */
public final class ActivityYaml {

    public static final String SCHEMA_COMMENT = "yaml-language-server: $schema=../schema/activity.json";
    /** A half-day workshop is the longest thing one guide describes. */
    static final int MAX_MINUTES = 240;
    /** More people than a room holds is a typo. */
    static final int MAX_GROUP = 200;

    private ActivityYaml() {}

    /**
     * The kind's content type for code that runs without a Spring context (the validate command, static
     * tests); a running server gets the same type as a bean.
     */
    public static ContentType<ActivityDefinition> contentType() {
        return new ActivityContentType();
    }

    /** The activity, or null when the file has structural problems (all recorded in the context). */
    public static @Nullable ActivityDefinition read(YamlValue document, ReadContext context) {
        var root = Fields.root(document, context);
        if (root == null) {
            return null;
        }
        var id = root.id("id", true);
        var title = root.text("title", true);
        var goal = root.text("goal", true);
        var minutes = root.integer("minutes", true, 1, MAX_MINUTES);
        ActivityDefinition.GroupSize groupSize = null;
        var group = root.map("group", true);
        if (group != null) {
            var fewest = group.integer("min", true, 1, MAX_GROUP);
            var most = group.integer("max", true, 1, MAX_GROUP);
            group.finish();
            if (fewest != null && most != null) {
                groupSize = new ActivityDefinition.GroupSize(fewest, most);
            }
        }
        var groupingWord = root.choice("grouping", true, Grouping.words());
        var grouping = groupingWord == null ? null : Grouping.valueOf(groupingWord.toUpperCase(Locale.ROOT));
        var teams = root.integer("teams", false, 1, MAX_GROUP);
        var competencies = new ArrayList<CompetencyCode>();
        for (String code : root.strings("competencies", true)) {
            if (CompetencyCode.isValid(code)) {
                competencies.add(new CompetencyCode(code));
            } else {
                context.problem(root.positionOf("competencies"), "evidence.badCode", code);
            }
        }
        var materials = root.texts("materials", false);
        var steps = new ArrayList<ActivityDefinition.Step>();
        for (Fields element : root.maps("steps", true)) {
            var stepId = element.id("id", true);
            var fields = stepId == null ? element : element.as(root.childPath("steps") + "/" + stepId);
            var text = fields.text("text", true);
            var stepMinutes = fields.integer("minutes", false, 1, MAX_MINUTES);
            fields.finish();
            if (stepId != null && text != null) {
                steps.add(new ActivityDefinition.Step(stepId, text, stepMinutes));
            }
        }
        var cards = new ArrayList<ActivityDefinition.Card>();
        for (Fields element : root.maps("cards", false)) {
            var cardId = element.id("id", true);
            var fields = cardId == null ? element : element.as(root.childPath("cards") + "/" + cardId);
            var text = fields.text("text", true);
            fields.finish();
            if (cardId != null && text != null) {
                cards.add(new ActivityDefinition.Card(cardId, text));
            }
        }
        var cardNote = root.text("card_note", false);
        var debrief = root.texts("debrief", true);
        var checklist = root.id("checklist", false);
        var sources = root.strings("sources", false);
        root.finish();
        if (context.hasProblems()
                || id == null
                || title == null
                || goal == null
                || minutes == null
                || groupSize == null
                || grouping == null) {
            return null;
        }
        return new ActivityDefinition(
                id,
                title,
                goal,
                minutes,
                groupSize,
                grouping,
                teams,
                competencies,
                materials,
                steps,
                cards,
                cardNote,
                debrief,
                checklist,
                sources);
    }

    public static String write(ActivityDefinition activity) {
        var steps = activity.steps().stream()
                .map(s -> (Object) YamlWriter.fields("id", s.id(), "minutes", s.minutes(), "text", s.text()))
                .toList();
        var cards = activity.cards().stream()
                .map(c -> (Object) YamlWriter.fields("id", c.id(), "text", c.text()))
                .toList();
        var document = YamlWriter.fields(
                "id",
                activity.id(),
                "title",
                activity.title(),
                "goal",
                activity.goal(),
                "minutes",
                activity.minutes(),
                "group",
                YamlWriter.fields(
                        "min",
                        activity.groupSize().fewest(),
                        "max",
                        activity.groupSize().most()),
                "grouping",
                activity.grouping().word(),
                "teams",
                activity.teams(),
                "competencies",
                activity.competencies().stream().map(CompetencyCode::value).toList(),
                "materials",
                activity.materials(),
                "steps",
                steps,
                "cards",
                cards,
                "card_note",
                activity.cardNote(),
                "debrief",
                activity.debrief(),
                "checklist",
                activity.checklist(),
                "sources",
                activity.sources());
        return YamlWriter.write(document, List.of(SCHEMA_COMMENT));
    }
}
