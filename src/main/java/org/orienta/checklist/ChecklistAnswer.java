package org.orienta.checklist;

import java.util.Optional;
import org.orienta.competency.Evidence;

/**
 * The one answer scale every behaviour is observed on. What an answer says about the behaviour's
 * competencies is fixed here, so every checklist turns into evidence the same way (ADR 0039).
 */
public enum ChecklistAnswer {
    DONE,
    PARTLY,
    NOT_DONE,
    NOT_OBSERVED;

    /**
     * The level an answer shows for a behaviour that, done, shows {@code claim}: done shows the claim,
     * partly one level lower, not done the lowest level; not observed shows nothing.
     */
    public Optional<Evidence> evidence(Evidence claim) {
        return switch (this) {
            case DONE -> Optional.of(claim);
            case PARTLY ->
                Optional.of(new Evidence(claim.competency(), Math.max(Evidence.MIN_LEVEL, claim.level() - 1)));
            case NOT_DONE -> Optional.of(new Evidence(claim.competency(), Evidence.MIN_LEVEL));
            case NOT_OBSERVED -> Optional.empty();
        };
    }
}
