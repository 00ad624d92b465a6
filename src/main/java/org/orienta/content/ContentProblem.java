package org.orienta.content;

import java.util.List;
import org.orienta.base.yaml.Position;

/** Something wrong in a content file, where it is, and what to do about it (as an i18n message). */
public record ContentProblem(String file, Position position, String messageKey, List<Object> arguments, String field)
        implements Comparable<ContentProblem> {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    /** A problem found while reading, before any field path is known. */
    public ContentProblem(String file, Position position, String messageKey, List<Object> arguments) {
        this(file, position, messageKey, arguments, "");
    }

    /** The node of a scenario the problem is about ("nodes/dp-1/options/greet/next" is about dp-1), if any. */
    public java.util.Optional<String> node() {
        var parts = field.split("/");
        return parts.length >= 2 && parts[0].equals("nodes")
                ? java.util.Optional.of(parts[1])
                : java.util.Optional.empty();
    }

    /** "scenarios/rp-01.yaml:12:5: This points to the node “x”, which does not exist." */
    public String describe() {
        return file + ":" + position + ": " + Messages.english(messageKey, arguments.toArray());
    }

    @Override
    public int compareTo(ContentProblem o) {
        int byFile = file.compareTo(o.file);
        return byFile != 0 ? byFile : position.compareTo(o.position);
    }
}
