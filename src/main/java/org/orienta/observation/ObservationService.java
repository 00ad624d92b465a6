package org.orienta.observation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.FieldProblem;
import org.orienta.base.ForAdmins;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.InvalidInputException;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.checklist.ChecklistService;
import org.orienta.competency.Evidence;
import org.orienta.people.CurrentUser;
import org.orienta.people.DepartmentId;
import org.orienta.people.DepartmentOption;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.people.Role;
import org.orienta.people.TraineeRow;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records observations and shows them. Who may record what is checked here, per source (ADR 0039): a
 * trainer in a session, a manager for the people reporting to them, an external observer for the
 * branches and people an administrator assigned. An observation and its evidence commit together.
 */
@Service
@ForSignedIn
public class ObservationService {

    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_REASON = 500;

    private final ObservationRepository observations;
    private final ObservationWriter writer;
    private final ObserverScopeRepository scopes;
    private final ChecklistService checklists;
    private final PeopleService people;
    private final CurrentUser currentUser;
    private final EvidenceRecorder recorder;
    private final AuditService audit;
    private final Clock clock;

    ObservationService(
            ObservationRepository observations,
            ObservationWriter writer,
            ObserverScopeRepository scopes,
            ChecklistService checklists,
            PeopleService people,
            CurrentUser currentUser,
            EvidenceRecorder recorder,
            AuditService audit,
            Clock clock) {
        this.observations = observations;
        this.writer = writer;
        this.scopes = scopes;
        this.checklists = checklists;
        this.people = people;
        this.currentUser = currentUser;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records one observation and counts its evidence, all or nothing. Refused ({@link AccessDeniedException})
     * when the signed-in person may not observe this person or branch from this source; rejected
     * ({@link InvalidInputException}) when the answers do not fit the checklist version.
     */
    @Transactional
    public ObservationId record(NewObservation observation) {
        authorise(observation);
        return writer.write(observation, null);
    }

    private void authorise(NewObservation o) {
        var me = currentUser.requireId();
        var observer = o.observer();
        if (observer == null) {
            throw new AccessDeniedException("a visit without an account comes through its single-use link");
        }
        boolean trainer = currentUser.hasRole(Role.TRAINER) || currentUser.hasRole(Role.ADMIN);
        if (!observer.equals(me) && !trainer) {
            throw new AccessDeniedException("observations are recorded in the observer's own name");
        }
        switch (o.source()) {
            case SESSION -> {
                if (!trainer || o.person() == null) {
                    throw new AccessDeniedException("session observations are recorded by trainers, about a person");
                }
            }
            case JOB -> {
                if (o.person() == null || people.myTeam().stream().noneMatch(t -> t.id().equals(o.person()))) {
                    throw new AccessDeniedException("a manager observes the people who report to them");
                }
            }
            case MYSTERY_SHOPPING -> {
                if (!currentUser.hasRole(Role.OBSERVER) || !mayVisit(me, o.department(), o.person())) {
                    throw new AccessDeniedException("an observer visits only the branches and people assigned");
                }
            }
        }
    }

    /** A visit needs an assigned branch; a named person must be assigned or work in an assigned branch. */
    private boolean mayVisit(PersonId observer, @Nullable DepartmentId branch, @Nullable PersonId person) {
        var scope = scopes.findByObserverId(observer.value());
        var branches = new HashSet<Long>();
        var persons = new HashSet<Long>();
        for (var s : scope) {
            var department = s.departmentId();
            var named = s.personId();
            if (department != null) {
                branches.add(department);
            }
            if (named != null) {
                persons.add(named);
            }
        }
        if (person == null) {
            return branch != null && branches.contains(branch.value());
        }
        var row = people.rows(List.of(person)).get(person);
        var works = row == null ? null : row.department();
        if (persons.contains(person.value())) {
            // A person assigned by name may be observed wherever they work.
            return branch == null || branches.contains(branch.value()) || branch.equals(works);
        }
        return works != null && branches.contains(works.value()) && (branch == null || branch.equals(works));
    }

    /** The observations of the signed-in person, newest first, voided ones marked. */
    @Transactional(readOnly = true)
    public List<ObservationRecord> mine() {
        return records(observations.findByPersonIdOrderByObservedOnDescIdDesc(
                currentUser.requireId().value()));
    }

    /** The observations the signed-in person recorded (a manager's or a mystery shopper's own list). */
    @Transactional(readOnly = true)
    public List<ObservationRecord> recordedByMe() {
        return records(observations.findByObserverIdOrderByObservedOnDescIdDesc(
                currentUser.requireId().value()));
    }

    /** Every observation seen since a day, newest first, for trainers reviewing and voiding them. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ObservationRecord> since(LocalDate from) {
        return records(observations.since(from));
    }

    /** The observations recorded in one facilitated session (the sessions feature's key), oldest first. */
    @ForTrainers
    @Transactional(readOnly = true)
    public List<ObservationRecord> inSession(String sessionRef) {
        return records(observations.findBySessionRefOrderByIdAsc(sessionRef));
    }

    /**
     * The observed person's comment on an observation about them; blank removes it. The observation
     * itself never changes.
     */
    @Transactional
    public void comment(ObservationId id, String comment) {
        var observation = load(id);
        if (!currentUser.requireId().equals(observation.person())) {
            throw new AccessDeniedException("only the observed person comments on an observation");
        }
        var text = comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException(FieldProblem.of("comment", "observation.commentTooLong", MAX_COMMENT));
        }
        observation.comment(text.isEmpty() ? null : text, clock.instant());
    }

