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
import org.orienta.base.yaml.Fields;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.quiz.Question.Choice;
import org.orienta.quiz.Question.MatchingQuestion;
import org.orienta.quiz.Question.MultipleChoice;
import org.orienta.quiz.Question.NumericQuestion;
import org.orienta.quiz.Question.NumericResponse;
import org.orienta.quiz.Question.OrderingQuestion;
import org.orienta.quiz.Question.Pair;
import org.orienta.quiz.Question.QuestionInfo;
import org.orienta.quiz.Question.ShortAnswer;
import org.orienta.quiz.Question.SingleChoice;
import org.orienta.quiz.Question.TextResponse;
import org.orienta.quiz.Question.TrueFalse;

/**
 * Moodle's GIFT format, read and written. GIFT carries no competency evidence, so Orienta keeps it in a
 * comment line before each question ({@code // orienta: evidence CO4:3; tags a, b; points 2}); Moodle
 * ignores comments, so files stay valid for Moodle both ways. Types GIFT has and Orienta has not
 * (essay, description) are skipped and reported; Orienta's ordering questions have no GIFT form.
 *
 * <p>Moodle's features are kept: question names, option weights (negative ones too), further short and
 * numeric answers with their own credit and feedback, {@code *} as the catch-all answer, matching
 * distractors, text after the answers, and the {@code [html]}, {@code [moodle]}, {@code [plain]} and
 * {@code [markdown]} markers, each turned into Orienta's Markdown (never raw HTML).
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
    private static final Pattern WEIGHT = Pattern.compile("%\\s*(-?\\d+(?:\\.\\d+)?)\\s*%(.*)", Pattern.DOTALL);
    private static final Pattern FORMAT =
            Pattern.compile("^\\s*\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String BLANK = "_____";

    /** A problem in the answers, in words: a message key with its arguments. */
    private static final class Unreadable extends RuntimeException {

        private final String key;
        private final List<Object> arguments;

        Unreadable(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = List.of(arguments);
        }
    }

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
            // Moodle drops comment lines wherever they are, inside the answers too.
            if (trimmed.startsWith("//")) {
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
        // The question text's format marker applies to all of its text, before and after the answers.
        var before = text.substring(0, open).strip();
        var format = FORMAT.matcher(before);
        String marker = null;
        if (format.find()) {
            marker = format.group(1).toLowerCase(Locale.ROOT);
            before = before.substring(format.end()).strip();
        }
        var rest = text.substring(close + 1);
        var after = rest.strip();
        var body = text.substring(open + 1, close).strip();
        String questionText;
        LocalizedText textAfter = null;
        // Moodle's missing-word form: the sentence goes on after the answers on the same line.
        boolean missingWord = !after.isEmpty()
                && !before.isEmpty()
                && !rest.substring(0, rest.indexOf(after.charAt(0))).contains("\n")
                && Character.isLetterOrDigit(after.codePointAt(0));
        if (missingWord) {
            questionText = markdown(marker, before + " " + BLANK + " " + after);
        } else {
            questionText = markdown(marker, before);
            if (!after.isEmpty()) {
                textAfter = LocalizedText.english(markdown(marker, after));
            }
        }
        if (questionText.isEmpty()) {
            problems.add(new Problem(line, "gift.noText", List.of()));
            return;
        }
        String general = null;
        int generalAt = body.indexOf("####");
        if (generalAt >= 0) {
            general = markdown(body.substring(generalAt + 4));
            body = body.substring(0, generalAt).strip();
        }
        var metadata = Metadata.parse(meta, line, problems);
        if (metadata == null) {
            return;
        }
        var id = metadata.id() != null && !ids.contains(metadata.id()) ? metadata.id() : uniqueId(title, questionText);
        // A name that is only the id adds nothing; a Moodle name ("2-08 TSL") is kept for the export.
        var keptTitle = title == null || title.isEmpty() || title.equals(id) ? null : title;
        var info = new QuestionInfo(
                id,
                QuestionType.SINGLE,
                LocalizedText.english(questionText),
                metadata.points(),
                LocalizedText.english(general == null ? "" : general),
                metadata.source(),
                metadata.evidence().isEmpty() && defaultEvidence != null
                        ? List.of(defaultEvidence)
                        : metadata.evidence(),
                metadata.tags(),
                null,
                true,
                null,
                keptTitle == null ? null : LocalizedText.english(keptTitle),
                textAfter);
        Question question;
        try {
            question = answers(info, body, metadata, line);
        } catch (Unreadable e) {
            problems.add(new Problem(line, e.key, e.arguments));
            return;
        }
        if (question != null) {
            if (general == null) {
                question = withInfo(question, withExplanation(question.info(), invented(question)));
            }
            ids.add(id);
            questions.add(question);
        }
    }

    private @Nullable Question answers(QuestionInfo info, String body, Metadata metadata, int line) {
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
            // GIFT gives the feedback for a wrong answer first, then for the right one.
            var wrong = feedbacks.isEmpty() || feedbacks.get(0).isBlank() ? null : text(feedbacks.get(0));
            var right = feedbacks.size() < 2 || feedbacks.get(1).isBlank() ? null : text(feedbacks.get(1));
            return new TrueFalse(
                    typed(info, QuestionType.TRUE_FALSE), answer, answer ? right : wrong, answer ? wrong : right);
        }
        if (body.startsWith("#")) {
            return numeric(typed(info, QuestionType.NUMERIC), body.substring(1).strip(), metadata);
        }
        var tokens = tokens(body);
        if (tokens.isEmpty()) {
            problems.add(new Problem(line, "gift.noAnswers", List.of()));
            return null;
        }
        boolean anyWrong = tokens.stream().anyMatch(t -> !t.right());
        if (!anyWrong && tokens.stream().anyMatch(t -> t.text().contains("->"))) {
            return matching(typed(info, QuestionType.MATCHING), tokens);
        }
        if (!anyWrong) {
            return shortAnswer(typed(info, QuestionType.SHORT_ANSWER), tokens);
        }
        // Moodle: with an "=" answer one option is right (others may earn part); without, several may be.
        boolean single = tokens.stream().anyMatch(Token::right);
        boolean weighted = tokens.stream().anyMatch(t -> t.weight() != null);
        var choices = new ArrayList<Choice>();
        for (Token t : tokens) {
            var id = optionId(choices.size());
            var feedback = t.feedback() == null ? null : text(t.feedback());
            if (single) {
                choices.add(new Choice(id, text(t.text()), t.right(), feedback, false, t.right() ? null : t.weight()));
            } else {
                var weight = t.weight() == null ? BigDecimal.ZERO : t.weight();
                choices.add(new Choice(
                        id,
                        text(t.text()),
                        weight.signum() > 0,
                        feedback,
                        false,
                        weighted && !metadata.allOrNothing() ? weight : null));
            }
        }
        if (!single && weighted) {
            return new MultipleChoice(typed(info, QuestionType.MULTIPLE), choices);
        }
        if (!single) {
            throw new Unreadable("gift.noRightOption");
        }
        return new SingleChoice(typed(info, QuestionType.SINGLE), choices);
    }

    private static String optionId(int index) {
        return String.valueOf((char) ('a' + Math.min(index, 25))) + (index >= 26 ? index : "");
    }

    private static MatchingQuestion matching(QuestionInfo info, List<Token> tokens) {
        var pairs = new ArrayList<Pair>();
        var distractors = new ArrayList<LocalizedText>();
        for (Token t : tokens) {
            int arrow = t.text().indexOf("->");
            if (arrow < 0) {
                throw new Unreadable("gift.matchingWithoutArrow", snippet(t.text()));
            }
            var left = t.text().substring(0, arrow).strip();
            var right = text(t.text().substring(arrow + 2));
            if (right.english().isEmpty()) {
                throw new Unreadable("gift.matchingWithoutRight", snippet(t.text()));
            }
            // "= -> Chat": a right-hand side that matches nothing.
            if (left.isEmpty()) {
                distractors.add(right);
            } else {
                pairs.add(new Pair("p" + (pairs.size() + 1), text(left), right));
            }
        }
        return new MatchingQuestion(info, pairs, distractors);
    }

    private static ShortAnswer shortAnswer(QuestionInfo info, List<Token> tokens) {
        var accepted = new ArrayList<LocalizedText>();
        var responses = new ArrayList<TextResponse>();
        for (Token t : tokens) {
            // Short answers are compared as typed, so they keep no formatting.
            var answer = stripFormat(unescape(t.text())).strip();
            if (answer.isEmpty()) {
                throw new Unreadable("gift.emptyAnswer");
            }
            if (t.weight() == null && t.feedback() == null) {
                accepted.add(LocalizedText.english(answer));
            } else {
                var credit = t.weight() == null ? HUNDRED : t.weight();
                if (credit.signum() < 0 || credit.compareTo(HUNDRED) > 0) {
                    throw new Unreadable("gift.creditRange", credit.toPlainString());
                }
                responses.add(new TextResponse(
                        LocalizedText.english(answer), credit, t.feedback() == null ? null : text(t.feedback())));
            }
        }
        return new ShortAnswer(info, accepted, responses);
    }

    private NumericQuestion numeric(QuestionInfo info, String body, Metadata metadata) {
        // "#3:2" is one answer; "#=3:2#Right =%50%3:4 ~#Wrong" several, as are "#3:2 ~#Wrong".
        var tokens = tokens(body.startsWith("=") || body.startsWith("~") ? body : "=" + body);
        // The first fully credited range is the answer: its value and tolerance.
        BigDecimal @Nullable [] answer = null;
        LocalizedText feedback = null;
        var responses = new ArrayList<NumericResponse>();
        for (Token t : tokens) {
            var said = t.feedback() == null ? null : text(t.feedback());
            var credit = t.weight() != null ? t.weight() : t.right() ? HUNDRED : BigDecimal.ZERO;
            if (credit.signum() < 0 || credit.compareTo(HUNDRED) > 0) {
                throw new Unreadable("gift.creditRange", credit.toPlainString());
            }
            var written = unescape(t.text()).strip();
            if (written.isEmpty() || written.equals("*")) {
                if (t.right() && t.weight() == null) {
                    throw new Unreadable("gift.numberMissing");
                }
                responses.add(new NumericResponse(null, BigDecimal.ZERO, credit, said));
                continue;
            }
            var range = range(written);
            if (answer == null && credit.compareTo(HUNDRED) == 0) {
                answer = range;
                feedback = said;
            } else {
                responses.add(new NumericResponse(range[0], range[1], credit, said));
            }
        }
        if (answer == null) {
            throw new Unreadable("gift.numberMissing");
        }
        return new NumericQuestion(
                info,
                answer[0],
                answer[1],
                metadata.unit() == null ? null : LocalizedText.english(metadata.unit()),
                feedback,
                responses);
    }

    /** "3:2", "1..5" or "3" as the answer and its tolerance. */
    private static BigDecimal[] range(String written) {
        if (written.contains("..")) {
            var low = number(written.substring(0, written.indexOf("..")));
            var high = number(written.substring(written.indexOf("..") + 2));
            return new BigDecimal[] {
                low.add(high).divide(BigDecimal.TWO, 6, RoundingMode.HALF_UP),
                high.subtract(low).abs().divide(BigDecimal.TWO, 6, RoundingMode.HALF_UP)
            };
        }
        int colon = written.indexOf(':');
        if (colon >= 0) {
            return new BigDecimal[] {
                number(written.substring(0, colon)),
                number(written.substring(colon + 1)).abs()
            };
        }
        return new BigDecimal[] {number(written), BigDecimal.ZERO};
    }

    private static BigDecimal number(String written) {
        var plain = written.strip();
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new Unreadable("gift.notANumber", snippet(plain));
        }
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
                throw new Unreadable("gift.answerMark", snippet(body.substring(i)));
            }
            int end = i + 1;
            while (end < body.length()) {
                char d = body.charAt(end);
                if (d == '\\') {
                    end += 2;
                    continue;
                }
                if (d == '=' || d == '~') {
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

    private static String snippet(String text) {
        var line = text.strip().lines().findFirst().orElse("");
        return line.length() > 30 ? line.substring(0, 30) + "…" : line;
    }

    private static QuestionInfo typed(QuestionInfo info, QuestionType type) {
        return new QuestionInfo(
                info.id(),
                type,
                info.text(),
                info.points(),
                info.explanation(),
                info.source(),
                info.evidence(),
                info.tags(),
                info.group(),
                info.shuffleOptions(),
                info.shuffleReason(),
                info.title(),
                info.textAfter());
    }

    private static QuestionInfo withExplanation(QuestionInfo info, String explanation) {
        return new QuestionInfo(
                info.id(),
                info.type(),
                info.text(),
                info.points(),
                LocalizedText.english(explanation),
                info.source(),
                info.evidence(),
                info.tags(),
                info.group(),
                info.shuffleOptions(),
                info.shuffleReason(),
                info.title(),
                info.textAfter());
    }

    private static Question withInfo(Question question, QuestionInfo info) {
        return switch (question) {
            case SingleChoice q -> new SingleChoice(info, q.options());
            case MultipleChoice q -> new MultipleChoice(info, q.options());
            case TrueFalse q -> new TrueFalse(info, q.answer(), q.feedbackTrue(), q.feedbackFalse());
            case NumericQuestion q ->
                new NumericQuestion(info, q.answer(), q.tolerance(), q.unit(), q.feedback(), q.responses());
            case MatchingQuestion q -> new MatchingQuestion(info, q.pairs(), q.distractors());
            case OrderingQuestion q -> new OrderingQuestion(info, q.items());
            case ShortAnswer q -> new ShortAnswer(info, q.accepted(), q.responses());
        };
    }

    /**
     * The explanation an import gives a question that has no general feedback (every Orienta question
     * has one). The export leaves it out again, so that a round trip invents no general feedback.
     */
    static String invented(Question question) {
        return switch (question) {
            case TrueFalse q -> "The statement is " + (q.answer() ? "true." : "false.");
            case NumericQuestion q -> "The answer is " + q.answer().toPlainString() + ".";
            case MatchingQuestion q -> "Each item matches its partner as listed.";
            case ShortAnswer q ->
                "Accepted answer: "
                        + (q.accepted().isEmpty()
                                ? q.responses().stream()
                                        .filter(r -> r.credit().compareTo(HUNDRED) == 0)
                                        .map(r -> r.text().english())
                                        .findFirst()
                                        .orElse("")
                                : q.accepted().getFirst().english())
                        + ".";
            case SingleChoice q -> correct(q.options());
            case MultipleChoice q -> correct(q.options());
            case OrderingQuestion q -> "";
        };
    }

    private static String correct(List<Choice> options) {
        return "Correct: "
                + options.stream()
                        .filter(Choice::correct)
                        .map(c -> c.text().english())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("")
                + ".";
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
        return LocalizedText.english(markdown(gift));
    }

    /** GIFT text, with or without a format marker, as Orienta's Markdown. */
    static String markdown(String gift) {
        var text = gift.strip();
        var format = FORMAT.matcher(text);
        if (format.find()) {
            return markdown(format.group(1).toLowerCase(Locale.ROOT), text.substring(format.end()));
        }
        return markdown(null, text);
    }

    /**
     * @param marker the format: html and moodle are converted from HTML, plain is escaped; without one,
     *     text with HTML tags is read as HTML (Moodle's default) and the rest as Markdown
     */
    static String markdown(@Nullable String marker, String gift) {
        var text = unescape(gift).strip();
        var format = marker == null ? (HTML_TAG.matcher(text).find() ? "html" : "markdown") : marker;
        return switch (format) {
            case "html" -> HtmlToMarkdown.convert(text, false);
            case "moodle" -> HtmlToMarkdown.convert(text, true);
            case "plain" -> HtmlToMarkdown.escape(text);
            default -> text;
        };
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
                if ("~=#{}:\\n".indexOf(next) >= 0) {
                    out.append(next == 'n' ? '\n' : next);
                    i++;
                } else {
                    // Not a GIFT escape: a Markdown one ("\*"), kept as written.
                    out.append(c);
                }
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

    /** What Orienta keeps in the comment before a question: id, evidence, tags, points, source, unit. */
    private record Metadata(
            @Nullable String id,
            List<Evidence> evidence,
            List<String> tags,
            int points,
            @Nullable String source,
            @Nullable String unit,
            boolean allOrNothing) {

        static @Nullable Metadata parse(@Nullable String comment, int line, List<Problem> problems) {
            var evidence = new ArrayList<Evidence>();
            var tags = new ArrayList<String>();
            int points = 1;
            String id = null;
            String source = null;
            String unit = null;
            boolean allOrNothing = false;
            if (comment == null) {
                return new Metadata(null, evidence, tags, points, null, null, false);
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
                        case "id" -> {
                            if (!Fields.ID.matcher(value).matches()) {
                                throw new IllegalArgumentException(value);
                            }
                            id = value;
                        }
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
                        case "unit" -> unit = value;
                        case "all-or-nothing" -> allOrNothing = true;
                        default -> throw new IllegalArgumentException(name);
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line - 1, "gift.badMetadata", List.of(item)));
                    return null;
                }
            }
            return new Metadata(id, evidence, tags, points, source, unit, allOrNothing);
        }

        static String write(Question question) {
            var info = question.info();
            var parts = new ArrayList<String>();
            // The id only where the name would not give it back.
            if (info.title() != null) {
                parts.add("id " + info.id());
            }
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
            if (question instanceof NumericQuestion q && q.unit() != null) {
                parts.add("unit " + q.unit().english().replace(';', ','));
            }
            // Moodle scores several right options by weights; Orienta's own are all or nothing.
            if (question instanceof MultipleChoice q && !QuizScoring.weighted(q.options())) {
                parts.add("all-or-nothing");
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
            var info = question.info();
            out.append(Metadata.write(question));
            out.append("::")
                    .append(escape(info.title() != null ? info.title().english() : info.id()))
                    .append("::[markdown]")
                    .append(escape(info.text().english()))
                    .append(" {");
            switch (question) {
                case SingleChoice q ->
                    q.options().forEach(o -> {
                        out.append("\n\t").append(o.correct() ? '=' : '~');
                        if (!o.correct() && o.weight() != null) {
                            out.append(weight(o.weight()));
                        }
                        out.append(escape(o.text().english())).append(feedback(o.feedback()));
                    });
                case MultipleChoice q -> {
                    long right = q.options().stream().filter(Choice::correct).count();
                    var share = BigDecimal.valueOf(100)
                            .divide(BigDecimal.valueOf(Math.max(1, right)), 5, RoundingMode.DOWN);
                    boolean weighted = QuizScoring.weighted(q.options());
                    q.options()
                            .forEach(o -> out.append("\n\t~")
                                    .append(weight(
                                            weighted
                                                    ? (o.weight() == null ? BigDecimal.ZERO : o.weight())
                                                    : o.correct() ? share : HUNDRED.negate()))
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
                case NumericQuestion q -> {
                    out.append('#');
                    if (q.feedback() == null && q.responses().isEmpty()) {
                        out.append(numeric(q.answer(), q.tolerance()));
                    } else {
                        out.append("\n\t=")
                                .append(numeric(q.answer(), q.tolerance()))
                                .append(feedback(q.feedback()));
                        for (var r : q.responses()) {
                            if (r.value() == null) {
                                out.append("\n\t~")
                                        .append(r.credit().signum() == 0 ? "" : weight(r.credit()))
                                        .append(r.feedback() == null ? "#" : feedback(r.feedback()));
                            } else {
                                out.append("\n\t=")
                                        .append(weight(r.credit()))
                                        .append(numeric(r.value(), r.tolerance()))
                                        .append(feedback(r.feedback()));
                            }
                        }
                    }
                }
                case MatchingQuestion q -> {
                    q.pairs()
                            .forEach(p -> out.append("\n\t=")
                                    .append(escape(p.left().english()))
                                    .append(" -> ")
                                    .append(escape(p.right().english())));
                    q.distractors().forEach(d -> out.append("\n\t= -> ").append(escape(d.english())));
                }
                case ShortAnswer q -> {
                    q.accepted().forEach(a -> out.append("\n\t=").append(escape(a.english())));
                    q.responses()
                            .forEach(r -> out.append("\n\t=")
                                    .append(weight(r.credit()))
                                    .append(escape(r.text().english()))
                                    .append(feedback(r.feedback())));
                }
                case OrderingQuestion q -> throw new IllegalStateException("skipped above");
            }
            if (!info.explanation().english().equals(invented(question))) {
                out.append("\n\t####").append(escape(info.explanation().english()));
            }
            out.append("\n}\n");
            if (info.textAfter() != null) {
                out.append(escape(info.textAfter().english())).append('\n');
            }
            out.append('\n');
        }
        return new Written(out.toString(), skippedIds);
    }

    private static String weight(BigDecimal weight) {
        return "%" + weight.stripTrailingZeros().toPlainString() + "%";
    }

    private static String numeric(BigDecimal answer, BigDecimal tolerance) {
        return answer.stripTrailingZeros().toPlainString() + ":"
                + tolerance.stripTrailingZeros().toPlainString();
    }

    private static String feedback(@Nullable LocalizedText feedback) {
        return feedback == null ? "" : "#" + escape(feedback.english());
    }
}
