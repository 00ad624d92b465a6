package org.orienta.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A condition on the scenario state, such as {@code mood <= 2 or (poor >= 1 and not good >= 3)}:
 * comparisons of {@code mood} or a counter with a whole number, or of a drawn name with one of its
 * values ({@code dislike == noise}, {@code dislike != waiting}), combined with and, or, not and
 * parentheses. Parsed once; evaluated at every step.
 */
public final class Condition {

    private final String source;
    private final Expression expression;

    private Condition(String source, Expression expression) {
        this.source = source;
        this.expression = expression;
    }

    public static Condition parse(String source) throws ConditionSyntaxException {
        var parser = new Parser(source);
        var expression = parser.or();
        parser.expectEnd();
        return new Condition(source.strip(), expression);
    }

    public boolean test(ScenarioState state) {
        return expression.test(state);
    }

    /** The names the condition reads: mood, counters and drawn names. */
    public Set<String> names() {
        var names = new TreeSet<String>();
        expression.collect(names);
        return names;
    }

    /** Every comparison in the condition, in the order written, for the rules to check against the scenario. */
    public List<Term> terms() {
        var terms = new ArrayList<Term>();
        expression.terms(terms);
        return terms;
    }

    /**
     * One comparison: a name with a whole number ({@code word} null) or with a word ({@code number} null).
     */
    public record Term(
            String name,
            String operator,
            @Nullable Integer number,
            @Nullable String word) {}

    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    /** Thrown for a condition that does not follow the grammar; {@code column} is 1-based. */
    public static final class ConditionSyntaxException extends Exception {

        private final int column;

        ConditionSyntaxException(String message, int column) {
            super(message);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private sealed interface Expression {

        boolean test(ScenarioState state);

        void collect(Set<String> names);

        void terms(List<Term> terms);
    }

    private record Comparison(String name, String operator, int value) implements Expression {

        @Override
        public boolean test(ScenarioState state) {
            int actual = state.value(name);
            return switch (operator) {
                case "<" -> actual < value;
                case "<=" -> actual <= value;
                case ">" -> actual > value;
                case ">=" -> actual >= value;
                case "==" -> actual == value;
                case "!=" -> actual != value;
                default -> throw new IllegalStateException(operator);
            };
        }

        @Override
        public void collect(Set<String> names) {
            names.add(name);
        }

        @Override
        public void terms(List<Term> terms) {
            terms.add(new Term(name, operator, value, null));
        }
    }

    /** A drawn name compared with one of its values; equal or not equal are the only comparisons. */
    private record Match(String name, boolean equal, String value) implements Expression {

        @Override
        public boolean test(ScenarioState state) {
            return state.drawn(name).equals(value) == equal;
        }

        @Override
        public void collect(Set<String> names) {
            names.add(name);
        }

        @Override
        public void terms(List<Term> terms) {
            terms.add(new Term(name, equal ? "==" : "!=", null, value));
        }
    }

    private record And(Expression left, Expression right) implements Expression {

        @Override
        public boolean test(ScenarioState state) {
            return left.test(state) && right.test(state);
        }

        @Override
        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }

        @Override
        public void terms(List<Term> terms) {
            left.terms(terms);
            right.terms(terms);
        }
    }

    private record Or(Expression left, Expression right) implements Expression {

        @Override
        public boolean test(ScenarioState state) {
            return left.test(state) || right.test(state);
        }

        @Override
        public void collect(Set<String> names) {
            left.collect(names);
            right.collect(names);
        }

        @Override
        public void terms(List<Term> terms) {
            left.terms(terms);
            right.terms(terms);
        }
    }

    private record Not(Expression inner) implements Expression {

        @Override
        public boolean test(ScenarioState state) {
            return !inner.test(state);
        }

        @Override
        public void collect(Set<String> names) {
            inner.collect(names);
        }

        @Override
        public void terms(List<Term> terms) {
            inner.terms(terms);
        }
    }

    private record Token(String text, int column) {}

    private static final class Parser {

        private final List<Token> tokens = new ArrayList<>();
        private int next;

