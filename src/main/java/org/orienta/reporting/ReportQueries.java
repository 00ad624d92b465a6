package org.orienta.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.progress.proficiency.EvidenceOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the reports. Reads people, standings (overall and per observation source), assignments
 * and attempts directly (ADR 0015, 0046): an organisation-wide report is one pass over the running totals,
 * never over the raw steps. Rows stream into the caller, so nothing holds a 100,000-row list.
 */
@Component
class ReportQueries {

    /** A trainee in a report's scope. */
    record Member(
            long id,
            String name,
            @Nullable Long department,
            @Nullable Long jobRole) {}

    /** A trainee's running totals for one competency, overall or for one month. */
    record Totals(long trainee, String competency, String period, long weightUnits, long levelUnits) {}

    record AssignmentFact(
            long trainee, String module, @Nullable LocalDate due, Instant assignedAt, boolean refresher) {}

    record AttemptFact(
            long id,
            long trainee,
            ItemKind kind,
            String key,
            String status,
            @Nullable Double score,
            @Nullable String outcome,
            Instant startedAt,
            @Nullable Instant completedAt,
            Instant lastActivityAt) {}

    private final JdbcClient jdbc;

    ReportQueries(DataSource dataSource, ReportReplica replica) {
        this.jdbc = JdbcClient.create(replica.route(dataSource));
    }

