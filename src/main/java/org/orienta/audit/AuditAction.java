package org.orienta.audit;

/** What can be audited, each of one type so that the audit page can show one kind of action at a time. */
public enum AuditAction {
    SIGN_IN(Type.ACCESS),
    SIGN_IN_FAILED(Type.ACCESS),
    SIGN_IN_THROTTLED(Type.ACCESS),
    SIGN_OUT(Type.ACCESS),
    PERSON_CREATED(Type.PEOPLE),
    PERSON_UPDATED(Type.PEOPLE),
    PERSON_ENABLED(Type.PEOPLE),
    PERSON_DISABLED(Type.PEOPLE),
    PASSWORD_RESET(Type.PEOPLE),
    PASSWORD_CHANGED(Type.PEOPLE),
    PEOPLE_IMPORTED(Type.PEOPLE),
    ORGANISATION_CHANGED(Type.PEOPLE),
    PERSON_ERASED(Type.PEOPLE),
    CONTENT_IMPORTED(Type.CONTENT),
    CONTENT_PUBLISHED(Type.CONTENT),
    CONTENT_ARCHIVED(Type.CONTENT),
    CONTENT_RESTORED(Type.CONTENT),
    CONTENT_EXPORTED(Type.CONTENT),
    ASSIGNMENT_CREATED(Type.ASSIGNMENTS),
    ASSIGNMENT_CHANGED(Type.ASSIGNMENTS),
    ASSIGNMENT_REMOVED(Type.ASSIGNMENTS),
    REMINDER_SENT(Type.ASSIGNMENTS),
    REVIEW_SUBMITTED(Type.REVIEWS),
    SCORE_OVERRIDDEN(Type.REVIEWS),
    PERSONAL_DATA_EXPORTED(Type.DATA),
    REPORT_EXPORTED(Type.DATA),
    RETENTION_PURGE(Type.DATA),
    BACKUP_CREATED(Type.DATA),
    BACKUP_DOWNLOADED(Type.DATA),
    ACCESS_DENIED(Type.ACCESS),
    OBSERVATION_VOIDED(Type.REVIEWS),
    OBSERVER_SCOPE_CHANGED(Type.PEOPLE),
    VISIT_LINK_ISSUED(Type.ACCESS),
    VISIT_LINK_REVOKED(Type.ACCESS),
    VISIT_LINK_USED(Type.ACCESS),
    VISIT_LINK_REFUSED(Type.ACCESS),
    SESSION_SCHEDULED(Type.SESSIONS),
    SESSION_CHANGED(Type.SESSIONS),
    SESSION_CANCELLED(Type.SESSIONS),
    ATTENDANCE_RECORDED(Type.SESSIONS);

    /** The kinds of action the audit page filters by. */
    public enum Type {
        ACCESS,
        PEOPLE,
        CONTENT,
        ASSIGNMENTS,
        REVIEWS,
        DATA,
        SESSIONS
    }

    private final Type type;

    AuditAction(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
