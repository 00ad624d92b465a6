package org.orienta.progress.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ConcurrentEditException;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.RewriteAnswer;
import org.orienta.people.NoticeService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.Role;
import org.orienta.people.TraineeRow;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.orienta.progress.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AssignmentReviewServiceTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewService reviews;

    @Autowired
    AttemptService attempts;

    @Autowired
    MyTrainingService training;

    @Autowired
    PeopleService people;

    @Autowired
    NoticeService notices;

    @Autowired
    ContentService content;

    @Autowired
    CompetencyEvidenceRepository evidence;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.orienta.audit.AuditService audit;

    /** The trail's entries of one action, read as an administrator; the trainer is signed in again after. */
    private List<org.orienta.audit.AuditRecord> trail(org.orienta.audit.AuditAction action) {
        // Successes are audited once their transaction commits; this test's transaction rolls back.
        org.orienta.Committed.asIfCommitted();
        SignedIn.as(users, TestUsers.ADMIN);
        var found = audit.search(new org.orienta.audit.AuditFilter(
                java.time.Instant.now().minus(java.time.Duration.ofDays(1)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(1)),
                java.util.Set.of(action),
                "",
                ""));
        SignedIn.as(users, TestUsers.TRAINER);
        return found;
    }

    @BeforeEach
    void content_and_a_trainer() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
        SignedIn.as(users, TestUsers.TRAINER);
    }

    private TraineeRow anna() {
        return people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void assigning_a_module_to_a_department_reaches_everyone_in_it_with_the_due_date() {
        var retail = anna().department();
        var due = LocalDate.now().plusDays(14);

        long id = assignments.assign("basics", AssignmentTarget.DEPARTMENT, List.of(), retail, null, due);

        var inRetail = people.trainees().stream()
                .filter(t -> retail.equals(t.department()))
                .count();
        assertThat(assignments.people(id))
                .hasSize((int) inRetail)
                .allMatch(p -> p.status() == ModuleStatus.NOT_STARTED);
        assertThat(assignments.assignments())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.counts()).containsEntry(ModuleStatus.NOT_STARTED, (int) inRetail));
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(training.myTraining().assigned())
                .filteredOn(m -> m.key().equals("basics"))
                .singleElement()
                .satisfies(m -> assertThat(m.due()).isEqualTo(due));
    }

    @Test
    void practising_every_item_leaves_an_assignment_not_started_to_the_trainer() {
        long id = assignments.assign(
                "basics",
                AssignmentTarget.PEOPLE,
                List.of(anna().id()),
                null,
                null,
                LocalDate.now().plusDays(7));
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.PRACTICE, "basics");
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-mixed"), AttemptMode.PRACTICE, "basics");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(assignments.people(id)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ModuleStatus.NOT_STARTED);
            assertThat(p.itemsCompleted()).isZero();
        });
        assertThat(assignments.assignments())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.counts()).containsOnlyKeys(ModuleStatus.NOT_STARTED));
    }

    @Test
    void someone_joining_the_department_later_receives_its_standing_assignment() {
        var retail = anna().department();
        long id = assignments.assign(
                "basics",
                AssignmentTarget.DEPARTMENT,
                List.of(),
                retail,
                null,
                LocalDate.now().plusDays(7));

        SignedIn.as(users, TestUsers.ADMIN);
        var jobRole = anna().jobRole();
        people.create(
                new PersonDraft(
                        "newbie", "Nora Newcomer", "nora@example.org", retail, jobRole, java.util.Set.of(Role.TRAINEE)),
                "a long enough passphrase");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(assignments.people(id))
                .extracting(AssignmentService.PersonStatus::name)
                .contains("Nora Newcomer");
    }

    @Test
    void bad_assignments_are_refused_with_the_field_named() {
        assertThatThrownBy(() -> assignments.assign(
                        "basics",
                        AssignmentTarget.PEOPLE,
                        List.of(),
                        null,
                        null,
                        LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .containsExactlyInAnyOrder("people", "due"));
        assertThatThrownBy(() -> assignments.assign(
                        "no-such-module", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_reminder_names_the_due_date_as_every_other_date_is_shown() {
        var due = java.time.LocalDate.of(2099, 1, 15);
        long id = assignments.assign("basics", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, due);

        assignments.remind(id, anna().id());

        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(notices.mine())
                .singleElement()
                .satisfies(
                        n -> assertThat(n.text()).endsWith("by Jan 15, 2099.").doesNotContain("2099-01-15"));
    }

    @Test
    void a_reminder_is_stored_as_a_message_key_with_its_arguments_for_the_readers_language() {
        var due = java.time.LocalDate.of(2099, 1, 15);
        long id = assignments.assign("basics", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, due);

        assignments.remind(id, anna().id());

        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(notices.mine()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("notice.reminderDue");
            assertThat(n.arguments()).containsExactly("Basics", "2099-01-15");
            assertThat(n.text((key, arguments) -> key + java.util.Arrays.toString(arguments), java.util.Locale.GERMAN))
                    .isEqualTo("notice.reminderDue[Basics, 15.01.2099]");
        });
    }

    @Test
    void a_reminder_reaches_the_trainee_and_only_them() {
        long id = assignments.assign("basics", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, null);

        assignments.remind(id, anna().id());

        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(notices.mine()).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("Basics");
            assertThat(n.link()).isEqualTo("my-training/basics");
        });
        notices.dismiss(notices.mine().getFirst().id());
        assertThat(notices.mine()).isEmpty();
    }

    @Test
    void a_trainee_cannot_assign_or_review() {
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThatThrownBy(() -> assignments.assignments()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.queue(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    private AttemptId submittedRewrite() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-rewrite"), AttemptMode.ASSESSED, "basics");
        var play = attempts.exercise(id);
        var texts = new java.util.LinkedHashMap<String, String>();
        ((org.orienta.exercise.RewriteExercise) play.exercise())
                .prompts()
                .forEach(p -> texts.put(p.id(), "I am sorry, I will sort this out for you today."));
        attempts.submit(id, new RewriteAnswer(texts));
        SignedIn.as(users, TestUsers.TRAINER);
        return id;
    }

    @Test
    void a_reviewed_answer_completes_the_attempt_counts_as_weighted_evidence_and_tells_the_trainee() {
        var id = submittedRewrite();
        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).contains(id);
        var review = reviews.open(id);
        var levels = new java.util.LinkedHashMap<String, Integer>();
        review.exercise().rubric().forEach(c -> levels.put(c.id(), 4));
        levels.put(review.exercise().rubric().getFirst().id(), 2);

        reviews.submit(id, levels, "Warm and clear; name the next step and when it happens.");

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).doesNotContain(id);
        var recorded = evidence.findAll().stream()
                .filter(e -> e.attemptId() == id.value())
                .toList();
        // Mean of (2, 4, 4) = 3.33, rounded to Professional (3), weighted as a trainer's judgement.
        assertThat(recorded).isNotEmpty().allSatisfy(e -> {
            assertThat(e.level()).isEqualTo(3);
            assertThat(e.weight()).isEqualTo(EvidenceRecorder.REVIEW_WEIGHT);
        });
        SignedIn.as(users, TestUsers.TRAINEE);
        var play = attempts.exercise(id);
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(play.review().comment()).startsWith("Warm and clear");
        assertThat(notices.mine()).anySatisfy(n -> assertThat(n.link()).isEqualTo("attempt/" + id.value()));
    }

    @Test
    void a_practice_rewrite_never_reaches_the_review_queue_and_is_finished_for_the_trainee_to_check() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-rewrite"), AttemptMode.PRACTICE, "basics");
        var texts = new java.util.LinkedHashMap<String, String>();
        ((org.orienta.exercise.RewriteExercise) attempts.exercise(id).exercise())
                .prompts()
                .forEach(p -> texts.put(p.id(), "I am sorry, I will sort this out for you today."));
        var play = attempts.submit(id, new RewriteAnswer(texts));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).doesNotContain(id);
        assertThatThrownBy(() -> reviews.open(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviews.submit(id, Map.of("empathy", 4, "action", 4), "Good."))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void practice_quizzes_and_exercises_are_not_offered_for_an_override() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.PRACTICE, null);
        attempts.submit(
                id,
                new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(
                        Map.of("warm", "need", "red", "want", "fast", "need")));
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.scored(null, 50)).extracting(r -> r.attempt()).doesNotContain(id);
        assertThatThrownBy(() -> reviews.override(id, 4, "Because.")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_reflection_on_a_practice_run_is_not_queued_even_when_the_ending_asks_for_review() throws Exception {
        SignedIn.as(users, TestUsers.ADMIN);
        var tiny = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/content-base/scenarios/tiny.yaml"));
        var reflective = tiny.replace("id: tiny", "id: tiny-reflect")
                .replace(
                        "    debrief: Sam will be back.",
                        "    debrief: Sam will be back.\n    review_reflection: true");
        assertThat(content.importFiles(
                                List.of(org.orienta.content.ContentFile.of("scenarios/tiny-reflect.yaml", reflective)))
                        .problems())
                .isEmpty();
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny-reflect"), AttemptMode.PRACTICE, null);
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        attempts.reflect(run, 0, "Sam felt welcomed straight away.");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).doesNotContain(run);
        assertThatThrownBy(() -> reviews.openReflection(run)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_review_without_every_level_and_a_comment_is_refused_and_changes_nothing() {
        var id = submittedRewrite();

        assertThatThrownBy(() -> reviews.submit(id, Map.of(), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .contains("comment")
                                .anyMatch(f -> f.startsWith("levels/")));
        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).contains(id);
    }

    @Test
    void a_second_review_of_the_same_answer_is_refused() {
        var id = submittedRewrite();
        var levels = new java.util.LinkedHashMap<String, Integer>();
        reviews.open(id).exercise().rubric().forEach(c -> levels.put(c.id(), 3));
        reviews.submit(id, levels, "Good.");

        assertThatThrownBy(() -> reviews.submit(id, levels, "Again.")).isInstanceOf(ConcurrentEditException.class);
    }

    @Autowired
    AssignmentRenewal renewal;

    @Test
    void a_refresher_comes_due_again_months_after_completion_and_counts_only_the_new_cycle() {
        SignedIn.as(users, TestUsers.ADMIN);
        content.importFiles(List.of(org.orienta.content.ContentFile.of("modules/refresher.yaml", """
                id: refresher
                title: Refresher
                competencies: [CO2]
                items:
                  - scenario: tiny
                """)));
        SignedIn.as(users, TestUsers.TRAINER);
        long id = assignments.assign("refresher", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, null, 12);
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, "refresher");
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        SignedIn.as(users, TestUsers.TRAINER);
        assertThat(assignments.people(id))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ModuleStatus.COMPLETED));

        assertThat(renewal.renew(LocalDate.now().plusMonths(6))).isZero();
        var dueAgain = LocalDate.now().plusMonths(12);
        assertThat(renewal.renew(dueAgain.minusDays(AssignmentRenewal.LEAD_DAYS)))
                .isEqualTo(1);

        assertThat(assignments.people(id))
                .singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(ModuleStatus.NOT_STARTED));
        assertThat(assignments.assignments())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.recurrenceMonths()).isEqualTo(12));
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(training.myTraining().assigned())
                .filteredOn(m -> m.key().equals("refresher"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.due()).isEqualTo(dueAgain);
                    assertThat(m.status()).isEqualTo(ModuleStatus.NOT_STARTED);
                });
        // A second run on the same day changes nothing.
        assertThat(renewal.renew(dueAgain.minusDays(AssignmentRenewal.LEAD_DAYS)))
                .isZero();
    }

    private AttemptId finishedClassify() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), AttemptMode.ASSESSED, null);
        var exercise =
                (org.orienta.exercise.ClassifyExercise) attempts.exercise(id).exercise();
        var answers = new java.util.LinkedHashMap<String, String>();
        exercise.items()
                .forEach(i ->
                        answers.put(i.id(), exercise.categories().getFirst().id()));
        attempts.submit(id, new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(answers));
        SignedIn.as(users, TestUsers.TRAINER);
        return id;
    }

    @Test
    void an_automatic_score_is_overridden_with_a_reason_that_is_kept_and_shown() {
        var id = finishedClassify();
        assertThat(reviews.scored(null, 50)).extracting(r -> r.attempt()).contains(id);

        reviews.override(id, 4, "The wording of item 2 was ambiguous; your reasoning was right.");

        var recorded = evidence.findAll().stream()
                .filter(e -> e.attemptId() == id.value() && e.weight() == EvidenceRecorder.REVIEW_WEIGHT)
                .toList();
        assertThat(recorded).isNotEmpty().allMatch(e -> e.level() == 4);
        assertThat(reviews.scored(null, 50))
                .filteredOn(r -> r.attempt().equals(id))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.score()).isEqualTo(1.0);
                    assertThat(r.review().comment()).startsWith("The wording of item 2");
                });
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(attempts.exercise(id).review().overridesAutomaticScore()).isTrue();
        assertThat(notices.mine()).anySatisfy(n -> assertThat(n.link()).isEqualTo("attempt/" + id.value()));
    }

    @Test
    void an_override_needs_a_reason_and_happens_once() {
        var id = finishedClassify();

        assertThatThrownBy(() -> reviews.override(id, 3, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("reason"));
        reviews.override(id, 3, "Fair after all.");
        assertThatThrownBy(() -> reviews.override(id, 2, "Again.")).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_role_play_has_no_score_to_override() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThatThrownBy(() -> reviews.override(run, 4, "Because.")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_reflection_after_an_ending_that_asks_for_review_is_queued_reviewed_and_counts() throws Exception {
        SignedIn.as(users, TestUsers.ADMIN);
        var tiny = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/content-base/scenarios/tiny.yaml"));
        var reflective = tiny.replace("id: tiny", "id: tiny-reflect")
                .replace(
                        "    debrief: Sam will be back.",
                        "    debrief: Sam will be back.\n    review_reflection: true");
        assertThat(content.importFiles(
                                List.of(org.orienta.content.ContentFile.of("scenarios/tiny-reflect.yaml", reflective)))
                        .problems())
                .isEmpty();
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny-reflect"), AttemptMode.ASSESSED, null);
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        attempts.reflect(run, 0, "Sam felt welcomed straight away; he will come back.");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).contains(run);
        var reflection = reviews.openReflection(run);
        assertThat(reflection.answers())
                .singleElement()
                .satisfies(a -> assertThat(a.getValue()).startsWith("Sam felt"));
        reviews.submitReflection(run, 3, "You named the feeling; add what made him feel it.");

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).doesNotContain(run);
        assertThat(evidence.findAll().stream()
                        .filter(e -> e.attemptId() == run.value() && e.weight() == EvidenceRecorder.REVIEW_WEIGHT))
                .isNotEmpty()
                .allMatch(e -> e.level() == 3);
        assertThatThrownBy(() -> reviews.submitReflection(run, 2, "Again."))
                .isInstanceOf(ConcurrentEditException.class);
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(attempts.scenario(run).review().comment()).startsWith("You named the feeling");
    }

    @Test
    void reflections_after_an_ordinary_ending_are_not_queued() {
        SignedIn.as(users, TestUsers.TRAINEE);
        var run = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        attempts.choose(run, attempts.scenario(run).nextStep(), "warm");
        attempts.reflect(run, 0, "Fine.");
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null)).extracting(r -> r.attempt()).doesNotContain(run);
    }

    @Test
    void assigning_changing_and_removing_an_assignment_each_leave_an_audit_entry() {
        var due = LocalDate.now().plusDays(14);
        long id = assignments.assign("basics", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, due);

        assertThat(trail(org.orienta.audit.AuditAction.ASSIGNMENT_CREATED)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(TestUsers.TRAINER);
            assertThat(e.target()).isEqualTo("modules/basics (assignment " + id + ")");
            assertThat(e.detail()).contains("1 people", "due " + due);
        });

        var later = due.plusDays(7);
        assignments.changeDue(id, later);
        assertThat(assignments.assignments())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualTo(later));
        assertThat(trail(org.orienta.audit.AuditAction.ASSIGNMENT_CHANGED))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo("due " + due + " → " + later + ", 1 people"));

        assignments.remove(id);
        assertThat(assignments.assignments()).noneMatch(r -> r.id() == id);
        SignedIn.as(users, TestUsers.TRAINEE);
        assertThat(training.myTraining().assigned()).noneMatch(m -> m.key().equals("basics"));
        SignedIn.as(users, TestUsers.TRAINER);
        assertThat(trail(org.orienta.audit.AuditAction.ASSIGNMENT_REMOVED))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo("modules/basics (assignment " + id + ")"));
    }

    @Test
    void a_reminder_leaves_an_audit_entry_naming_the_person_not_the_text() {
        long id = assignments.assign("basics", AssignmentTarget.PEOPLE, List.of(anna().id()), null, null, null);

        assignments.remind(id, anna().id());

        assertThat(trail(org.orienta.audit.AuditAction.REMINDER_SENT))
                .anySatisfy(e ->
                        assertThat(e.detail()).isEqualTo("person " + anna().id().value()));
    }

    @Test
    void a_review_and_a_score_override_leave_audit_entries_without_the_comment() {
        var rewrite = submittedRewrite();
        var levels = new java.util.LinkedHashMap<String, Integer>();
        reviews.open(rewrite).exercise().rubric().forEach(c -> levels.put(c.id(), 3));
        reviews.submit(rewrite, levels, "A private comment.");
        var classify = finishedClassify();
        reviews.override(classify, 4, "Another private reason.");

        assertThat(trail(org.orienta.audit.AuditAction.REVIEW_SUBMITTED))
                .anySatisfy(
                        e -> assertThat(e.target()).startsWith("attempt " + rewrite.value() + " (exercise sx-rewrite"))
                .noneSatisfy(e -> assertThat(e.detail()).contains("private"));
        assertThat(trail(org.orienta.audit.AuditAction.SCORE_OVERRIDDEN)).anySatisfy(e -> {
            assertThat(e.target()).startsWith("attempt " + classify.value() + " (exercise sx-classify");
            assertThat(e.detail()).startsWith("level 4 (automatic score was").doesNotContain("private");
        });
    }
}
