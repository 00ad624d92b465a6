package org.orienta.base.yaml;

/** The file is not YAML Orienta will read; nothing of it was used. */
public class YamlSyntaxException extends Exception {

    private final transient YamlProblem problem;

    public YamlSyntaxException(YamlProblem problem) {
        super(problem.messageKey() + " at " + problem.position() + " " + problem.arguments());
        this.problem = problem;
    }

    public YamlProblem problem() {
        return problem;
    }
}
