package org.orienta.authoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A saved draft and what stands between it and publishing: {@code problems} the importer would refuse
 * (template text left as it was included), {@code warnings} from the assessment-integrity audit.
 */
public record DraftState(
        ContentKind kind,
        String key,
        String title,
        int problems,
        int warnings,
        @Nullable String updatedBy,
        Instant updatedAt) {

    public boolean needsWork() {
        return problems > 0 || warnings > 0;
    }
}
