package org.orienta.facilitation;

/** Whether a participant came: not yet marked, present or absent. */
public enum Attendance {
    UNMARKED,
    PRESENT,
    ABSENT
}
