package org.orienta.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.orienta.progress.proficiency.LevelRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small organisation written straight into the tables, inside the test's transaction: departments,
 * job roles with targets, trainees and their running totals chosen so every report figure can be
 * worked out by hand.
 */
final class ReportFixture {

    private final JdbcClient jdbc;
    /** Comfortably enough evidence for a level at the test's moment. */
    private final long enough;
    /** Too little evidence for a level. */
    private final long tooLittle;

    ReportFixture(DataSource dataSource, LevelRule rule) {
        this.jdbc = JdbcClient.create(dataSource);
        this.enough = (long) Math.ceil(rule.minimumUnits() * 10);
        this.tooLittle = Math.max(1, (long) Math.floor(rule.minimumUnits() / 10));
    }

    long department(String name) {
        jdbc.sql("insert into department (name) values (?)").param(name).update();
        return jdbc.sql("select id from department where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    long jobRole(String name) {
        jdbc.sql("insert into job_role (name) values (?)").param(name).update();
        return jdbc.sql("select id from job_role where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    void target(long jobRole, String competency, int level) {
        jdbc.sql("insert into target_level (job_role_id, competency, level) values (?, ?, ?)")
                .params(jobRole, competency, level)
                .update();
    }

    long trainee(String username, long department, long jobRole) {
        jdbc.sql("""
                insert into person (username, display_name, email, department_id, job_role_id, enabled, password_hash,
                                    must_change_password, created_at)
                values (?, ?, ?, ?, ?, true, 'x', false, current_timestamp)""")
                .params(username, "Person " + username, username + "@example.invalid", department, jobRole)
                .update();
        long id = jdbc.sql("select id from person where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        jdbc.sql("insert into person_role (person_id, role) values (?, 'TRAINEE')")
                .param(id)
                .update();
        return id;
    }

    /** An overall level with plenty of evidence behind it. */
    void level(long trainee, String competency, int level) {
        standing(trainee, competency, "all", enough, level * enough);
    }

    /** Some evidence, but not enough for a level. */
    void tooLittle(long trainee, String competency, int level) {
        standing(trainee, competency, "all", tooLittle, level * tooLittle);
    }

    /** One month's totals: evidence worth {@code weight} units at the mean {@code mean}. */
    void month(long trainee, String competency, YearMonth month, long weight, double mean) {
        standing(trainee, competency, month.toString(), weight, Math.round(weight * mean));
    }

    void assign(long trainee, String module, LocalDate due, Instant assignedAt) {
        jdbc.sql("""
                insert into assignment (trainee_id, module_key, due_date, assigned_by, assigned_at)
                values (?, ?, ?, 'test', ?)""")
                .params(trainee, module, due, assignedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    void attempt(long trainee, String kind, String key, boolean assessed, String status) {
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into attempt (trainee_id, item_kind, item_key, item_version, mode, status, seed, started_at,
                                     completed_at, last_activity_at)
                values (?, ?, ?, 1, ?, ?, 1, ?, ?, ?)""")
                .params(
                        trainee,
                        kind,
                        key,
                        assessed ? "ASSESSED" : "PRACTICE",
                        status,
                        now,
                        status.equals("COMPLETED") ? now : null,
                        now)
                .update();
    }

    /**
     * Evidence observed from one source ({@code JOB}, {@code SESSION}, {@code MYSTERY_SHOPPING}) with
     * plenty behind it, overall: in the source's totals and, as recording does, in the overall totals too.
     */
    void observed(long trainee, String competency, String origin, int level) {
        observed(trainee, competency, "all", origin, enough, level * enough);
    }

    /** One month's observed evidence of one source: {@code weight} units at the mean {@code mean}. */
    void observedMonth(long trainee, String competency, YearMonth month, String origin, long weight, double mean) {
        observed(trainee, competency, month.toString(), origin, weight, Math.round(weight * mean));
    }

    private void observed(long trainee, String competency, String period, String origin, long weight, long level) {
        jdbc.sql("""
                insert into standing_by_origin (trainee_id, competency, period, origin, weight_units, level_units,
                                                square_units, evidence_count)
                values (?, ?, ?, ?, ?, ?, 0, 3)""").params(trainee, competency, period, origin, weight, level).update();
        int added =
                jdbc.sql("""
                update competency_standing
                set weight_units = weight_units + ?, level_units = level_units + ?, evidence_count = evidence_count + 3
                where trainee_id = ? and competency = ? and period = ?""").params(weight, level, trainee, competency, period).update();
        if (added == 0) {
            standing(trainee, competency, period, weight, level);
        }
    }

    private void standing(long trainee, String competency, String period, long weight, long level) {
        jdbc.sql("""
                insert into competency_standing (trainee_id, competency, period, weight_units, level_units,
                                                 square_units, evidence_count)
                values (?, ?, ?, ?, ?, 0, 3)""").params(trainee, competency, period, weight, level).update();
    }
}
