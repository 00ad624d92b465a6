package org.orienta.content;

import java.util.List;
import org.orienta.base.yaml.Position;

/** Something wrong in a content file, where it is, and what to do about it (as an i18n message). */
public record ContentProblem(String file, Position position, String messageKey, List<Object> arguments)
        implements Comparable<ContentProblem> {

    public ContentProblem {
        arguments = List.copyOf(arguments);
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
