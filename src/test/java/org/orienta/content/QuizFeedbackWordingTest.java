package org.orienta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quiz player puts "Right" or "Not right" above an answer's feedback; feedback that starts with the
 * verdict again read "Right / Right: …" to the trainee.
 */
class QuizFeedbackWordingTest {

    private static final Pattern VERDICT_AGAIN =
            Pattern.compile("^\\s*-?\\s*\\{?.*feedback(_true|_false)?: \"?(Right|Not right|Correct|Wrong)\\b[:.,]");

    @Test
    void no_bundled_quiz_feedback_repeats_the_verdict_the_player_already_shows() throws IOException {
        try (var files = Files.walk(Path.of("content", "quizzes"))) {
            var repeats = files.filter(f -> f.toString().endsWith(".yaml"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream()
                                    .filter(line -> VERDICT_AGAIN.matcher(line).find())
                                    .map(line -> f.getFileName() + ": " + line.strip());
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(repeats).isEmpty();
        }
    }
}
