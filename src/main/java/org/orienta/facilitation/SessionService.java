package org.orienta.facilitation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orienta.activity.ActivityDefinition;
import org.orienta.activity.ActivityService;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForTrainees;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.base.Translations;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistService;
import org.orienta.checklist.PublishedChecklist;
import org.orienta.observation.NewObservation;
import org.orienta.observation.ObservationId;
import org.orienta.observation.ObservationService;
import org.orienta.observation.ObservationSource;
import org.orienta.observation.ObservedAnswer;
import org.orienta.people.CurrentUser;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.PersonOption;
import org.orienta.people.TraineeRow;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitated sessions: scheduling, changing and cancelling them, taking attendance and printing the
 * guide and the attendance sheet for trainers; a participant's own sessions for trainees. Every change
 * is one transaction: a refused one (a rule, someone else's change meanwhile) writes nothing.
 */
@Service
@ForTrainers
public class SessionService {

    private static final SecureRandom SEEDS = new SecureRandom();
    /** How an observation names the session it was recorded in. */
    public static final String SESSION_REF = "session-";

    private static final int MAX_PLACE = 200;
    private static final int MAX_REASON = 500;

    private final SessionRepository sessions;
    private final ActivityService activities;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final ChecklistService checklists;
    private final ObservationService observations;
    private final Translations translations;
    private final AuditService audit;
    private final Clock clock;

    SessionService(
            SessionRepository sessions,
            ActivityService activities,
            PeopleService people,
            CurrentUser currentUser,
            ChecklistService checklists,
            ObservationService observations,
            Translations translations,
            AuditService audit,
            Clock clock) {
        this.audit = audit;
        this.checklists = checklists;
        this.observations = observations;
        this.translations = translations;
        this.sessions = sessions;
        this.activities = activities;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every session, upcoming ones first (soonest first), then past ones (latest first). */
    @Transactional(readOnly = true)
    public List<SessionRow> sessions() {
        var now = clock.instant();
        var rows = new ArrayList<SessionRow>();
        for (FacilitatedSession s : sessions.findAllByOrderByStartsAtDesc()) {
            var activity = activities.version(s.activityKey(), s.activityVersion());
            var participants = s.participants();
            rows.add(new SessionRow(
                    s.id(),
                    s.activityKey(),
                    activity.title(),
                    s.startsAt(),
                    s.minutes(),
                    s.place(),
                    s.facilitatorName(),
                    participants.size(),
                    (int) participants.stream()
                            .filter(p -> p.attendance() == Attendance.PRESENT)
                            .count(),
                    (int) participants.stream()
                            .filter(p -> p.observationId() != null)
                            .count(),
                    s.cancelled()));
        }
        var upcoming = rows.stream()
                .filter(r -> !isPast(r, now))
                .sorted(Comparator.comparing(SessionRow::startsAt))
                .toList();
        var past = rows.stream().filter(r -> isPast(r, now)).toList();
        var ordered = new ArrayList<SessionRow>(upcoming);
        ordered.addAll(past);
        return ordered;
    }

    /** Past once it has ended; a session under way is still upcoming, so it stays at the top. */
    public static boolean isPast(SessionRow row, Instant now) {
        return row.startsAt().plusSeconds(row.minutes() * 60L).isBefore(now);
    }

    @Transactional(readOnly = true)
    public SessionDetails session(long id) {
        return details(load(id));
    }

    /** Schedules a session of the published version of an activity; returns its id. */
    @Transactional
    public long schedule(SessionDraft draft) {
        var activity = check(draft);
        var session =
                new FacilitatedSession(activity.key(), activity.version(), SEEDS.nextLong(), actor(), clock.instant());
        apply(session, draft, activity.definition());
        var id = sessions.saveAndFlush(session).id();
        audited(AuditAction.SESSION_SCHEDULED, session, plan(session));
        return id;
    }

    /**
     * Changes a session. {@code version} must be the one the trainer started from; people already marked
     * stay on the list. Another activity is taken at its published version, the same one keeps its own.
     */
    @Transactional
    public void change(long id, SessionDraft draft, long version) {
        var session = load(id);
        requireVersion(session, version);
        if (session.cancelled()) {
            throw refused("sessions.refused.cancelled");
        }
        var activity = check(draft);
        var definition = activity.definition();
        if (!activity.key().equals(session.activityKey())) {
            session.activity(activity.key(), activity.version());
        } else {
            definition = activities.version(session.activityKey(), session.activityVersion());
        }
        for (SessionParticipant participant : List.copyOf(session.participants())) {
            if (!draft.participants().contains(participant.person())) {
                var refusal = AttendanceRules.cannotRemove(participant.mark());
                if (refusal.isPresent()) {
                    throw new InvalidInputException(
                            FieldProblem.of("participants", refusal.get(), name(participant.person())));
                }
                session.remove(participant);
            }
        }
        apply(session, draft, definition);
        session.changed(actor(), clock.instant());
        flush(session);
        audited(AuditAction.SESSION_CHANGED, session, plan(session));
    }

    /** Cancels a session that has not taken place; participants see it as cancelled. */
    @Transactional
    public void cancel(long id, String reason, long version) {
        var session = load(id);
        requireVersion(session, version);
        var anyonePresent = session.participants().stream().anyMatch(p -> p.attendance() == Attendance.PRESENT);
        var refusal = AttendanceRules.cannotCancel(session.cancelled(), anyonePresent);
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
        var why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("reason", "sessions.cancel.reasonRequired"));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException(FieldProblem.of("reason", "sessions.tooLong", MAX_REASON));
        }
        session.cancel(why, clock.instant());
        session.changed(actor(), clock.instant());
        flush(session);
        audited(AuditAction.SESSION_CANCELLED, session, AuditText.literal(why));
    }

    /** Marks one participant present or absent (or unmarks them). */
    @Transactional
    public void mark(long id, PersonId person, Attendance attendance) {
        var session = load(id);
        requireRecordable(session);
        var participant = participantOf(session, person);
        var refusal = AttendanceRules.cannotMark(participant.mark(), attendance);
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
        participant.mark(attendance, actor(), clock.instant());
        flush(session);
        audited(AuditAction.ATTENDANCE_RECORDED, session, attendanceOf(person, attendance));
    }

    /** The checklist observers use in this session: the activity's, at its published version; empty without one. */
    @Transactional(readOnly = true)
    public Optional<PublishedChecklist> checklist(long id) {
        return checklist(load(id));
    }

    /**
     * Records what was observed of one participant with the session's checklist, as an observation from a
     * session (it counts as evidence); a participant not yet marked is marked present. All or nothing:
     * answers the checklist refuses leave both the observation and the attendance unwritten.
     */
    @Transactional
    public ObservationId observe(long id, PersonId person, List<ObservedAnswer> answers) {
        var session = load(id);
        requireRecordable(session);
        var participant = participantOf(session, person);
        var refusal = AttendanceRules.cannotObserve(participant.mark());
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
        var checklist = checklist(session).orElseThrow(() -> refused("sessions.refused.noChecklist"));
        var today = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        var held = LocalDate.ofInstant(session.startsAt(), ZoneId.systemDefault());
        var observed = observations.record(new NewObservation(
                checklist.key(),
                checklist.version(),
                person,
                currentUser.requireId(),
                ObservationSource.SESSION,
                held.isAfter(today) ? today : held,
                null,
                ChecklistContext.LIVE_EXERCISE,
                SESSION_REF + id,
                answers));
        participant.observed(observed.value());
        boolean marked = participant.attendance() == Attendance.UNMARKED;
        if (marked) {
            participant.mark(Attendance.PRESENT, actor(), clock.instant());
        }
        flush(session);
        if (marked) {
            audited(AuditAction.ATTENDANCE_RECORDED, session, attendanceOf(person, Attendance.PRESENT));
        }
        return observed;
    }

    private Optional<PublishedChecklist> checklist(FacilitatedSession session) {
        var key = activities
                .version(session.activityKey(), session.activityVersion())
                .checklist();
        return key == null ? Optional.empty() : checklists.published(key);
    }

    /** The facilitator's guide with this session's groups and cards, as a PDF in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] guide(long id, Locale locale) {
        return SessionPdf.guide(details(load(id)), text(locale), locale, ZoneId.systemDefault());
    }

    /** The attendance sheet to sign, as a PDF in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] attendanceSheet(long id, Locale locale) {
        return SessionPdf.attendance(details(load(id)), text(locale), locale, ZoneId.systemDefault());
    }

    /** The trainers (and administrators) who can facilitate, for the scheduling form. */
    @Transactional(readOnly = true)
    public List<PersonOption> facilitators() {
        return people.trainers();
    }

    /** The signed-in trainee's sessions: upcoming ones first (soonest first), then past ones. */
    @ForTrainees
    @Transactional(readOnly = true)
    public List<MySession> mine() {
        var me = currentUser.requireId();
        var now = clock.instant();
        var mine = new ArrayList<MySession>();
        for (FacilitatedSession s : sessions.findByParticipant(me.value())) {
            var activity = activities.version(s.activityKey(), s.activityVersion());
            var participant = participantOf(s, me);
            mine.add(new MySession(
                    s.id(),
                    activity.title(),
                    activity.goal(),
                    s.startsAt(),
                    s.minutes(),
                    s.place(),
                    s.facilitatorName(),
                    s.cancelled(),
                    participant.attendance(),
                    participant.observationId()));
        }
        var upcoming = mine.stream()
                .filter(m -> !m.startsAt().plusSeconds(m.minutes() * 60L).isBefore(now))
                .sorted(Comparator.comparing(MySession::startsAt))
                .toList();
        var result = new ArrayList<MySession>(upcoming);
        mine.stream().filter(m -> !upcoming.contains(m)).forEach(result::add);
        return result;
    }

    private ActivityRef check(SessionDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        Optional<org.orienta.activity.ActivitySummary> activity = Optional.empty();
        var key = draft.activityKey();
        if (key == null) {
            problems.add(FieldProblem.of("activity", "sessions.activityRequired"));
        } else {
            activity = activities.published(key);
            if (activity.isEmpty()) {
                problems.add(FieldProblem.of("activity", "sessions.noSuchActivity", key));
            }
        }
        if (draft.startsAt() == null) {
            problems.add(FieldProblem.of("startsAt", "sessions.startRequired"));
        }
        var place = draft.place().strip();
        if (place.isEmpty()) {
            problems.add(FieldProblem.of("place", "sessions.placeRequired"));
        } else if (place.length() > MAX_PLACE) {
            problems.add(FieldProblem.of("place", "sessions.tooLong", MAX_PLACE));
        }
        var facilitator = draft.facilitator();
        if (facilitator == null) {
            problems.add(FieldProblem.of("facilitator", "sessions.facilitatorRequired"));
        } else if (people.trainers().stream().noneMatch(t -> t.id().equals(facilitator))) {
            problems.add(FieldProblem.of("facilitator", "sessions.notAFacilitator"));
        }
        if (draft.participants().isEmpty()) {
            problems.add(FieldProblem.of("participants", "sessions.participantsRequired"));
        } else {
            var trainees = new HashSet<PersonId>();
            people.trainees().forEach(t -> trainees.add(t.id()));
            if (!trainees.containsAll(draft.participants())) {
                problems.add(FieldProblem.of("participants", "sessions.notATrainee"));
            }
        }
        if (activity.isPresent()
                && draft.participants().size()
                        > activity.get().definition().groupSize().most()) {
            problems.add(FieldProblem.of(
                    "participants",
                    "sessions.tooManyParticipants",
                    draft.participants().size(),
                    activity.get().definition().groupSize().most()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var found = activity.orElseThrow();
        return new ActivityRef(found.key(), found.version(), found.definition());
    }

    private record ActivityRef(String key, int version, ActivityDefinition definition) {}

    private void apply(FacilitatedSession session, SessionDraft draft, ActivityDefinition activity) {
        var facilitator = java.util.Objects.requireNonNull(draft.facilitator(), "checked");
        var startsAt = java.util.Objects.requireNonNull(draft.startsAt(), "checked");
        var name = people.trainers().stream()
                .filter(t -> t.id().equals(facilitator))
                .map(PersonOption::displayName)
                .findFirst()
                .orElseThrow();
        session.plan(
                startsAt.atZone(ZoneId.systemDefault()).toInstant(),
                activity.minutes(),
                draft.place().strip(),
                facilitator,
                name);
        var listed = new HashSet<PersonId>();
        session.participants().forEach(p -> listed.add(p.person()));
        draft.participants().stream()
                .filter(p -> !listed.contains(p))
                .sorted(Comparator.comparingLong(PersonId::value))
                .forEach(session::add);
    }

    private SessionDetails details(FacilitatedSession session) {
        var activity = activities.version(session.activityKey(), session.activityVersion());
        var trainees = new HashMap<PersonId, TraineeRow>();
        people.trainees().forEach(t -> trainees.put(t.id(), t));
        var rows = new ArrayList<ParticipantRow>();
        for (SessionParticipant p : session.participants()) {
            var trainee = trainees.get(p.person());
            rows.add(new ParticipantRow(
                    p.person(),
                    trainee == null ? "#" + p.person() : trainee.displayName(),
                    trainee == null ? null : trainee.departmentName(),
                    p.attendance(),
                    p.observationId()));
        }
        rows.sort(Comparator.comparing(ParticipantRow::name, String.CASE_INSENSITIVE_ORDER));
        var groups = SessionGroups.of(
                activity,
                session.participants().stream().map(SessionParticipant::person).toList(),
                session.seed());
        var refusal = AttendanceRules.cannotRecord(session.startsAt(), session.cancelled(), clock.instant());
        return new SessionDetails(
                session.id(),
                session.version(),
                activity,
                session.activityVersion(),
                session.startsAt(),
                session.minutes(),
                session.place(),
                session.facilitator(),
                session.facilitatorName(),
                session.cancelled(),
                session.cancelReason(),
                rows,
                groups,
                refusal.orElse(null));
    }

    private void requireRecordable(FacilitatedSession session) {
        var refusal = AttendanceRules.cannotRecord(session.startsAt(), session.cancelled(), clock.instant());
        if (refusal.isPresent()) {
            throw refused(refusal.get());
        }
    }

    private SessionParticipant participantOf(FacilitatedSession session, PersonId person) {
        return session.participant(person)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("person", "sessions.notOnTheList")));
    }

    private FacilitatedSession load(long id) {
        return sessions.findById(id)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("session", "sessions.noSuchSession", id)));
    }

    private static void requireVersion(FacilitatedSession session, long version) {
        if (session.version() != version) {
            throw new ConcurrentEditException("session " + session.id());
        }
    }

    private void flush(FacilitatedSession session) {
        try {
            sessions.saveAndFlush(session);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("session " + session.id());
        }
    }

    private String name(PersonId person) {
        return people.trainees().stream()
                .filter(t -> t.id().equals(person))
                .map(TraineeRow::displayName)
                .findFirst()
                .orElse("#" + person);
    }

    private SessionPdf.Text text(Locale locale) {
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }

    /** One audit entry about a session, written once its change has committed (ADR 0035's keys). */
    private void audited(AuditAction action, FacilitatedSession session, AuditText detail) {
        audit.record(
                action,
                AuditText.of("audit.text.session", session.id(), session.activityKey()),
                AuditOutcome.SUCCESS,
                detail);
    }

    /** When and where, and how many are on the list; the time as written everywhere (UTC, to the minute). */
    private static AuditText plan(FacilitatedSession session) {
        return AuditText.of(
                "audit.text.sessionPlan",
                session.startsAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                session.place(),
                session.participants().size());
    }

    private AuditText attendanceOf(PersonId person, Attendance attendance) {
        return AuditText.of("audit.text.attendanceOf", name(person), "audit.text.attendance." + attendance.name());
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(FieldProblem.of("session", key));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