    /** Enabled trainees in scope: department, job role, and (with a module) only those assigned it. */
    Map<Long, Member> members(ReportFilter filter) {
        var sql = new StringBuilder("""
                select p.id, p.display_name, p.department_id, p.job_role_id from person p
                where p.enabled = true
                  and exists (select 1 from person_role r where r.person_id = p.id and r.role = 'TRAINEE')""");
        var params = new HashMap<String, Object>();
        scope(filter, sql, params);
        var result = new HashMap<Long, Member>();
        jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
            var member = new Member(rs.getLong(1), rs.getString(2), nullableLong(rs, 3), nullableLong(rs, 4));
            result.put(member.id(), member);
        });
        return result;
    }

    /**
     * The totals of everyone in scope: overall ("all") without a period, else each month in it, of the
     * evidence the filter's source counts. The join to person only narrows by department; the caller drops
     * anyone not in its member map. Totals without weight (all of it voided or left out) are not passed on.
     *
     * <p>All evidence is the running totals; observed evidence is its sources' totals, added up here; the
     * training's is all minus the observed sources left out (exact: sums of whole numbers, ADR 0046).
     * Either way two queries at most, each one pass over a covering index, never one per row. The sources'
     * rows are added up in memory: H2's GROUP BY over them took three times as long as reading them.
     */
    void totals(ReportFilter filter, @Nullable YearMonth from, @Nullable YearMonth to, Consumer<Totals> sink) {
        Consumer<Totals> weighed = t -> {
            if (t.weightUnits() > 0) {
                sink.accept(t);
            }
        };
        var source = filter.source();
        if (source == EvidenceFilter.ALL) {
            standings(filter, from, to, weighed);
            return;
        }
        if (!source.includesTraining()) {
            var chosen = observedOrigins(source.origins());
            if (chosen.size() == 1) {
                // One source has one row per trainee, competency and period: nothing to add up.
                observed(filter, from, to, chosen, weighed);
            } else {
                observedSums(filter, from, to, chosen).forEach((key, sums) -> weighed.accept(key.totals(sums)));
            }
            return;
        }
        var left = EnumSet.allOf(EvidenceOrigin.class);
        left.removeAll(source.origins());
        var parts = observedSums(filter, from, to, observedOrigins(left));
        standings(filter, from, to, t -> {
            var part = parts.get(new Key(t.trainee(), t.competency(), t.period()));
            weighed.accept(
                    part == null
                            ? t
                            : new Totals(
                                    t.trainee(),
                                    t.competency(),
                                    t.period(),
                                    t.weightUnits() - part[0],
                                    t.levelUnits() - part[1]));
        });
    }

    /** A trainee's competency in a period, as observed sources' totals are added up by. */
    private record Key(long trainee, String competency, String period) {

        Totals totals(long[] sums) {
            return new Totals(trainee, competency, period, sums[0], sums[1]);
        }
    }

    private static List<String> observedOrigins(Set<EvidenceOrigin> origins) {
        return origins.stream()
                .filter(EvidenceOrigin::observed)
                .map(EvidenceOrigin::name)
                .toList();
    }

    /** Some observation sources' totals added up: key → {weight units, level units}. */
    private Map<Key, long[]> observedSums(
            ReportFilter filter, @Nullable YearMonth from, @Nullable YearMonth to, List<String> origins) {
        var sums = new HashMap<Key, long[]>();
        observed(filter, from, to, origins, t -> {
            var sum = sums.computeIfAbsent(new Key(t.trainee(), t.competency(), t.period()), k -> new long[2]);
            sum[0] += t.weightUnits();
            sum[1] += t.levelUnits();
        });
        return sums;
    }

    /** The running totals of all evidence. */
    private void standings(
            ReportFilter filter, @Nullable YearMonth from, @Nullable YearMonth to, Consumer<Totals> sink) {
        var sql = new StringBuilder("""
                select s.trainee_id, s.competency, s.period, s.weight_units, s.level_units
                from competency_standing s""");
        var params = new HashMap<String, Object>();
        where(filter, from, to, sql, params);
        jdbc.sql(sql.toString())
                .params(params)
                .query((ResultSet rs) -> sink.accept(
                        new Totals(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))));
    }

    /** The totals of some observation sources' evidence, a row per source. */
    private void observed(
            ReportFilter filter,
            @Nullable YearMonth from,
            @Nullable YearMonth to,
            List<String> origins,
            Consumer<Totals> sink) {
        if (origins.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("""
                select s.trainee_id, s.competency, s.period, s.weight_units, s.level_units
                from standing_by_origin s""");
        var params = new HashMap<String, Object>();
        where(filter, from, to, sql, params);
        sql.append(" and s.origin in (:origins)");
        params.put("origins", origins);
        jdbc.sql(sql.toString())
                .params(params)
                .query((ResultSet rs) -> sink.accept(
                        new Totals(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))));
    }

    /** The department and the period, for a query over standings aliased {@code s}. */
    private static void where(
            ReportFilter filter,
            @Nullable YearMonth from,
            @Nullable YearMonth to,
            StringBuilder sql,
            Map<String, Object> params) {
        if (filter.department() != null) {
            sql.append(" join person p on p.id = s.trainee_id where p.department_id = :department and ");
            params.put("department", filter.department().value());
        } else {
            sql.append(" where ");
        }
        if (from == null && to == null) {
            sql.append("s.period = 'all'");
        } else {
            sql.append("s.period between :from and :to");
            params.put("from", from == null ? "0000-00" : from.toString());
            params.put("to", to == null ? "9999-99" : to.toString());
        }
    }

    List<AssignmentFact> assignments(ReportFilter filter, @Nullable Long trainee) {
        var sql = new StringBuilder("""
                select a.trainee_id, a.module_key, a.due_date, a.assigned_at, r.recurrence_months
                from assignment a left join assignment_rule r on r.id = a.rule_id
                join person p on p.id = a.trainee_id where 1 = 1""");
        var params = new HashMap<String, Object>();
        if (trainee != null) {
            sql.append(" and a.trainee_id = :trainee");
            params.put("trainee", trainee);
        }
        if (filter.department() != null) {
            sql.append(" and p.department_id = :department");
            params.put("department", filter.department().value());
        }
        if (filter.module() != null) {
            sql.append(" and a.module_key = :module");
            params.put("module", filter.module());
        }
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new AssignmentFact(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        instant(rs, 4),
                        rs.getObject(5) != null))
                .list();
    }

    /**
     * Assessed attempts of the people in scope (narrowed by department in SQL), or of one trainee.
     * Practice runs are the trainee's own: no report, person page or export ever reads them.
     */
    void attempts(ReportFilter filter, @Nullable Long trainee, Consumer<AttemptFact> sink) {
        var sql = new StringBuilder("""
                select t.id, t.trainee_id, t.item_kind, t.item_key, t.status, t.score, t.outcome,
                       t.started_at, t.completed_at, t.last_activity_at
                from attempt t""");
        var params = new HashMap<String, Object>();
        if (trainee != null) {
            sql.append(" where t.mode = 'ASSESSED' and t.trainee_id = :trainee order by t.started_at desc");
            params.put("trainee", trainee);
        } else if (filter.department() != null) {
            sql.append(" join person p on p.id = t.trainee_id"
                    + " where t.mode = 'ASSESSED' and p.department_id = :department");
            params.put("department", filter.department().value());
        } else {
            sql.append(" where t.mode = 'ASSESSED'");
        }
        jdbc.sql(sql.toString())
                .params(params)
                .query((ResultSet rs) -> sink.accept(new AttemptFact(
                        rs.getLong(1),
                        rs.getLong(2),
                        ItemKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        (Double) rs.getObject(6),
                        rs.getString(7),
                        instant(rs, 8),
                        rs.getObject(9) == null ? null : instant(rs, 9),
                        instant(rs, 10))));
    }

    /** Target levels set per job role: job role id → competency code → level. */
    Map<Long, Map<String, Integer>> targets() {
        var result = new HashMap<Long, Map<String, Integer>>();
        // A block, not an expression: an expression lambda would be taken for a ResultSetExtractor.
        jdbc.sql("select job_role_id, competency, level from target_level").query((ResultSet rs) -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        return result;
    }

    Map<Long, String> departmentNames() {
        var result = new HashMap<Long, String>();
        jdbc.sql("select id, name from department").query((ResultSet rs) -> {
            result.put(rs.getLong(1), rs.getString(2));
        });
        return result;
    }

    private static void scope(ReportFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.department() != null) {
            sql.append(" and p.department_id = :department");
            params.put("department", filter.department().value());
        }
        if (filter.jobRole() != null) {
            sql.append(" and p.job_role_id = :jobRole");
            params.put("jobRole", filter.jobRole().value());
        }
        if (filter.module() != null) {
            sql.append(" and exists (select 1 from assignment a where a.trainee_id = p.id and a.module_key = :module)");
            params.put("module", filter.module());
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }

    static List<String> months(YearMonth from, YearMonth to) {
        var result = new ArrayList<String>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            result.add(m.toString());
        }
        return result;
    }
}
