package org.orienta.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.base.yaml.YamlValue;
import org.orienta.content.ContentFile;
import org.orienta.quiz.QuizYaml;
import org.orienta.scenario.ScenarioYaml;

/**
 * Audits role-plays and quizzes as authored. Reads each file with the importer's own parsers (so
 * positions are the validator's) and audits only what reads without problems: the validator reports
 * the rest. Pure: no database, no Spring.
 */
public final class IntegrityAudit {

    /** Percentages above which a cue is a warning. */
    static final double MAX_LONGEST_BEST = 0.40;

    static final double MAX_SAME_POSITION = 0.50;
    static final double MAX_THIN = 0.20;
    static final double MAX_OUTLIER_FACTOR = 2.0;
    static final int MIN_OPTIONS = 3;

    private IntegrityAudit() {}

    /** Every role-play and quiz of a content folder's files that reads without problems, in file order. */
    public static List<ItemAudit> audit(List<ContentFile> files) {
        var audits = new ArrayList<ItemAudit>();
        files.stream()
                .sorted(java.util.Comparator.comparing(ContentFile::path))
                .forEach(f -> audit(f.path(), new String(f.bytes(), StandardCharsets.UTF_8))
                        .ifPresent(audits::add));
        return audits;
    }

    /**
     * One file's audit ("scenarios/rp-01.yaml" or "quizzes/…"), or empty when it is neither a role-play
     * nor a quiz or does not read without problems.
     */
    public static Optional<ItemAudit> audit(String file, String text) {
        return audit(file, text, true);
    }

    /**
     * Only the warnings of one file, without playing the naive strategies (which take a moment): for lists
     * of many items. Empty for a file that is neither a role-play nor a quiz or has problems.
     */
    public static List<AuditWarning> warnings(String file, String text) {
        return audit(file, text, false).map(ItemAudit::warnings).orElse(List.of());
    }

    private static Optional<ItemAudit> audit(String file, String text, boolean play) {
        boolean scenario = file.startsWith("scenarios/");
        boolean quiz = file.startsWith("quizzes/");
        if (!scenario && !quiz) {
            return Optional.empty();
        }
        YamlValue document;
        try {
            document = SafeYaml.parse(text);
        } catch (YamlSyntaxException e) {
            return Optional.empty();
        }
        var context = new ReadContext();
        if (scenario) {
            var definition = ScenarioYaml.read(document, context);
            return definition == null || context.hasProblems()
                    ? Optional.empty()
                    : Optional.of(ScenarioAudit.audit(
                            file, text, document, context, definition, RawFlags.shuffled(document), play));
        }
        var definition = QuizYaml.read(document, context);
        return definition == null || context.hasProblems()
                ? Optional.empty()
                : Optional.of(QuizAudit.audit(
                        file, text, document, context, definition, id -> RawFlags.optionsShuffled(document, id), play));
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "0" : Long.toString(Math.round(100.0 * part / whole));
    }
}
