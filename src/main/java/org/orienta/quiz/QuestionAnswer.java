package org.orienta.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A trainee's answer to one question, in the shape of its type. */
public sealed interface QuestionAnswer {

    record ChosenOption(String optionId) implements QuestionAnswer {}

    record ChosenOptions(Set<String> optionIds) implements QuestionAnswer {

        public ChosenOptions {
            optionIds = Set.copyOf(optionIds);
        }
    }

    record TrueFalseAnswer(boolean value) implements QuestionAnswer {}

    record NumericAnswer(BigDecimal value) implements QuestionAnswer {}

    /** For each pair id on the left, the pair id whose right-hand text was matched to it. */
    record MatchingAnswer(Map<String, String> rights) implements QuestionAnswer {

        public MatchingAnswer {
            rights = Map.copyOf(rights);
        }
    }

    record OrderingAnswer(List<String> itemIds) implements QuestionAnswer {

        public OrderingAnswer {
            itemIds = List.copyOf(itemIds);
        }
    }

    record TextAnswer(String text) implements QuestionAnswer {}
}
