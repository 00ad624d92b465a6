package org.orienta.progress.assignment;

/** Who an assignment is for: named people, everyone in a department, or everyone in a job role. */
public enum AssignmentTarget {
    PEOPLE,
    DEPARTMENT,
    JOB_ROLE
}
