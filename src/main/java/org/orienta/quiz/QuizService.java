package org.orienta.quiz;

import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.Published;
import org.springframework.stereotype.Service;

/**
 * Quizzes and their versions, as the rest of Orienta asks for them; the catalogue keeps the
 * versions (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class QuizService {

    private final CatalogueService catalogue;
    private final QuizContentType type;

    QuizService(CatalogueService catalogue, QuizContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    /** Publishes this definition as the next version, unless the published version is exactly this content. */
    @ForTrainers
    public ImportOutcome importPublished(QuizDefinition definition) {
        return catalogue.publish(type, definition);
    }

    public List<QuizSummary> publishedQuizzes() {
        return catalogue.published(type).stream().map(this::summary).toList();
    }

    /** Every question of every published quiz, for trainers building and filtering the question bank. */
    public List<BankQuestion> questionBank() {
        return catalogue.published(type).stream()
                .flatMap(p -> p.definition().questions().stream().map(q -> new BankQuestion(p.key(), p.version(), q)))
                .toList();
    }

    /** The published version, if there is one and the item is not archived. */
    public Optional<PublishedQuiz> published(String key) {
        return catalogue.published(type, key).map(p -> new PublishedQuiz(p.version(), p.definition()));
    }

    /** A specific version, e.g. the one an attempt started on. */
    public QuizDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }

    public int versionCount(String key) {
        return catalogue.versionCount(QuizContentType.KIND, key);
    }

    private QuizSummary summary(Published<QuizDefinition> published) {
        var definition = published.definition();
        return new QuizSummary(
                published.key(),
                published.version(),
                definition.title(),
                definition.description(),
                definition.minutes(),
                definition.questionsAsked(),
                definition.passMark(),
                type.summarise(definition).competencies());
    }
}