        Parser(String source) throws ConditionSyntaxException {
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetter(c)) {
                    int start = i;
                    while (i < source.length()
                            && (Character.isLetterOrDigit(source.charAt(i))
                                    || source.charAt(i) == '_'
                                    || source.charAt(i) == '-')) {
                        i++;
                    }
                    tokens.add(new Token(source.substring(start, i), start + 1));
                } else if (Character.isDigit(c)
                        || (c == '-' && i + 1 < source.length() && Character.isDigit(source.charAt(i + 1)))) {
                    int start = i++;
                    while (i < source.length() && Character.isDigit(source.charAt(i))) {
                        i++;
                    }
                    tokens.add(new Token(source.substring(start, i), start + 1));
                } else if ("<>=!".indexOf(c) >= 0) {
                    int start = i++;
                    if (i < source.length() && source.charAt(i) == '=') {
                        i++;
                    }
                    var op = source.substring(start, i);
                    if (op.equals("=") || op.equals("!")) {
                        throw new ConditionSyntaxException(
                                "“" + op + "” is no comparison; use ==, !=, <, <=, > or >=", start + 1);
                    }
                    tokens.add(new Token(op, start + 1));
                } else if (c == '(' || c == ')') {
                    tokens.add(new Token(String.valueOf(c), i + 1));
                    i++;
                } else {
                    throw new ConditionSyntaxException("unexpected character “" + c + "”", i + 1);
                }
            }
            if (tokens.isEmpty()) {
                throw new ConditionSyntaxException("the condition is empty", 1);
            }
        }

        Expression or() throws ConditionSyntaxException {
            var left = and();
            while (peek("or")) {
                next++;
                left = new Or(left, and());
            }
            return left;
        }

        private Expression and() throws ConditionSyntaxException {
            var left = not();
            while (peek("and")) {
                next++;
                left = new And(left, not());
            }
            return left;
        }

        private Expression not() throws ConditionSyntaxException {
            if (peek("not")) {
                next++;
                return new Not(not());
            }
            if (peek("(")) {
                next++;
                var inner = or();
                if (!peek(")")) {
                    throw new ConditionSyntaxException("a “(” is not closed", column());
                }
                next++;
                return inner;
            }
            return comparison();
        }

        private Expression comparison() throws ConditionSyntaxException {
            var name = take("a name such as mood");
            if (!Character.isLetter(name.text().charAt(0))
                    || Set.of("and", "or", "not").contains(name.text())) {
                throw new ConditionSyntaxException(
                        "expected a name such as mood, found “" + name.text() + "”", name.column());
            }
            var operator = take("a comparison such as <=");
            if (!Set.of("<", "<=", ">", ">=", "==", "!=").contains(operator.text())) {
                throw new ConditionSyntaxException(
                        "expected a comparison (<, <=, >, >=, ==, !=) after “" + name.text() + "”, found “"
                                + operator.text() + "”",
                        operator.column());
            }
            var number = take("a whole number or a value");
            if (Character.isLetter(number.text().charAt(0))) {
                if (!operator.text().equals("==") && !operator.text().equals("!=")) {
                    throw new ConditionSyntaxException(
                            "a value such as “" + number.text() + "” can only be compared with == or !=",
                            operator.column());
                }
                if (Set.of("and", "or", "not").contains(number.text())) {
                    throw new ConditionSyntaxException(
                            "expected a whole number or a value, found “" + number.text() + "”", number.column());
                }
                return new Match(name.text(), operator.text().equals("=="), number.text());
            }
            try {
                return new Comparison(name.text(), operator.text(), Integer.parseInt(number.text()));
            } catch (NumberFormatException e) {
                throw new ConditionSyntaxException(
                        "expected a whole number or a value, found “" + number.text() + "”", number.column());
            }
        }

        void expectEnd() throws ConditionSyntaxException {
            if (next < tokens.size()) {
                var extra = tokens.get(next);
                throw new ConditionSyntaxException(
                        "unexpected “" + extra.text() + "”; join conditions with and/or", extra.column());
            }
        }

        private boolean peek(String text) {
            return next < tokens.size() && tokens.get(next).text().equals(text);
        }

        private Token take(String expected) throws ConditionSyntaxException {
            if (next >= tokens.size()) {
                throw new ConditionSyntaxException("the condition ends where " + expected + " was expected", column());
            }
            return tokens.get(next++);
        }

        private int column() {
            if (next < tokens.size()) {
                return tokens.get(next).column();
            }
            var last = tokens.getLast();
            return last.column() + last.text().length();
        }
    }
}
