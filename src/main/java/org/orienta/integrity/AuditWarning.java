package org.orienta.integrity;

import java.util.List;
import org.orienta.base.yaml.Position;

/**
 * One thing in an item that lets a trainee score without the competence it should show, where it is
 * (file relative to the content folder), and what to do about it as an i18n message.
 */
public record AuditWarning(String file, Position position, AuditRule rule, String messageKey, List<Object> arguments)
        implements Comparable<AuditWarning> {

    public AuditWarning {
        arguments = List.copyOf(arguments);
    }

    /** The message in English, for the command line. */
    public String english() {
        return AuditMessages.english(messageKey, arguments.toArray());
    }

    @Override
    public int compareTo(AuditWarning o) {
        int byFile = file.compareTo(o.file);
        return byFile != 0 ? byFile : position.compareTo(o.position);
    }
}
