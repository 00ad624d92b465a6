package org.orienta.progress.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.curriculum.CurriculumService;
import org.orienta.people.DemoMode;
import org.orienta.people.PeopleService;
import org.orienta.people.Role;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.Attempt;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStep;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.StepKind;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring;
import org.orienta.quiz.QuizService;
import org.orienta.scenario.Playthrough;
import org.orienta.scenario.ScenarioService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: six months of assessed history for the demo trainees who have none yet, so My
 * competencies, trends and reports show something real on first start. Each trainee has their own
 * strengths (a chance of choosing the better option per competency); the same steps, evidence and
 * running totals are written as for live play, dated in the past.
 */
@Component
@ConditionalOnProperty(name = "orienta.demo-history", havingValue = "true", matchIfMissing = true)
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    static final String WORK = "demo-history";

    /** How likely each demo trainee chooses well; anna is strong in listening, weaker in business judgement. */
    private static final Map<String, Double> SKILL = Map.of(
            "anna", 0.75, "ben", 0.45, "chloe", 0.85, "daniel", 0.6, "emma", 0.7, "farid", 0.8, "grace", 0.55, "hugo",
            0.4);

    private final DemoMode demoMode;
    private final PeopleService people;
    private final CurriculumService curriculum;
    private final ScenarioService scenarios;
    private final QuizService quizzes;
    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final EvidenceRecorder recorder;
    private final Clock clock;
    private final org.orienta.base.StartupWork startupWork;
    private final org.springframework.context.ApplicationContext context;

    DemoHistory(
            DemoMode demoMode,
            PeopleService people,
            CurriculumService curriculum,
            ScenarioService scenarios,
            QuizService quizzes,
            AttemptRepository attempts,
            AttemptStepRepository steps,
            EvidenceRecorder recorder,
            Clock clock,
            org.orienta.base.StartupWork startupWork,
            org.springframework.context.ApplicationContext context) {
        this.startupWork = startupWork;
        this.context = context;
        if (demoMode.enabled()) {
            // Pending from before the application is ready: the sign-in page never claims the demo is ready early.
            startupWork.begins(WORK);
        }
        this.demoMode = demoMode;
        this.people = people;
        this.curriculum = curriculum;
        this.scenarios = scenarios;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.steps = steps;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * After start-up, in the background: the sign-in page does not wait the seconds this takes, and a
     * demo trainee who signs in at once sees their history appear on the next page they open.
     */
    @EventListener(org.orienta.base.StartupFinished.class)
    void startInBackground() {
        if (!demoMode.enabled()) {
            return;
        }
        var self = context.getBean(DemoHistory.class);
        Thread.ofPlatform().name("demo-history").daemon().start(() -> {
            try {
                long started = System.nanoTime();
                int trainees = self.run();
                // After the commit: what a person (or a test) reads from now on includes the history.
                log.info(
                        "Demo mode: demo history ready ({} trainees given six months of history in {} ms; "
                                + "ORIENTA_DEMO_HISTORY=false starts them without)",
                        trainees,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                // Demo data only: Orienta works without it, so say so and carry on.
                log.warn("Demo mode: could not write the demo trainees' history: {}", e.getMessage(), e);
            } finally {
                startupWork.finished(WORK);
            }
        });
    }

    /** Returns how many demo trainees were given a history (none if all have one already). */
    @Transactional
    int run() {
        return SystemAuthentication.call(() -> {
            int played = 0;
            var ids = new HashMap<String, Long>();
            people.findPeople("").forEach(p -> ids.put(p.username(), p.id().value()));
            for (var account : demoMode.accounts()) {
                var id = ids.get(account.username());
                if (id == null
                        || !account.roles().contains(Role.TRAINEE)
                        || !attempts.findByTraineeIdOrderByLastActivityAtDesc(id)
                                .isEmpty()) {
                    continue;
                }
                play(
                        id,
                        SKILL.getOrDefault(account.username(), 0.6),
                        new Random(account.username().hashCode()));
                played++;
            }
            return played;
        });
    }

    private void play(long traineeId, double skill, Random random) {
        var items = new ArrayList<ItemRef>();
        for (var module :
                List.of("foundations", "service-levels", "ownership-and-commitments", "listening-and-language")) {
            curriculum
                    .published(module)
                    .ifPresent(m -> m.definition().items().stream()
                            .filter(i -> i.kind() != ItemKind.EXERCISE && !items.contains(i))
                            .forEach(items::add));
        }
        var now = clock.instant();
        for (int i = 0; i < items.size(); i++) {
            var when = now.minus(Duration.ofDays(180L - (170L * i / Math.max(1, items.size()))))
                    .plus(Duration.ofMinutes(random.nextInt(600)));
            var item = items.get(i);
            switch (item.kind()) {
                case SCENARIO ->
                    scenarios
                            .published(item.key())
                            .ifPresent(s -> scenario(traineeId, item, s.version(), skill, random, when));
                case QUIZ ->
                    quizzes.published(item.key())
                            .ifPresent(q -> quiz(traineeId, item, q.version(), skill, random, when));
                default -> {
                    // Exercises stay for the trainee to try.
                }
            }
        }
    }

    private void scenario(long traineeId, ItemRef item, int version, double skill, Random random, Instant when) {
        var definition = scenarios.version(item.key(), version);
        var attempt = attempts.save(
                new Attempt(traineeId, item, version, null, AttemptMode.ASSESSED, random.nextLong(), when));
        var choices = new ArrayList<String>();
        var run = Playthrough.replay(definition, attempt.seed(), choices);
        var at = when;
        while (run.decision() != null) {
            var options = run.options();
            var good = options.stream()
                    .filter(o -> o.evidence().stream().allMatch(e -> e.level() >= 3))
                    .toList();
            var poor = options.stream().filter(o -> !good.contains(o)).toList();
            var pick = (random.nextDouble() < skill && !good.isEmpty()) || poor.isEmpty()
                    ? good.get(random.nextInt(good.size()))
                    : poor.get(random.nextInt(poor.size()));
            choices.add(pick.id());
            run = Playthrough.replay(definition, attempt.seed(), choices);
            at = at.plusSeconds(40 + random.nextInt(60));
            int stepNo = attempt.takeStep(StepKind.CHOICE, at);
            var step = steps.save(new AttemptStep(
                    attempt.id().value(),
                    stepNo,
                    StepKind.CHOICE,
                    run.choices().getLast().decisionId(),
                    pick.id(),
                    null,
                    at));
            for (var claim : pick.evidence()) {
                recorder.record(
                        attempt,
                        claim,
                        EvidenceRecorder.weight(ItemKind.SCENARIO),
                        run.choices().getLast().decisionId() + "/" + pick.id(),
                        step.id(),
                        at);
            }
        }
        attempt.complete(AttemptService.score(run), null, run.ended().outcome(), at);
    }

    private void quiz(long traineeId, ItemRef item, int version, double skill, Random random, Instant when) {
        var definition = quizzes.version(item.key(), version);
        var attempt = attempts.save(
                new Attempt(traineeId, item, version, null, AttemptMode.ASSESSED, random.nextLong(), when));
        var paper = QuizPaper.draw(definition, attempt.seed());
        var results = new ArrayList<QuizScoring.QuestionResult>();
        var at = when;
        for (Question question : paper.questions()) {
            boolean right = random.nextDouble() < skill;
            var answer = right ? SampleAnswers.right(question) : SampleAnswers.wrong(question);
            var result = QuizScoring.score(question, answer);
            results.add(result);
            at = at.plusSeconds(20 + random.nextInt(40));
            int stepNo = attempt.takeStep(StepKind.ANSWER, at);
            var step = steps.save(new AttemptStep(
                    attempt.id().value(),
                    stepNo,
                    StepKind.ANSWER,
                    question.id(),
                    AnswerCodec.write(answer),
                    result.correct(),
                    at));
            for (var claim : QuizScoring.evidence(question, result)) {
                recorder.record(attempt, claim, EvidenceRecorder.weight(ItemKind.QUIZ), question.id(), step.id(), at);
            }
        }
        var total = QuizScoring.total(definition, paper, results);
        attempt.complete(total.score(), total.passed(), null, at);
    }
}
