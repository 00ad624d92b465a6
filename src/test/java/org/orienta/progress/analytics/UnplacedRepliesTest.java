package org.orienta.progress.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.ownwords.ReplyGroup;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What trainees typed that no option covers, as trainers see it in path analytics (issue 25). */
@IntegrationTest
class UnplacedRepliesTest {

    @Autowired
    AnalyticsService analytics;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContentWithOwnWords(content);
    }

    private void typed(String trainee, String... replies) {
        SignedIn.as(users, trainee);
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "kettle-talk"), AttemptMode.PRACTICE, null);
        for (String reply : replies) {
            attempts.noteUnclear(id, reply, null, 0.2, true);
        }
    }

    @Test
    void replies_no_option_covers_are_grouped_by_what_they_say_per_decision_for_those_who_see_individuals() {
        typed(
                TestUsers.TRAINEE,
                "Can I pay for it by card?",
                "Is it possible to pay with a credit card?",
                "What time do you close today?");
        SignedIn.as(users, TestUsers.ADMIN);

        var decisions = analytics.unplacedReplies("kettle-talk");

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.decisionId()).isEqualTo("dp-greet");
            assertThat(d.hiddenReplies()).isZero();
            assertThat(d.groups()).hasSize(2);
            assertThat(d.groups().getFirst().replies()).hasSize(2);
            assertThat(d.groups())
                    .extracting(ReplyGroup::replies)
                    .anySatisfy(r -> assertThat(r).containsExactly("What time do you close today?"));
        });
    }

    @Test
    void a_trainer_sees_no_replies_that_fewer_people_than_the_minimum_group_typed() {
        typed(TestUsers.TRAINEE, "Can I pay for it by card?");
        SignedIn.as(users, TestUsers.TRAINER);

        var decisions = analytics.unplacedReplies("kettle-talk");

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.groups()).isEmpty();
            assertThat(d.hiddenReplies()).isEqualTo(1);
        });
    }
}
