package org.orienta.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.content.ContentFile;
import org.orienta.content.ContentProblem;
import org.orienta.content.ContentReader;
import org.orienta.content.ContentTypes;

/** Activity files read into guides, write back canonically, and say what is wrong with file and line. */
class ActivityYamlTest {

    static final String YES_AND = """
            id: live-yes-and
            title: "Yes, and…"
            goal: Agree, then build on it.
            minutes: 20
            group: {min: 4, max: 30}
            grouping: pairs
            competencies: [CO2]
            materials:
              - A timer.
            steps:
              - id: explain
                minutes: 3
                text: Explain the rule.
              - id: play
                minutes: 5
                text: The pairs play.
            cards:
              - id: lift
                text: You are stuck in a lift.
              - id: forest
                text: You are lost in a forest.
            card_note: The pair reads its card together.
            debrief:
              - What did you feel?
            checklist: live-yes-and
            """;

    private static final String FRAMEWORK = read("src/test/resources/content-base/competencies.yaml");

    static ActivityDefinition activity(String yaml) {
        var context = new ReadContext();
        ActivityDefinition activity;
        try {
            activity = ActivityYaml.read(SafeYaml.parse(yaml), context);
        } catch (org.orienta.base.yaml.YamlSyntaxException e) {
            throw new AssertionError(e);
        }
        assertThat(context.problems()).isEmpty();
        return java.util.Objects.requireNonNull(activity);
    }

    private static final String CHECKLIST = read("content/checklists/live-yes-and.yaml");

    private static List<String> problems(String yaml) {
        return ContentReader.read(
                        ContentTypes.builtIn(),
                        List.of(
                                ContentFile.of("competencies.yaml", FRAMEWORK),
                                ContentFile.of("checklists/live-yes-and.yaml", CHECKLIST),
                                ContentFile.of("activities/live-yes-and.yaml", yaml)),
                        ContentReader.Known.NOTHING)
                .problems()
                .stream()
                .map(ContentProblem::describe)
                .toList();
    }

    @Test
    void a_guide_reads_with_its_steps_cards_debrief_and_checklist() {
        var activity = activity(YES_AND);

        assertThat(activity.title().english()).isEqualTo("Yes, and…");
        assertThat(activity.groupSize()).isEqualTo(new ActivityDefinition.GroupSize(4, 30));
        assertThat(activity.grouping()).isEqualTo(Grouping.PAIRS);
        assertThat(activity.steps()).extracting(ActivityDefinition.Step::id).containsExactly("explain", "play");
        assertThat(activity.cards()).extracting(ActivityDefinition.Card::id).containsExactly("lift", "forest");
        assertThat(activity.checklist()).isEqualTo("live-yes-and");
    }

    @Test
    void writing_a_guide_and_reading_it_back_gives_the_same_guide() {
        var activity = activity(YES_AND);

        var written = ActivityYaml.write(activity);

        assertThat(activity(written)).isEqualTo(activity);
        assertThat(ActivityYaml.write(activity(written))).isEqualTo(written);
    }

    @Test
    void a_valid_guide_has_no_problems() {
        assertThat(problems(YES_AND)).isEmpty();
    }

    @Test
    void a_misspelt_field_is_named_with_its_line_and_what_was_meant() {
        assertThat(problems(YES_AND.replace("debrief:", "debreif:")))
                .anySatisfy(p -> assertThat(p)
                        .startsWith("activities/live-yes-and.yaml:23:")
                        .contains("debrief"));
    }

    @Test
    void a_step_longer_than_the_activity_is_reported_at_the_steps() {
        assertThat(problems(YES_AND.replace("minutes: 5\n", "minutes: 30\n")))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("activities/live-yes-and.yaml:11:")
                        .endsWith("The steps add up to 33 minutes, more than the 20 minutes of the activity."));
    }

    @Test
    void a_checklist_that_is_not_there_is_named_with_its_line() {
        assertThat(problems(YES_AND.replace("checklist: live-yes-and", "checklist: live-yes-or-no")))
                .containsExactly(
                        "activities/live-yes-and.yaml:25:12: There is no observation checklist “live-yes-or-no”.");
    }

    @Test
    void an_unknown_grouping_lists_the_ones_there_are() {
        assertThat(problems(YES_AND.replace("grouping: pairs", "grouping: trios")))
                .singleElement()
                .satisfies(p -> assertThat(p)
                        .startsWith("activities/live-yes-and.yaml:6:")
                        .contains("pairs, teams"));
    }

    @Test
    void the_bundled_guides_read_clean_in_every_language() {
        var pack = ContentReader.read(
                ContentTypes.builtIn(),
                org.orienta.content.ContentSource.folder(Path.of("content")),
                ContentReader.Known.NOTHING);

        var activities = pack.content().of(ActivityDefinition.class);

        assertThat(pack.problems()).isEmpty();
        assertThat(activities)
                .extracting(ActivityDefinition::id)
                .containsExactlyInAnyOrder(
                        "live-service-levels",
                        "live-yes-and",
                        "live-small-talk",
                        "live-vocabulary",
                        "live-guess-dislike",
                        "live-explain-simply");
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.title().translations()).containsOnlyKeys("en", "hr", "sv", "pl", "ru", "th");
            assertThat(a.steps())
                    .allSatisfy(s -> assertThat(s.text().translations()).hasSize(6));
            assertThat(a.cards())
                    .allSatisfy(c -> assertThat(c.text().translations()).hasSize(6));
            assertThat(a.debrief()).allSatisfy(q -> assertThat(q.translations()).hasSize(6));
            assertThat(a.checklist()).isEqualTo(a.id());
        });
    }

    @Test
    void no_bundled_guide_cites_a_source_file_where_participants_or_facilitators_read() throws Exception {
        for (Path file : Files.list(Path.of("content/activities")).toList()) {
            var text = Files.readString(file);
            var readable = text.substring(0, text.indexOf("\nsources:"));
            assertThat(readable).as(file.toString()).doesNotContain(".txt", "~L");
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
