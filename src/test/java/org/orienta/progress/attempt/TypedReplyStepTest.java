package org.orienta.progress.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** A choice made by typing: recorded as the click on its option would be, with the words kept beside it. */
@IntegrationTest
@WithUserDetails(TestUsers.TRAINEE)
class TypedReplyStepTest {

    private static final ItemRef TALK = new ItemRef(ItemKind.SCENARIO, "kettle-talk");

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    AttemptStepRepository steps;

    @Autowired
    UnclearReplyRepository unclear;

    @Autowired
    CompetencyEvidenceRepository evidence;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContentWithOwnWords(content);
    }

    @Test
    void a_typed_reply_is_the_chosen_option_in_every_respect_and_its_words_are_kept_with_the_step() {
        var typed = attempts.start(TALK, AttemptMode.ASSESSED, null);
        var clicked = attempts.start(TALK, AttemptMode.ASSESSED, null);

        var afterTyping =
                attempts.choose(typed, 1, "sorry-help", new TypedReply("Oh dear, let me have a look", 0.81, true));
        var afterClicking = attempts.choose(clicked, 1, "sorry-help");

        assertThat(afterTyping.run().transcript()).isEqualTo(afterClicking.run().transcript());
        assertThat(afterTyping.run().state()).isEqualTo(afterClicking.run().state());
        assertThat(evidence.findByAttemptId(typed.value()))
                .extracting(e -> e.competency() + ":" + e.level() + ":" + e.ref())
                .containsExactlyElementsOf(evidence.findByAttemptId(clicked.value()).stream()
                        .map(e -> e.competency() + ":" + e.level() + ":" + e.ref())
                        .toList());
        assertThat(steps.findByAttemptIdOrderByStepNo(typed.value()))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.answer()).isEqualTo("sorry-help");
                    assertThat(s.typed()).isEqualTo(new TypedReply("Oh dear, let me have a look", 0.81, true));
                });
        assertThat(afterTyping.typedAt(0)).map(TypedReply::text).contains("Oh dear, let me have a look");
        assertThat(afterClicking.typedAt(0)).isEmpty();
    }

    @Test
    void the_typed_words_come_back_with_the_run_on_every_later_load() {
        var id = attempts.start(TALK, AttemptMode.PRACTICE, null);
        attempts.choose(id, 1, "sorry-help", new TypedReply("sorry, I'll check it", 0.7, true));
        attempts.choose(id, 2, "swap-now", new TypedReply("here, take a new one", 0.3, false));

        var play = attempts.scenario(id);

        assertThat(play.run().finished()).isTrue();
        assertThat(play.typedAt(0)).map(TypedReply::text).contains("sorry, I'll check it");
        assertThat(play.typedAt(1)).contains(new TypedReply("here, take a new one", 0.3, false));
    }

    @Test
    void a_reply_the_matcher_could_not_place_is_kept_for_trainers_and_changes_nothing_in_the_run() {
        var id = attempts.start(TALK, AttemptMode.PRACTICE, null);

        attempts.noteUnclear(id, "  can I pay by card?  ", "receipt-first", 0.31, false);

        var play = attempts.scenario(id);
        assertThat(play.stepsTaken()).isZero();
        assertThat(play.run().decision().id()).isEqualTo("dp-greet");
        assertThat(unclear.findByItemKeyOrderByCreatedAtDesc("kettle-talk"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reply()).isEqualTo("can I pay by card?");
                    assertThat(r.decisionId()).isEqualTo("dp-greet");
                    assertThat(r.closestOption()).isEqualTo("receipt-first");
                    assertThat(r.offTopic()).isFalse();
                });
    }

    @Test
    void a_typed_reply_longer_than_a_spoken_turn_is_cut_to_the_limit() {
        var reply = new TypedReply("a".repeat(TypedReply.MAX_LENGTH + 50), 1, true);

        assertThat(reply.text()).hasSize(TypedReply.MAX_LENGTH);
    }
}
