package org.orienta.competency;

/**
 * What a choice or an answer demonstrates: a competency at a level of the four-level scale
 * (1 Below standard, 2 Standard, 3 Professional, 4 WOW / role model).
 */
public record Evidence(CompetencyCode competency, int level) {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;

    public Evidence {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("a level is between 1 and 4, not " + level);
        }
    }
}