    /** Voids an observation: its evidence stops counting; the record and the reason stay, audited. */
    @ForTrainers
    @Transactional
    public void voidObservation(ObservationId id, String reason) {
        var text = reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("reason", "observation.reasonRequired"));
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException(FieldProblem.of("reason", "observation.reasonTooLong", MAX_REASON));
        }
        var observation = load(id);
        if (observation.voided()) {
            return;
        }
        var checklist = checklists.version(observation.checklistKey(), observation.checklistVersion());
        for (var piece : ObservationEvidence.pieces(observation, checklist)) {
            recorder.withdrawObserved(piece);
        }
        observation.markVoid(currentUser.username().orElse("system"), text, clock.instant());
        audit.record(
                AuditAction.OBSERVATION_VOIDED,
                AuditText.of("audit.text.observation", id.value(), observation.checklistKey()),
                AuditOutcome.SUCCESS,
                AuditText.literal(text));
    }

    /** The people reporting to the signed-in person, whom they may observe on the job. */
    public List<TraineeRow> myTeam() {
        return people.myTeam();
    }

    /** What the signed-in external observer may observe. */
    @Transactional(readOnly = true)
    public ObserverAssignments myAssignments() {
        if (!currentUser.hasRole(Role.OBSERVER)) {
            return new ObserverAssignments(List.of(), List.of());
        }
        return assignments(currentUser.requireId());
    }

    /** The people of a branch the signed-in observer may name on a visit. */
    @Transactional(readOnly = true)
    public List<TraineeRow> peopleAt(DepartmentId branch) {
        var mine = myAssignments();
        var result = new ArrayList<TraineeRow>();
        if (mine.branches().stream().anyMatch(b -> b.id().equals(branch))) {
            result.addAll(people.inDepartments(List.of(branch)));
        }
        mine.people().stream()
                .filter(p -> branch.equals(p.department()) && result.stream().noneMatch(r -> r.id().equals(p.id())))
                .forEach(result::add);
        return result;
    }

    @ForAdmins
    @Transactional(readOnly = true)
    public ObserverAssignments assignmentsOf(PersonId observer) {
        return assignments(observer);
    }

    /** Replaces what an external observer may observe: branches and people. Audited. */
    @ForAdmins
    @Transactional
    public void assign(PersonId observer, Collection<DepartmentId> branches, Collection<PersonId> persons) {
        var details = people.get(observer);
        if (!details.roles().contains(Role.OBSERVER)) {
            throw new InvalidInputException(FieldProblem.of("observer", "observation.notAnObserver"));
        }
        scopes.deleteByObserver(observer.value());
        scopes.flush();
        Set.copyOf(branches).forEach(b -> scopes.save(ObserverScope.department(observer.value(), b.value())));
        Set.copyOf(persons).forEach(p -> scopes.save(ObserverScope.person(observer.value(), p.value())));
        audit.record(
                AuditAction.OBSERVER_SCOPE_CHANGED,
                details.username(),
                AuditOutcome.SUCCESS,
                AuditText.of(
                        "audit.text.observerScope",
                        Set.copyOf(branches).size(),
                        Set.copyOf(persons).size()));
    }

    private ObserverAssignments assignments(PersonId observer) {
        var branchIds = new ArrayList<DepartmentId>();
        var personIds = new ArrayList<PersonId>();
        for (var scope : scopes.findByObserverId(observer.value())) {
            var department = scope.departmentId();
            var named = scope.personId();
            if (department != null) {
                branchIds.add(new DepartmentId(department));
            }
            if (named != null) {
                personIds.add(new PersonId(named));
            }
        }
        var branches = people.departmentNames(branchIds).entrySet().stream()
                .map(e -> new DepartmentOption(e.getKey(), e.getValue()))
                .toList();
        return new ObserverAssignments(
                branches, List.copyOf(people.rows(personIds).values()));
    }

    private Observation load(ObservationId id) {
        return observations
                .findById(id.value())
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("observation", "observation.unknown")));
    }

    List<ObservationRecord> records(List<Observation> found) {
        var ids = new HashSet<PersonId>();
        var departments = new HashSet<DepartmentId>();
        for (var o : found) {
            var observer = o.observer();
            if (observer != null) {
                ids.add(observer);
            }
            var person = o.person();
            if (person != null) {
                ids.add(person);
            }
            var department = o.department();
            if (department != null) {
                departments.add(department);
            }
        }
        var rows = people.rows(ids);
        var departmentNames = people.departmentNames(departments);
        var definitions = new HashMap<String, ChecklistDefinition>();
        var result = new ArrayList<ObservationRecord>();
        for (var o : found) {
            var checklist = definitions.computeIfAbsent(
                    o.checklistKey() + "@" + o.checklistVersion(),
                    k -> checklists.version(o.checklistKey(), o.checklistVersion()));
            var answers = new ArrayList<AnsweredBehaviour>();
            for (var answer : o.answers()) {
                var behaviour = checklist.behaviour(answer.behaviourId());
                var text = behaviour.map(b -> b.text()).orElse(LocalizedText.english(answer.behaviourId()));
                var shows = behaviour
                        .map(b -> b.evidence().stream()
                                .flatMap(claim -> answer.answer().evidence(claim).stream())
                                .toList())
                        .orElse(List.<Evidence>of());
                answers.add(new AnsweredBehaviour(answer.behaviourId(), text, answer.answer(), answer.note(), shows));
            }
            answers.sort(java.util.Comparator.comparingInt(a -> indexOf(checklist, a.behaviourId())));
            var personId = o.person();
            var department = o.department();
            var person = personId == null ? null : rows.get(personId);
            var observerId = o.observer();
            var observer = observerId == null ? null : rows.get(observerId);
            result.add(new ObservationRecord(
                    o.id(),
                    o.checklistKey(),
                    o.checklistVersion(),
                    checklist.title(),
                    personId,
                    person == null ? null : person.displayName(),
                    o.source() == ObservationSource.MYSTERY_SHOPPING || observer == null
                            ? null
                            : observer.displayName(),
                    o.source(),
                    o.observedOn(),
                    department == null ? null : departmentNames.get(department),
                    o.channel(),
                    answers,
                    o.traineeComment(),
                    o.voidReason(),
                    o.recordedAt()));
        }
        return result;
    }

    private static int indexOf(ChecklistDefinition checklist, String behaviourId) {
        for (int i = 0; i < checklist.behaviours().size(); i++) {
            if (checklist.behaviours().get(i).id().equals(behaviourId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
