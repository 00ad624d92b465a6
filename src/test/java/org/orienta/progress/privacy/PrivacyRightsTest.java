package org.orienta.progress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.Committed;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditFilter;
import org.orienta.audit.AuditService;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonId;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptReviewRepository;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.orienta.progress.proficiency.CompetencyStandingRepository;
import org.orienta.progress.proficiency.ProficiencyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A trainee's own data download, erasure by an administrator, and the retention purge. */
@IntegrationTest
class PrivacyRightsTest {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AttemptService attempts;

    @Autowired
    PeopleService people;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditService audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    AttemptRepository attemptRepository;

    @Autowired
    AttemptStepRepository steps;

    @Autowired
    org.orienta.progress.attempt.ReviewSuggestionRepository suggestions;

    @Autowired
    org.orienta.progress.attempt.UnclearReplyRepository unclear;

    @Autowired
    CompetencyEvidenceRepository evidence;

    @Autowired
    AttemptReviewRepository reviews;

    @Autowired
    ProficiencyService proficiency;

    @Autowired
    CompetencyStandingRepository standings;

    AttemptId played;

    @BeforeEach
    void anna_played_tiny_and_wrote_a_reflection() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
        SignedIn.as(users, TestUsers.TRAINEE);
        played = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), AttemptMode.ASSESSED, null);
        var play = attempts.choose(played, attempts.scenario(played).nextStep(), "warm");
        while (play.run().decision() != null) {
            play = attempts.choose(
                    played, play.nextStep(), play.run().options().getFirst().id());
        }
        attempts.reflect(played, 0, "I told Mrs Novak in Room 12 that I would call her back.");
    }

    private long anna() {
        return SignedIn.callAs(
                users,
                TestUsers.ADMIN,
                () -> people.findPeople("anna").stream()
                        .filter(p -> p.username().equals("anna"))
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value());
    }

    @Test
    void a_trainee_downloads_everything_about_them_as_json_and_as_csv_tables_and_it_is_audited() throws IOException {
        var data = personalData.mine("json");
        Committed.asIfCommitted();

        assertThat(data.profile().username()).isEqualTo("anna");
        assertThat(data.attempts())
                .extracting(PersonalDataService.AttemptData::item)
                .contains("tiny");
        assertThat(data.answers()).anySatisfy(a -> assertThat(a.answer()).isEqualTo("warm"));
        assertThat(data.evidence()).isNotEmpty();
        var json = new String(PersonalDataService.json(data), StandardCharsets.UTF_8);
        assertThat(json).contains("\"username\" : \"anna\"", "\"answer\" : \"warm\"");

        var entries = new HashMap<String, String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(PersonalDataService.csvZip(data)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries)
                .containsOnlyKeys(
                        "profile.csv",
                        "assignments.csv",
                        "attempts.csv",
                        "answers.csv",
                        "evidence.csv",
                        "reviews.csv",
                        "observations.csv",
                        "sessions.csv");
        assertThat(entries.get("answers.csv")).contains("warm");

        SignedIn.as(users, TestUsers.ADMIN);
        assertThat(audit.search(new AuditFilter(
                        Instant.EPOCH,
                        Instant.parse("2999-01-01T00:00:00Z"),
                        java.util.Set.of(AuditAction.PERSONAL_DATA_EXPORTED),
                        "anna",
                        "")))
                .isNotEmpty();
    }

    @Test
    void erasing_a_person_replaces_who_they_are_and_their_words_but_keeps_their_evidence() {
        long anna = anna();
        long evidenceBefore =
                evidence.findByTraineeIdOrderByRecordedAtAscIdAsc(anna).size();
        SignedIn.as(users, TestUsers.ADMIN);

        var pseudonym = people.erase(new PersonId(anna));
        Committed.asIfCommitted();

        var details = people.get(new PersonId(anna));
        assertThat(pseudonym).isEqualTo("erased-" + anna);
        assertThat(details.username()).isEqualTo(pseudonym);
        assertThat(details.draft().displayName()).doesNotContain("Anna");
        assertThat(details.draft().email()).endsWith("@erased.invalid");
        assertThat(details.enabled()).isFalse();
        assertThat(evidence.findByTraineeIdOrderByRecordedAtAscIdAsc(anna)).hasSize((int) evidenceBefore);
        assertThat(steps.findByAttemptIdOrderByStepNo(played.value()))
                .noneMatch(s -> s.answer().contains("Novak"));
        assertThat(audit.search(new AuditFilter(
                        Instant.EPOCH,
                        Instant.parse("2999-01-01T00:00:00Z"),
                        java.util.Set.of(AuditAction.PERSON_ERASED),
                        "",
                        pseudonym)))
                .hasSize(1);
    }

    @Test
    void erasing_a_person_removes_the_replies_they_typed_in_their_own_words_but_keeps_their_choices() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContentWithOwnWords(content);
        SignedIn.as(users, TestUsers.TRAINEE);
        var talk = attempts.start(new ItemRef(ItemKind.SCENARIO, "kettle-talk"), AttemptMode.PRACTICE, null);
        attempts.noteUnclear(talk, "Mrs Novak, Room 12, what do you want", null, 0.1, true);
        attempts.choose(
                talk,
                1,
                "sorry-help",
                new org.orienta.progress.attempt.TypedReply("So sorry Mrs Novak, let me look", 0.9, true));
        long anna = anna();
        SignedIn.as(users, TestUsers.ADMIN);

        people.erase(new PersonId(anna));
        Committed.asIfCommitted();

        var typed = steps.findByAttemptIdOrderByStepNo(talk.value()).getFirst();
        assertThat(typed.answer()).isEqualTo("sorry-help");
        assertThat(typed.typed()).isNotNull();
        assertThat(typed.typed().text()).isEmpty();
        assertThat(unclear.findByItemKeyOrderByCreatedAtDesc("kettle-talk")).isEmpty();
    }

    @Test
    void an_administrator_cannot_erase_themselves() {
        SignedIn.as(users, TestUsers.ADMIN);
        var me = people.findPeople("admin").stream()
                .filter(p -> p.username().equals("admin"))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> people.erase(me.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_retention_purge_deletes_attempts_past_the_period_and_recomputes_totals_and_is_off_by_default() {
        long anna = anna();
        JdbcClient.create(dataSource)
                .sql("update attempt set last_activity_at = ? where id = ?")
                .params(Instant.parse("2020-06-01T00:00:00Z").atOffset(ZoneOffset.UTC), played.value())
                .update();
        var off = new RetentionPurge(
                new RetentionSettings(0, RetentionSettings.DEFAULT_CRON),
                attemptRepository,
                steps,
                evidence,
                reviews,
                unclear,
                proficiency,
                audit,
                Clock.systemUTC(),
                suggestions);
        assertThat(off.purge()).isZero();
        assertThat(attemptRepository.findById(played.value())).isPresent();

        var sixMonths = new RetentionPurge(
                new RetentionSettings(6, RetentionSettings.DEFAULT_CRON),
                attemptRepository,
                steps,
                evidence,
                reviews,
                unclear,
                proficiency,
                audit,
                Clock.systemUTC(),
                suggestions);
        // A review suggestion refers to the attempt; it goes first, or the attempt could not.
        suggestions.saveAndFlush(new org.orienta.progress.attempt.ReviewSuggestion(
                played.value(),
                org.orienta.base.ItemKind.SCENARIO,
                "tiny",
                "reflection",
                org.orienta.ownwords.LevelSuggestion.none(org.orienta.ownwords.LevelSuggestion.Basis.TOO_LITTLE_BASIS),
                Instant.now()));
        assertThat(sixMonths.purge()).isEqualTo(1);
        assertThat(suggestions.findByAttemptId(played.value())).isEmpty();

        assertThat(attemptRepository.findByTraineeIdOrderByLastActivityAtDesc(anna))
                .isEmpty();
        assertThat(evidence.findByTraineeIdOrderByRecordedAtAscIdAsc(anna)).isEmpty();
        assertThat(standings.findByTraineeIdAndPeriod(anna, "all")).isEmpty();
    }
}
