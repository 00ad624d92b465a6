package org.orienta.tools;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.CompetencyService;
import org.orienta.people.DepartmentId;
import org.orienta.people.JobRoleId;
import org.orienta.people.OrganisationFixture;
import org.orienta.people.SystemAuthentication;
import org.orienta.progress.demo.TrainingHistoryFixture;

/**
 * A realistic organisation for measuring reports: 40 departments, trainees with job roles and their own
 * skill (departments differ), and two years of assignments and assessed work written by progress's
 * fixture. People and history go through the fixture APIs of the modules that own those tables, job-role
 * targets through {@link CompetencyService}.
 */
@CommandBean
class OrganisationGenerator {

    static final String USERNAME_PREFIX = "gen-";
    static final int DEPARTMENTS = 40;

    private static final List<String> AREAS = List.of(
            "Retail stores",
            "Branch banking",
            "Contact centre",
            "Hotel front office",
            "After-sales service",
            "Online support",
            "Claims desk",
            "Field service");
    private static final List<String> REGIONS = List.of("North", "South", "East", "West", "Central");
    private static final List<String> FIRST = List.of(
            "Ada", "Ben", "Carla", "David", "Elif", "Femi", "Greta", "Hamid", "Ines", "Jonas", "Kemal", "Lena", "Marta",
            "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Wim", "Xenia", "Yusuf", "Zoe",
            "Aylin", "Bruno", "Chiara", "Dmitri", "Eva", "Finn");
    private static final List<String> LAST = List.of(
            "Adler",
            "Berg",
            "Costa",
            "Dubois",
            "Eriksen",
            "Fischer",
            "Garcia",
            "Hansen",
            "Ivanova",
            "Jansen",
            "Kaya",
            "Larsen",
            "Meyer",
            "Novak",
            "Okafor",
            "Petrov",
            "Quist",
            "Rossi",
            "Schmidt",
            "Tanaka",
            "Usman",
            "Vogel",
            "Weber",
            "Xu",
            "Yilmaz",
            "Zimmermann",
            "Moreau",
            "Silva");
    private static final List<String> ROLES =
            List.of("Sales associate", "Customer advisor", "Team lead", "Front desk agent", "Service technician");

    /** What was generated. */
    record Summary(
            int trainees,
            int departments,
            long attempts,
            long steps,
            long evidence,
            long standings,
            long assignments,
            long millis) {}

    private final OrganisationFixture people;
    private final TrainingHistoryFixture history;
    private final CompetencyService competencies;
    private final Clock clock;

    OrganisationGenerator(
            OrganisationFixture people, TrainingHistoryFixture history, CompetencyService competencies, Clock clock) {
        this.people = people;
        this.history = history;
        this.competencies = competencies;
        this.clock = clock;
    }

    long generated() {
        return people.countPeopleNamed(USERNAME_PREFIX);
    }

    /** Adds {@code trainees} generated trainees and their history; refuses a database that has some already. */
    Summary generate(int trainees, PrintStream out) {
        if (generated() > 0) {
            throw new IllegalStateException("This database already has a generated organisation (people named "
                    + USERNAME_PREFIX + "...); use a fresh database");
        }
        long started = System.nanoTime();
        var departments = new ArrayList<DepartmentId>();
        for (int i = 0; i < DEPARTMENTS; i++) {
            departments.add(people.department(
                    AREAS.get(i % AREAS.size()) + " " + REGIONS.get(i / AREAS.size() % REGIONS.size())));
        }
        var roles = roles();
        var random = new Random(20_26_12_02L);
        var departmentSkill = new double[departments.size()];
        for (int d = 0; d < departmentSkill.length; d++) {
            departmentSkill[d] = 0.45 + 0.35 * random.nextDouble();
        }
        var createdAt = clock.instant().minus(Duration.ofDays(TrainingHistoryFixture.DAYS + 30));
        var generated = new ArrayList<OrganisationFixture.GeneratedTrainee>();
        var skills = new ArrayList<Double>();
        for (int t = 0; t < trainees; t++) {
            int department = t % departments.size();
            var number = String.format("%05d", t + 1);
            generated.add(new OrganisationFixture.GeneratedTrainee(
                    USERNAME_PREFIX + number,
                    FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size())) + " "
                            + number,
                    departments.get(department),
                    roles.get(random.nextInt(roles.size())),
                    createdAt));
            skills.add(Math.max(0.15, Math.min(0.95, departmentSkill[department] + random.nextGaussian() * 0.1)));
        }
        var ids = people.addTrainees(generated);
        var withSkill = new ArrayList<TrainingHistoryFixture.Trainee>();
        for (int t = 0; t < ids.size(); t++) {
            withSkill.add(new TrainingHistoryFixture.Trainee(ids.get(t), skills.get(t)));
        }
        var summary = history.generate(withSkill, random, out);
        return new Summary(
                trainees,
                departments.size(),
                summary.attempts(),
                summary.steps(),
                summary.evidence(),
                summary.standings(),
                summary.assignments(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Front-line job roles; a role without targets gets some, so gaps differ by role as they would. */
    private List<JobRoleId> roles() {
        var result = new ArrayList<JobRoleId>();
        for (int r = 0; r < ROLES.size(); r++) {
            var id = people.jobRole(ROLES.get(r));
            result.add(id);
            var teamLead = ROLES.get(r).equals("Team lead");
            int role = r;
            SystemAuthentication.call(() -> {
                if (!competencies.hasTargets(id)) {
                    for (int c = 1; c <= 10; c++) {
                        // Team leads aim higher; everyone else at Professional with two Standard targets.
                        competencies.setTarget(
                                id,
                                new CompetencyCode("CO" + c),
                                teamLead ? (c % 3 == 0 ? 4 : 3) : (c + role) % 5 == 0 ? 2 : 3);
                    }
                }
                return null;
            });
        }
        return result;
    }
}
