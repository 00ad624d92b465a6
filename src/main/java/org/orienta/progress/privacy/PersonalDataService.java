package org.orienta.progress.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.base.Csv;
import org.orienta.base.ForSignedIn;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonalDataPart;
import org.orienta.progress.assignment.AssignmentRepository;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptReviewRepository;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Orienta holds about the signed-in person, for them to download (GDPR art. 15 and 20): their
 * profile, assignments, attempts, every answer and choice, the evidence drawn from them and trainers'
 * reviews, and what other features hold about them ({@link PersonalDataPart}: observations of them and
 * their comments, the facilitated sessions they took part in), as one JSON document or a zip of CSV
 * tables. Each download is audited.
 */
@Service
@ForSignedIn
public class PersonalDataService {

    public record Profile(
            String username,
            String name,
            String email,
            @Nullable String department,
            @Nullable String jobRole,
            List<String> roles) {}

    public record AssignmentData(String module, @Nullable LocalDate due, Instant assignedAt, String assignedBy) {}

    public record AttemptData(
            long id,
            String kind,
            String item,
            int version,
            @Nullable String module,
            String mode,
            String status,
            @Nullable Double score,
            @Nullable Boolean passed,
            @Nullable String outcome,
            Instant startedAt,
            @Nullable Instant completedAt) {}

    /** A choice or answer as recorded: for a choice the option, otherwise the answer as given. */
    public record AnswerData(
            long attempt,
            int step,
            String kind,
            String ref,
            String answer,
            @Nullable Boolean correct,
            Instant at) {}

    public record EvidenceData(
            long attempt,
            String competency,
            int level,
            double weight,
            String item,
            String ref,
            boolean assessed,
            Instant at) {}

    public record ReviewData(long attempt, String reviewer, Instant at, Map<String, Integer> levels, String comment) {}

    /**
     * Everything, as one document.
     *
     * @param more the tables other features hold about the person (observations, facilitated sessions),
     *     by name
     */
    public record PersonalData(
            Instant exportedAt,
            Profile profile,
            List<AssignmentData> assignments,
            List<AttemptData> attempts,
            List<AnswerData> answers,
            List<EvidenceData> evidence,
            List<ReviewData> reviews,
            Map<String, Table> more) {}

    /** A table another feature adds: its columns, and each row as a map from column to value. */
    public record Table(List<String> columns, List<Map<String, String>> rows) {}

    private final PeopleService people;
    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final CompetencyEvidenceRepository evidence;
    private final AttemptReviewRepository reviews;
    private final AssignmentRepository assignments;
    private final AuditService audit;
    private final List<PersonalDataPart> parts;
    private final java.time.Clock clock;

    PersonalDataService(
            PeopleService people,
            AttemptRepository attempts,
            AttemptStepRepository steps,
            CompetencyEvidenceRepository evidence,
            AttemptReviewRepository reviews,
            AssignmentRepository assignments,
            AuditService audit,
            List<PersonalDataPart> parts,
            java.time.Clock clock) {
        this.people = people;
        this.attempts = attempts;
        this.steps = steps;
        this.evidence = evidence;
        this.reviews = reviews;
        this.assignments = assignments;
        this.audit = audit;
        this.parts = parts.stream()
                .sorted(java.util.Comparator.comparing(PersonalDataPart::name))
                .toList();
        this.clock = clock;
    }

