package org.orienta.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.Pair;
import org.orienta.quiz.Question.QuestionInfo;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TrueFalse;

/**
 * Moodle's GIFT format, read and written. GIFT carries no competency evidence, so Orienta keeps it in a
 * comment line before each question ({@code // orienta: evidence CO4:3; tags a, b; points 2}); Moodle
 * ignores comments, so files stay valid for Moodle both ways. Types GIFT has and Orienta has not
 * (essay, description) are skipped and reported; Orienta's ordering questions have no GIFT form.
 */
public final class Gift {

    /** A problem with a line number; the question it belongs to is not imported. */
    public record Problem(int line, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** What a GIFT file gave: the questions read, what could not be read, and what was skipped on purpose. */
    public record Read(List<Question> questions, List<Problem> problems, List<Problem> skipped) {

        public Read {
            questions = List.copyOf(questions);
            problems = List.copyOf(problems);
            skipped = List.copyOf(skipped);
        }
    }

    /** GIFT text with what had to be left out of it. */
    public record Written(String text, List<String> skippedQuestionIds) {

        public Written {
            skippedQuestionIds = List.copyOf(skippedQuestionIds);
        }
    }

    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|TRUE|F|FALSE)(#.*)?", Pattern.DOTALL);
    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%(.*)", Pattern.DOTALL);
    private static final Pattern FORMAT =
            Pattern.compile("^\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);

    private final List<Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private final @Nullable Evidence defaultEvidence;

    private Gift(@Nullable Evidence defaultEvidence) {
        this.defaultEvidence = defaultEvidence;
    }

    public static Read read(String text) {
        return read(text, null);
    }

    /**
     * @param defaultEvidence what a question shows when its file says nothing (Moodle files never do),
     *     so an imported quiz counts towards a competency from the start
     */
    public static Read read(String text, @Nullable Evidence defaultEvidence) {
        var gift = new Gift(defaultEvidence);
        gift.readAll(text.replace("\r\n", "\n").replace('\r', '\n'));
        return new Read(gift.questions, gift.problems, gift.skipped);
    }

    private void readAll(String text) {
        var lines = text.split("\n", -1);
        var block = new StringBuilder();
        String meta = null;
        int start = 0;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var trimmed = line.strip();
            if (depth == 0 && block.isEmpty()) {
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("//")) {
                    var comment = trimmed.substring(2).strip();
                    if (comment.toLowerCase(Locale.ROOT).startsWith("orienta:")) {
                        meta = comment.substring("orienta:".length()).strip();
                    }
                    continue;
                }
                if (trimmed.startsWith("$CATEGORY:")) {
                    continue;
                }
                start = i + 1;
            } else if (depth == 0 && trimmed.isEmpty()) {
                question(block.toString(), start, meta);
                block.setLength(0);
                meta = null;
                continue;
            }
            if (trimmed.startsWith("//") && depth == 0) {
                continue;
            }
            depth += braceBalance(line);
            block.append(line).append('\n');
        }
        if (!block.isEmpty()) {
            if (depth > 0) {
                problems.add(new Problem(start, "gift.unclosedBrace", List.of()));
            } else {
                question(block.toString(), start, meta);
            }
        }
    }

