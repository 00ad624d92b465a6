package org.orienta.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.base.yaml.Position;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.ContentType;
import org.orienta.competency.CompetencyService;
import org.orienta.exercise.ExerciseService;
import org.orienta.people.OrganisationService;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.ScenarioService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports checked content into the feature modules in one transaction: if any item fails, nothing of
 * the import is kept. Unchanged items create nothing; a changed item gets exactly one new version.
 */
@Service
@ForTrainers
public class ContentService {

    private final CompetencyService competencies;
    private final ScenarioService scenarios;
    private final ExerciseService exercises;
    private final QuizService quizzes;
    private final CatalogueService catalogue;
    private final AuditService audit;
    private final OrganisationService organisation;

    ContentService(
            CompetencyService competencies,
            ScenarioService scenarios,
            ExerciseService exercises,
            QuizService quizzes,
            CatalogueService catalogue,
            AuditService audit,
            OrganisationService organisation) {
        this.organisation = organisation;
        this.competencies = competencies;
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.quizzes = quizzes;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** The kinds of content an import reads, each from its folder: the registered content types. */
    public List<ContentType<?>> types() {
        return catalogue.types();
    }

    /** What the database already has, for imports that bring only some files. */
    @Transactional(readOnly = true)
    public ContentReader.Known known() {
        var items = new HashSet<ItemRef>();
        scenarios.publishedScenarios().forEach(s -> items.add(new ItemRef(ItemKind.SCENARIO, s.key())));
        exercises.publishedExercises().forEach(e -> items.add(new ItemRef(ItemKind.EXERCISE, e.key())));
        quizzes.publishedQuizzes().forEach(q -> items.add(new ItemRef(ItemKind.QUIZ, q.key())));
        var keys = new java.util.HashMap<String, java.util.Set<String>>();
        for (var type : catalogue.types()) {
            keys.put(
                    type.kind(),
                    catalogue.heads(type.kind()).stream()
                            .filter(h -> h.publishedVersion() != null && !h.archived())
                            .map(org.orienta.base.ItemHead::key)
                            .collect(java.util.stream.Collectors.toSet()));
        }
        return new ContentReader.Known(competencies.framework().codes(), items, keys);
    }

    /**
     * The fingerprint of everything an import compares against (the catalogue and the competency
     * framework): equal before and after a restart when nothing changed the content in between.
     */
    @Transactional(readOnly = true)
    public String state() {
        return org.orienta.base.Fingerprint.of(
                catalogue.revision() + "\n" + org.orienta.competency.FrameworkYaml.write(competencies.framework()));
    }

    /**
     * Reads, checks and imports files: either all of them are imported, or none, with every problem listed.
     * An item not complete in a language the organisation requires stops the import too.
     */
    @Transactional
    public ContentImport importFiles(List<ContentFile> files) {
        return importFiles(files, true);
    }

    /**
     * @param requireLanguages whether items must be complete in the organisation's required languages; the
     *     bundled pack at start-up is imported regardless, so a server always starts with its content
     */
    @Transactional
    public ContentImport importFiles(List<ContentFile> files, boolean requireLanguages) {
        var result = ContentReader.read(catalogue.types(), files, known());
        if (!result.valid()) {
            return new ContentImport(result.problems(), null);
        }
        if (requireLanguages) {
            var incomplete = incompleteInRequiredLanguages(result);
            if (!incomplete.isEmpty()) {
                return new ContentImport(incomplete, null);
            }
        }
        return new ContentImport(List.of(), importContent(result.content()));
    }

    /**
     * One problem per item and required language the item is not complete in, naming the item, the
     * language and how many texts are missing; none when the organisation requires no language.
     */
    @Transactional(readOnly = true)
    public List<ContentProblem> incompleteInRequiredLanguages(ContentReader.Result read) {
        var required = organisation.requiredLanguages();
        var problems = new ArrayList<ContentProblem>();
        read.completeness().forEach((file, completeness) -> {
            for (var language : required) {
                if (!completeness.complete(language)) {
                    problems.add(new ContentProblem(
                            file,
                            Position.START,
                            "translation.requiredIncomplete",
                            List.of(
                                    file,
                                    org.orienta.base.Languages.nativeName(language),
                                    completeness.missing(language.getLanguage()),
                                    required.stream()
                                            .map(org.orienta.base.Languages::nativeName)
                                            .collect(java.util.stream.Collectors.joining(", ")))));
                }
            }
        });
        return problems;
    }

    @Transactional
    public ImportReport importContent(ContentSet content) {
        boolean frameworkChanged = content.framework() != null && competencies.importFramework(content.framework());
        var outcomes = new ArrayList<ImportOutcome>();
        content.items().forEach(item -> outcomes.add(catalogue.publishAny(item)));
        var report = new ImportReport(frameworkChanged, outcomes);
        if (report.newVersions() > 0 || frameworkChanged) {
            audit.record(
                    AuditAction.CONTENT_IMPORTED,
                    AuditText.of("audit.text.newVersions", report.newVersions()),
                    AuditOutcome.SUCCESS,
                    // Item keys and versions: identifiers, the same in every language.
                    AuditText.literal(outcomes.stream()
                            .filter(ImportOutcome::created)
                            .map(o -> o.key() + " v" + o.version())
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
        return report;
    }
}
