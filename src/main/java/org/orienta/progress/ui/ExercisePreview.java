package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.exercise.ExerciseDefinition;
import org.orienta.exercise.ExerciseResult;
import org.orienta.exercise.ExerciseScoring;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.ExercisePlay;

/**
 * The real exercise player on an exercise that need not be published, remembering nothing: a trainer's
 * play-test. It scores with the trainees' rules and refuses what they would be refused, but nothing
 * reaches the database, so a preview is never an attempt, evidence or a review waiting.
 */
@org.springframework.modulith.NamedInterface("preview")
public class ExercisePreview extends Div {

    public ExercisePreview(ExerciseDefinition exercise, Runnable restart) {
        setId("exercise-preview");
        // Orders and pairs are shuffled by the attempt's number: each preview gets its own, as attempts do.
        var shuffle =
                new AttemptId(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE));
        var session = new ExercisePlayer.Session() {
            private @Nullable ExerciseAnswer answer;
            private @Nullable ExerciseResult result;
            private List<String> selfCheck = List.of();

            @Override
            public ExercisePlay load() {
                return new ExercisePlay(
                        shuffle,
                        AttemptMode.PRACTICE,
                        answer == null ? AttemptStatus.IN_PROGRESS : AttemptStatus.COMPLETED,
                        0,
                        exercise,
                        answer,
                        result,
                        selfCheck,
                        null);
            }

            @Override
            public ExercisePlay submit(ExerciseAnswer given, boolean anyway) {
                // As practice: items may be left out when the trainee insists, never all of them.
                ExerciseScoring.requireAnswered(exercise, given, anyway);
                answer = given;
                result = ExerciseScoring.score(exercise, given);
                return load();
            }

            @Override
            public ExercisePlay selfCheck(List<String> criteria) {
                selfCheck = List.copyOf(criteria);
                return load();
            }

            @Override
            public boolean preview() {
                return true;
            }
        };
        add(new ExercisePlayer(session, restart, Optional::empty));
    }
}
