package org.orienta.quiz;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.orienta.base.Fingerprint;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.base.ItemHead;
import org.orienta.base.VersionInfo;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes and their versions. Trainees read published versions; trainers (and the content import)
 * add versions. A version's definition never changes once published, so definitions are cached by
 * (key, version) for as long as the application runs.
 */
@Service
@ForSignedIn
public class QuizService {

    private final QuizRepository quizzes;
    private final QuizVersionRepository versions;
    private final Clock clock;
    private final Map<String, QuizDefinition> definitions = new ConcurrentHashMap<>();

    QuizService(QuizRepository quizzes, QuizVersionRepository versions, Clock clock) {
        this.quizzes = quizzes;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * Publishes this definition as the quiz's next version, unless the published version is already
     * exactly this content, in which case nothing is written.
     */
    @ForTrainers
    @Transactional
    public ImportOutcome importPublished(QuizDefinition definition) {
        var body = QuizYaml.write(definition);
        var fingerprint = Fingerprint.of(body);
        var now = clock.instant();
        var quiz = quizzes.findByKey(definition.id()).orElseGet(() -> quizzes.save(new Quiz(definition.id(), now)));
        var published = quiz.publishedVersion();
        if (published != null) {
            var current = versions.findByQuizIdAndNumber(quiz.id(), published).orElseThrow();
            if (current.fingerprint().equals(fingerprint)) {
                return new ImportOutcome(definition.id(), published, false);
            }
        }
        int number = quiz.nextVersion(now);
        var version = new QuizVersion(quiz.id(), number, body, fingerprint, actor(), now);
        version.publish(now);
        versions.save(version);
        quiz.published(number, now);
        quizzes.flush();
        return new ImportOutcome(definition.id(), number, true);
    }

    /** Every item, archived ones and ones never published too, for the trainers' workspace. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ItemHead> heads() {
        return quizzes.findAllByOrderByKey().stream()
                .map(i -> new ItemHead(i.key(), i.publishedVersion(), i.latestVersion(), i.archived(), i.updatedAt()))
                .toList();
    }

    /** The version history of one item, oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(String key) {
        return quizzes.findByKey(key)
                .map(i -> versions.findByQuizIdOrderByNumber(i.id()).stream()
                        .map(v ->
                                new VersionInfo(v.number(), v.status(), v.createdBy(), v.createdAt(), v.publishedAt()))
                        .toList())
                .orElse(List.of());
    }

    /** The canonical file text of one version, as the content folder and exports hold it. */
    @ForTrainers
    @Transactional(readOnly = true)
    public Optional<String> source(String key, int number) {
        return quizzes.findByKey(key)
                .flatMap(i -> versions.findByQuizIdAndNumber(i.id(), number))
                .map(QuizVersion::body);
    }

    /**
     * Archives the item (withdrawn from the catalogue and from new attempts; attempts made keep their
     * version) or brings a published item back.
     */
    @ForTrainers
    @Transactional
    public void setArchived(String key, boolean archived) {
        var item = quizzes.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no item " + key));
        if (archived) {
            item.archive(clock.instant());
        } else if (item.publishedVersion() != null) {
            item.restore(clock.instant());
        }
    }

    @Transactional(readOnly = true)
    public List<QuizSummary> publishedQuizzes() {
        return quizzes.findByPublishedVersionNotNullAndArchivedFalseOrderByKey().stream()
                .map(s -> {
                    int number = s.publishedVersion();
                    var definition = definition(s, number);
                    var competencies = definition.questions().stream()
                            .flatMap(q -> q.info().evidence().stream())
                            .map(e -> e.competency())
                            .collect(java.util.stream.Collectors.toSet());
                    return new QuizSummary(
                            s.key(),
                            number,
                            definition.title(),
                            definition.description(),
                            definition.minutes(),
                            definition.questionsAsked(),
                            definition.passMark(),
                            competencies);
                })
                .toList();
    }

    /** Every question of every published quiz, for trainers building and filtering the question bank. */
    @Transactional(readOnly = true)
    public List<BankQuestion> questionBank() {
        return quizzes.findByPublishedVersionNotNullAndArchivedFalseOrderByKey().stream()
                .flatMap(s -> definition(s, s.publishedVersion()).questions().stream()
                        .map(q -> new BankQuestion(s.key(), s.publishedVersion(), q)))
                .toList();
    }

    /** The published version of a quiz, if it has one and is not archived. */
    @Transactional(readOnly = true)
    public Optional<PublishedQuiz> published(String key) {
        return quizzes.findByKey(key)
                .filter(s -> s.publishedVersion() != null && !s.archived())
                .map(s -> new PublishedQuiz(s.publishedVersion(), definition(s, s.publishedVersion())));
    }

    /** A specific version, e.g. the one an attempt started on. */
    @Transactional(readOnly = true)
    public QuizDefinition version(String key, int number) {
        var cached = definitions.get(key + "@" + number);
        if (cached != null) {
            return cached;
        }
        var quiz = quizzes.findByKey(key).orElseThrow(() -> new IllegalArgumentException("no quiz " + key));
        return definition(quiz, number);
    }

    @Transactional(readOnly = true)
    public int versionCount(String key) {
        return quizzes.findByKey(key)
                .map(s -> (int) versions.countByQuizId(s.id()))
                .orElse(0);
    }

    private QuizDefinition definition(Quiz quiz, int number) {
        return definitions.computeIfAbsent(quiz.key() + "@" + number, k -> {
            var version = versions.findByQuizIdAndNumber(quiz.id(), number)
                    .orElseThrow(() -> new IllegalArgumentException("no version " + number + " of " + quiz.key()));
            return parse(version.body());
        });
    }

    static QuizDefinition parse(String body) {
        var context = new ReadContext();
        try {
            var definition = QuizYaml.read(SafeYaml.parse(body), context);
            if (definition == null) {
                throw new IllegalStateException("a stored quiz no longer reads: " + context.problems());
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new IllegalStateException("a stored quiz no longer parses: " + e.problem(), e);
        }
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
