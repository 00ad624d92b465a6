package org.orienta.exercise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a trainee answered, in the shape of the exercise's type; anything left out counts as unanswered. */
public sealed interface ExerciseAnswer {

    /** @param categories the category id chosen for each item id */
    record ClassifyAnswer(Map<String, String> categories) implements ExerciseAnswer {

        public ClassifyAnswer {
            categories = Map.copyOf(categories);
        }
    }

    /** @param values the number given for each part id */
    record CalculateAnswer(Map<String, BigDecimal> values) implements ExerciseAnswer {

        public CalculateAnswer {
            values = Map.copyOf(values);
        }
    }

    /** @param stepIds the step ids in the order the trainee put them */
    record OrderAnswer(List<String> stepIds) implements ExerciseAnswer {

        public OrderAnswer {
            stepIds = List.copyOf(stepIds);
        }
    }

    /** @param rights for each pair id on the left, the pair id whose right-hand text was matched to it */
    record MatchAnswer(Map<String, String> rights) implements ExerciseAnswer {

        public MatchAnswer {
            rights = Map.copyOf(rights);
        }
    }

    /** @param texts the rewritten reply for each prompt id */
    record RewriteAnswer(Map<String, String> texts) implements ExerciseAnswer {

        public RewriteAnswer {
            texts = Map.copyOf(texts);
        }
    }

    /** @param texts the trainee's answer to each question id */
    record ReflectionAnswer(Map<String, String> texts) implements ExerciseAnswer {

        public ReflectionAnswer {
            texts = Map.copyOf(texts);
        }
    }
}
