package org.orienta.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Fixture API for generated organisations ({@code generate-organisation}, {@code benchmark reports}):
 * departments, job roles and trainees written straight into this module's tables with JDBC batches,
 * because 10,000 people through {@link PeopleService} (one bcrypt hash and one transaction each) take
 * tens of minutes (ADR 0027). Generated people cannot sign in: their password hash matches no password.
 * Not for application code: nothing here is audited.
 */
@Component
public class OrganisationFixture {

    private static final String HASH = "{bcrypt}$2a$10$generated.people.cannot.sign.in.xxxxxxxxxxxxxxxxxxxxxx";

    /** A trainee to add; the department and job role are ids from {@link #department} and {@link #jobRole}. */
    public record GeneratedTrainee(
            String username, String displayName, DepartmentId department, JobRoleId jobRole, Instant createdAt) {}

    private final DataSource dataSource;

    OrganisationFixture(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether anyone's username starts with {@code prefix} (a generated organisation is there already). */
    public long countPeopleNamed(String prefix) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select count(*) from person where username like ?")) {
            select.setString(1, prefix + "%");
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The department of that name, added if there is none. */
    public DepartmentId department(String name) {
        return new DepartmentId(idOrInsert("department", name));
    }

    /** The job role of that name, added if there is none. */
    public JobRoleId jobRole(String name) {
        return new JobRoleId(idOrInsert("job_role", name));
    }

    /** Adds the trainees in one transaction, in the given order; returns their ids in that order. */
    public List<PersonId> addTrainees(List<GeneratedTrainee> trainees) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long next = next(connection);
            var ids = new ArrayList<PersonId>(trainees.size());
            try (var person = connection.prepareStatement("insert into person (id, username, display_name, email, "
                            + "department_id, job_role_id, enabled, password_hash, must_change_password, demo, "
                            + "created_at) values (?, ?, ?, ?, ?, ?, true, ?, false, false, ?)");
                    var role = connection.prepareStatement(
                            "insert into person_role (person_id, role) values (?, 'TRAINEE')")) {
                for (var trainee : trainees) {
                    long id = next++;
                    person.setLong(1, id);
                    person.setString(2, trainee.username());
                    person.setString(3, trainee.displayName());
                    person.setString(4, trainee.username() + "@example.invalid");
                    person.setLong(5, trainee.department().value());
                    person.setLong(6, trainee.jobRole().value());
                    person.setString(7, HASH);
                    person.setObject(8, trainee.createdAt().atOffset(ZoneOffset.UTC));
                    person.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    ids.add(new PersonId(id));
                }
                person.executeBatch();
                role.executeBatch();
            }
            try (var statement = connection.createStatement()) {
                // Ids were handed out here: move the identity past them (H2 and PostgreSQL accept this form).
                statement.execute("alter table person alter column id restart with " + next);
            }
            connection.commit();
            return ids;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static long next(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select coalesce(max(id), 0) + 1000 from person");
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long idOrInsert(String table, String name) {
        try (var connection = dataSource.getConnection()) {
            try (var select = connection.prepareStatement("select id from " + table + " where name = ?")) {
                select.setString(1, name);
                try (var rows = select.executeQuery()) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
            }
            try (var insert =
                    connection.prepareStatement("insert into " + table + " (name) values (?)", new String[] {"id"})) {
                insert.setString(1, name);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("Generating the organisation failed: " + e.getMessage(), e);
    }
}