    /** My data, and a line in the audit trail saying I downloaded it (in which format). */
    @Transactional(readOnly = true)
    public PersonalData mine(String format) {
        var me = people.myProfile();
        long id = me.id().value();
        var profile = new Profile(
                me.username(),
                me.displayName(),
                me.email(),
                me.department(),
                me.jobRole(),
                me.roles().stream().map(Enum::name).sorted().toList());
        var assigned = assignments.findByTraineeId(id).stream()
                .map(a -> new AssignmentData(a.moduleKey(), a.dueDate(), a.assignedAt(), a.assignedBy()))
                .toList();
        var tried = attempts.findByTraineeIdOrderByLastActivityAtDesc(id).reversed();
        var attemptRows = tried.stream()
                .map(a -> new AttemptData(
                        a.id().value(),
                        a.item().kind().name(),
                        a.item().key(),
                        a.itemVersion(),
                        a.moduleKey(),
                        a.mode().name(),
                        a.status().name(),
                        a.score(),
                        a.passed(),
                        a.outcome(),
                        a.startedAt(),
                        a.completedAt()))
                .toList();
        var ids = tried.stream().map(a -> a.id().value()).toList();
        var answers = ids.isEmpty()
                ? List.<AnswerData>of()
                : steps.findByAttemptIdInOrderByAttemptIdAscStepNoAsc(ids).stream()
                        .map(s -> new AnswerData(
                                s.attemptId(),
                                s.stepNo(),
                                s.kind().name(),
                                s.ref(),
                                s.answer(),
                                s.correct(),
                                s.createdAt()))
                        .toList();
        var shown = evidence.findByTraineeIdOrderByRecordedAtAscIdAsc(id).stream()
                .map(e -> new EvidenceData(
                        e.attemptId(),
                        e.competency(),
                        e.level(),
                        e.weight(),
                        e.item().toString(),
                        e.ref(),
                        e.assessed(),
                        e.recordedAt()))
                .toList();
        var reviewed = ids.isEmpty()
                ? List.<ReviewData>of()
                : reviews.findByAttemptIdIn(ids).stream()
                        .map(r -> {
                            var review = r.review();
                            return new ReviewData(
                                    r.attemptId(), review.reviewer(), review.at(), review.levels(), review.comment());
                        })
                        .toList();
        var more = new java.util.LinkedHashMap<String, Table>();
        for (var part : parts) {
            var table = new ArrayList<Map<String, String>>();
            for (var row : part.rows(me.id())) {
                var named = new java.util.LinkedHashMap<String, String>();
                for (int i = 0; i < part.columns().size(); i++) {
                    named.put(part.columns().get(i), i < row.size() ? row.get(i) : "");
                }
                table.add(named);
            }
            more.put(part.name(), new Table(part.columns(), table));
        }
        audit.record(
                AuditAction.PERSONAL_DATA_EXPORTED, me.username(), AuditOutcome.SUCCESS, AuditText.literal(format));
        return new PersonalData(clock.instant(), profile, assigned, attemptRows, answers, shown, reviewed, more);
    }

    public static byte[] json(PersonalData data) {
        var mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        return mapper.writeValueAsBytes(data);
    }

    /** One CSV table per kind of record, in a zip. */
    public static byte[] csvZip(PersonalData data) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            var p = data.profile();
            entry(
                    zip,
                    "profile",
                    List.of("username", "name", "email", "department", "job_role", "roles"),
                    List.of(List.of(
                            p.username(),
                            p.name(),
                            p.email(),
                            text(p.department()),
                            text(p.jobRole()),
                            String.join(";", p.roles()))));
            entry(
                    zip,
                    "assignments",
                    List.of("module", "due", "assigned_at", "assigned_by"),
                    data.assignments().stream()
                            .map(a -> List.of(
                                    a.module(), text(a.due()), a.assignedAt().toString(), a.assignedBy()))
                            .toList());
            entry(
                    zip,
                    "attempts",
                    List.of(
                            "attempt",
                            "kind",
                            "item",
                            "version",
                            "module",
                            "mode",
                            "status",
                            "score",
                            "passed",
                            "outcome",
                            "started_at",
                            "completed_at"),
                    data.attempts().stream()
                            .map(a -> List.of(
                                    Long.toString(a.id()),
                                    a.kind(),
                                    a.item(),
                                    Integer.toString(a.version()),
                                    text(a.module()),
                                    a.mode(),
                                    a.status(),
                                    text(a.score()),
                                    text(a.passed()),
                                    text(a.outcome()),
                                    a.startedAt().toString(),
                                    text(a.completedAt())))
                            .toList());
            entry(
                    zip,
                    "answers",
                    List.of("attempt", "step", "kind", "question_or_decision", "answer", "correct", "at"),
                    data.answers().stream()
                            .map(a -> List.of(
                                    Long.toString(a.attempt()),
                                    Integer.toString(a.step()),
                                    a.kind(),
                                    a.ref(),
                                    a.answer(),
                                    text(a.correct()),
                                    a.at().toString()))
                            .toList());
            entry(
                    zip,
                    "evidence",
                    List.of("attempt", "competency", "level", "weight", "item", "ref", "assessed", "at"),
                    data.evidence().stream()
                            .map(e -> List.of(
                                    Long.toString(e.attempt()),
                                    e.competency(),
                                    Integer.toString(e.level()),
                                    Double.toString(e.weight()),
                                    e.item(),
                                    e.ref(),
                                    Boolean.toString(e.assessed()),
                                    e.at().toString()))
                            .toList());
            entry(
                    zip,
                    "reviews",
                    List.of("attempt", "reviewer", "at", "levels", "comment"),
                    data.reviews().stream()
                            .map(r -> List.of(
                                    Long.toString(r.attempt()),
                                    r.reviewer(),
                                    r.at().toString(),
                                    r.levels().toString(),
                                    r.comment()))
                            .toList());
            for (var table : data.more().entrySet()) {
                var columns = table.getValue().columns();
                entry(
                        zip,
                        table.getKey(),
                        columns,
                        table.getValue().rows().stream()
                                .map(r -> columns.stream()
                                        .map(c -> r.getOrDefault(c, ""))
                                        .toList())
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name + ".csv"));
        zip.write(Csv.write(header, new ArrayList<>(rows)));
        zip.closeEntry();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