    private static int braceBalance(String line) {
        int balance = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
            }
        }
        return balance;
    }

    private void question(String block, int line, @Nullable String meta) {
        var text = block.strip();
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                problems.add(new Problem(line, "gift.unclosedTitle", List.of()));
                return;
            }
            title = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        int open = indexOfUnescaped(text, '{', 0);
        if (open < 0) {
            skipped.add(new Problem(line, "gift.skipped.description", List.of()));
            return;
        }
        int close = indexOfUnescaped(text, '}', open);
        if (close < 0) {
            problems.add(new Problem(line, "gift.unclosedBrace", List.of()));
            return;
        }
        var before = stripFormat(text.substring(0, open).strip());
        var after = text.substring(close + 1).strip();
        var body = text.substring(open + 1, close).strip();
        var questionText =
                unescape(after.isEmpty() ? before : before + " _____ " + after).strip();
        if (questionText.isEmpty()) {
            problems.add(new Problem(line, "gift.noText", List.of()));
            return;
        }
        String general = null;
        int generalAt = body.indexOf("####");
        if (generalAt >= 0) {
            general = unescape(stripFormat(body.substring(generalAt + 4).strip()));
            body = body.substring(0, generalAt).strip();
        }
        var metadata = Metadata.parse(meta, line, problems);
        if (metadata == null) {
            return;
        }
        var id = uniqueId(title, questionText);
        Question question;
        try {
            question = answers(id, questionText, general, body, metadata, line);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(line, "gift.unreadableAnswer", List.of(String.valueOf(e.getMessage()))));
            return;
        }
        if (question != null) {
            ids.add(id);
            questions.add(question);
        }
    }

    private @Nullable Question answers(
            String id, String text, @Nullable String general, String body, Metadata metadata, int line) {
        if (body.isEmpty()) {
            skipped.add(new Problem(line, "gift.skipped.essay", List.of()));
            return null;
        }
        var tf = TRUE_FALSE.matcher(body);
        if (tf.matches()) {
            boolean answer = body.toUpperCase(Locale.ROOT).startsWith("T");
            var feedbacks = tf.group(2) == null
                    ? List.<String>of()
                    : splitUnescaped(tf.group(2).substring(1), '#');
            var wrong = feedbacks.isEmpty() ? null : text(feedbacks.get(0));
            var right = feedbacks.size() < 2 ? null : text(feedbacks.get(1));
            var explanation = general != null ? general : "The statement is " + (answer ? "true." : "false.");
            return new TrueFalse(
                    info(id, QuestionType.TRUE_FALSE, text, explanation, metadata),
                    answer,
                    answer ? right : wrong,
                    answer ? wrong : right);
        }
        if (body.startsWith("#")) {
            return numeric(id, text, general, body.substring(1).strip(), metadata);
        }
        var tokens = tokens(body);
        if (tokens.isEmpty()) {
            problems.add(new Problem(line, "gift.noAnswers", List.of()));
            return null;
        }
        boolean anyWrong = tokens.stream().anyMatch(t -> !t.right());
        boolean matching = !anyWrong && tokens.stream().allMatch(t -> t.text().contains("->"));
        if (matching) {
            var pairs = new ArrayList<Pair>();
            for (Token t : tokens) {
                int arrow = t.text().indexOf("->");
                pairs.add(new Pair(
                        "p" + (pairs.size() + 1),
                        text(t.text().substring(0, arrow)),
                        text(t.text().substring(arrow + 2))));
            }
            var explanation = general != null ? general : "Each item matches its partner as listed.";
            return new MatchingQuestion(info(id, QuestionType.MATCHING, text, explanation, metadata), pairs);
        }
        if (!anyWrong) {
            var accepted = tokens.stream().map(t -> unescape(t.text()).strip()).toList();
            var explanation = general != null ? general : "Accepted answer: " + accepted.getFirst() + ".";
            return new ShortAnswer(info(id, QuestionType.SHORT_ANSWER, text, explanation, metadata), accepted);
        }
        var choices = new ArrayList<Choice>();
        boolean weighted = tokens.stream().anyMatch(t -> t.weight() != null);
        for (Token t : tokens) {
            boolean correct = weighted ? t.weight() != null && t.weight().signum() > 0 : t.right();
            choices.add(new Choice(
                    String.valueOf((char) ('a' + Math.min(choices.size(), 25)))
                            + (choices.size() >= 26 ? choices.size() : ""),
                    text(t.text()),
                    correct,
                    t.feedback() == null ? null : text(t.feedback())));
        }
        long correct = choices.stream().filter(Choice::correct).count();
        var explanation = general != null
                ? general
                : "Correct: "
                        + choices.stream()
                                .filter(Choice::correct)
                                .map(c -> c.text().english())
                                .reduce((a, b) -> a + "; " + b)
                                .orElse("")
                        + ".";
        if (weighted && correct > 1) {
            return new MultipleChoice(info(id, QuestionType.MULTIPLE, text, explanation, metadata), choices);
        }
        return new SingleChoice(info(id, QuestionType.SINGLE, text, explanation, metadata), choices);
    }

    private NumericQuestion numeric(String id, String text, @Nullable String general, String body, Metadata metadata) {
        var first = body.startsWith("=") ? tokens(body).getFirst().text() : body;
        var hash = indexOfUnescaped(first, '#', 0);
        if (hash >= 0) {
            first = first.substring(0, hash);
        }
        first = first.strip();
        BigDecimal answer;
        BigDecimal tolerance;
        if (first.contains("..")) {
            var low = new BigDecimal(first.substring(0, first.indexOf("..")).strip());
            var high = new BigDecimal(first.substring(first.indexOf("..") + 2).strip());
            answer = low.add(high).divide(BigDecimal.TWO, 6, RoundingMode.HALF_UP);
            tolerance = high.subtract(low).abs().divide(BigDecimal.TWO, 6, RoundingMode.HALF_UP);
        } else if (first.contains(":")) {
            answer = new BigDecimal(first.substring(0, first.indexOf(':')).strip());
            tolerance = new BigDecimal(first.substring(first.indexOf(':') + 1).strip());
        } else {
            answer = new BigDecimal(first);
            tolerance = BigDecimal.ZERO;
        }
        var explanation = general != null
                ? general
                : "The answer is " + answer.stripTrailingZeros().toPlainString() + ".";
        return new NumericQuestion(
                info(id, QuestionType.NUMERIC, text, explanation, metadata), answer, tolerance, null);
    }

    private record Token(
            boolean right,
            @Nullable BigDecimal weight,
            String text,
            @Nullable String feedback) {}

    /** Splits "=a#fb ~%50%b ~c" into its answers; the mark before each says whether it is right. */
    private static List<Token> tokens(String body) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '=' && c != '~') {
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException("an answer must start with = or ~ near “"
                        + body.substring(i, Math.min(body.length(), i + 20)) + "”");
            }
            int end = i + 1;
            while (end < body.length()) {
                char d = body.charAt(end);
                if (d == '\\') {
                    end += 2;
                    continue;
                }
                // "->" in a matching pair is not an answer separator, nor "=" right after "-".
                if ((d == '=' || d == '~') && !(d == '=' && end > 0 && body.charAt(end - 1) == '-')) {
                    break;
                }
                end++;
            }
            var raw = body.substring(i + 1, Math.min(end, body.length())).strip();
            BigDecimal weight = null;
            var w = WEIGHT.matcher(raw);
            if (w.matches()) {
                weight = new BigDecimal(w.group(1));
                raw = w.group(2).strip();
            }
            String feedback = null;
            int hash = indexOfUnescaped(raw, '#', 0);
            if (hash >= 0) {
                feedback = raw.substring(hash + 1).strip();
                raw = raw.substring(0, hash).strip();
            }
            tokens.add(new Token(c == '=', weight, raw, feedback));
            i = end;
        }
        return tokens;
    }

    private QuestionInfo info(String id, QuestionType type, String text, String explanation, Metadata metadata) {
        var evidence = metadata.evidence().isEmpty() && defaultEvidence != null
                ? List.of(defaultEvidence)
                : metadata.evidence();
        return new QuestionInfo(
                id,
                type,
                LocalizedText.english(text),
                metadata.points(),
                LocalizedText.english(explanation),
                metadata.source(),
                evidence,
                metadata.tags());
    }

    private String uniqueId(@Nullable String title, String text) {
        var base = slug(title != null && !title.isBlank() ? title : text);
        if (base.isEmpty()) {
            base = "q";
        } else if (!Character.isLetter(base.charAt(0))) {
            base = "q-" + base;
        }
        var id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String text) {
        var slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug;
    }

    private static LocalizedText text(String gift) {
        return LocalizedText.english(unescape(stripFormat(gift.strip())).strip());
    }

    private static String stripFormat(String text) {
        return FORMAT.matcher(text).replaceFirst("");
    }

    private static int indexOfUnescaped(String text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        var parts = new ArrayList<String>();
        int from = 0;
        int at;
        while ((at = indexOfUnescaped(text, separator, from)) >= 0) {
            parts.add(text.substring(from, at));
            from = at + 1;
        }
        parts.add(text.substring(from));
        return parts;
    }

    static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                out.append(next == 'n' ? '\n' : next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? "\\n" : String.valueOf(c));
        }
        return out.toString();
    }

    /** What Orienta keeps in the comment before a question: evidence, tags, points, source. */
    private record Metadata(
            List<Evidence> evidence,
            List<String> tags,
            int points,
            @Nullable String source) {

        static @Nullable Metadata parse(@Nullable String comment, int line, List<Problem> problems) {
            var evidence = new ArrayList<Evidence>();
            var tags = new ArrayList<String>();
            int points = 1;
            String source = null;
            if (comment == null) {
                return new Metadata(evidence, tags, points, null);
            }
            for (String part : comment.split(";")) {
                var item = part.strip();
                if (item.isEmpty()) {
                    continue;
                }
                var space = item.indexOf(' ');
                var name = (space < 0 ? item : item.substring(0, space)).toLowerCase(Locale.ROOT);
                var value = space < 0 ? "" : item.substring(space + 1).strip();
                try {
                    switch (name) {
                        case "evidence" -> {
                            for (String claim : value.split("[,\\s]+")) {
                                var colon = claim.indexOf(':');
                                if (colon < 0) {
                                    throw new IllegalArgumentException(claim);
                                }
                                evidence.add(new Evidence(
                                        new CompetencyCode(claim.substring(0, colon)),
                                        Integer.parseInt(claim.substring(colon + 1))));
                            }
                        }
                        case "tags" -> {
                            for (String tag : value.split(",")) {
                                if (!tag.isBlank()) {
                                    tags.add(tag.strip());
                                }
                            }
                        }
                        case "points" -> points = Integer.parseInt(value);
                        case "source" -> source = value;
                        default -> throw new IllegalArgumentException(name);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line - 1, "gift.badMetadata", List.of(item)));
                    return null;
                }
            }
            return new Metadata(evidence, tags, points, source);
        }

        static String write(QuestionInfo info) {
            var parts = new ArrayList<String>();
            if (!info.evidence().isEmpty()) {
                parts.add("evidence "
                        + String.join(
                                " ",
                                info.evidence().stream()
                                        .map(e -> e.competency().value() + ":" + e.level())
                                        .toList()));
            }
            if (!info.tags().isEmpty()) {
                parts.add("tags " + String.join(", ", info.tags()));
            }
            if (info.points() != 1) {
                parts.add("points " + info.points());
            }
            if (info.source() != null) {
                parts.add("source " + info.source().replace(';', ','));
            }
            return parts.isEmpty() ? "" : "// orienta: " + String.join("; ", parts) + "\n";
        }
    }

    /** Writes the questions as GIFT; ordering questions, which GIFT cannot express, are left out and named. */
    public static Written write(List<Question> questions) {
        var out = new StringBuilder();
        var skippedIds = new ArrayList<String>();
        for (Question question : questions) {
            if (question instanceof OrderingQuestion) {
                skippedIds.add(question.id());
                continue;
            }
            out.append(Metadata.write(question.info()));
            out.append("::")
                    .append(escape(question.id()))
                    .append("::[markdown]")
                    .append(escape(question.info().text().english()))
                    .append(" {");
            switch (question) {
                case SingleChoice q ->
                    q.options()
                            .forEach(o -> out.append("\n\t")
                                    .append(o.correct() ? '=' : '~')
                                    .append(escape(o.text().english()))
                                    .append(feedback(o.feedback())));
                case MultipleChoice q -> {
                    long right = q.options().stream().filter(Choice::correct).count();
                    var share = BigDecimal.valueOf(100)
                            .divide(BigDecimal.valueOf(right), 5, RoundingMode.DOWN)
                            .stripTrailingZeros()
                            .toPlainString();
                    q.options()
                            .forEach(o -> out.append("\n\t~%")
                                    .append(o.correct() ? share : "-100")
                                    .append('%')
                                    .append(escape(o.text().english()))
                                    .append(feedback(o.feedback())));
                }
                case TrueFalse q -> {
                    var wrong = q.answer() ? q.feedbackFalse() : q.feedbackTrue();
                    var right = q.answer() ? q.feedbackTrue() : q.feedbackFalse();
                    out.append(q.answer() ? "TRUE" : "FALSE");
                    if (wrong != null || right != null) {
                        out.append('#').append(wrong == null ? "" : escape(wrong.english()));
                        out.append('#').append(right == null ? "" : escape(right.english()));
                    }
                }
                case NumericQuestion q ->
                    out.append('#')
                            .append(q.answer().toPlainString())
                            .append(':')
                            .append(q.tolerance().toPlainString());
                case MatchingQuestion q ->
                    q.pairs()
                            .forEach(p -> out.append("\n\t=")
                                    .append(escape(p.left().english()))
                                    .append(" -> ")
                                    .append(escape(p.right().english())));
                case ShortAnswer q ->
                    q.accepted().forEach(a -> out.append("\n\t=").append(escape(a)));
                case OrderingQuestion q -> throw new IllegalStateException("skipped above");
            }
            out.append("\n\t####")
                    .append(escape(question.info().explanation().english()))
                    .append("\n}\n\n");
        }
        return new Written(out.toString(), skippedIds);
    }

    private static String feedback(@Nullable LocalizedText feedback) {
        return feedback == null ? "" : "#" + escape(feedback.english());
    }
}
