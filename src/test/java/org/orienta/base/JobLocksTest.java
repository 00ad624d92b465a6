package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ReflectionUtils;

/**
 * Two nodes of one deployment share the database and nothing else. Each "node" here is its own lock
 * provider on the application's database, as a second application instance would build it. Not
 * transactional: the lock is taken and seen in separate transactions, as on two machines.
 */
@SpringBootTest
@Tag("database")
@ActiveProfiles("test")
class JobLocksTest {

    /** Jobs that work on one node's memory, so every node runs its own. */
    private static final Set<String> PER_NODE = Set.of(
            "org.orienta.people.security.SessionDirectory.readRequests",
            "org.orienta.people.security.IdleSignOut.endIdleSessions",
            "org.orienta.audit.AuditService.writeFinishedRepeats");

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void of_two_nodes_reaching_for_a_job_at_the_same_moment_one_runs_it_and_the_other_skips() throws Exception {
        var first = node();
        var second = node();
        var job = job(Duration.ZERO);
        var runs = Collections.synchronizedList(new ArrayList<String>());
        var secondTried = new CountDownLatch(1);
        try (var otherMachine = Executors.newSingleThreadExecutor()) {
            first.executeWithLock(
                    (Runnable) () -> {
                        runs.add("first");
                        otherMachine.submit(() -> {
                            second.executeWithLock((Runnable) () -> runs.add("second"), job);
                            secondTried.countDown();
                        });
                        try {
                            secondTried.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    job);
        }

        assertThat(runs).containsExactly("first");
    }

    @Test
    void a_node_whose_clock_fires_a_moment_later_skips_the_run_another_node_just_finished() throws Exception {
        var first = node();
        var second = node();
        var job = job(Duration.ofMinutes(5));
        var runs = new ArrayList<String>();

        first.executeWithLock((Runnable) () -> runs.add("first"), job);
        second.executeWithLock((Runnable) () -> runs.add("second"), job);

        assertThat(runs).containsExactly("first");
    }

    @Test
    void a_job_runs_again_once_the_previous_run_has_released_its_lock() throws Exception {
        var first = node();
        var second = node();
        var job = job(Duration.ZERO);
        var runs = new ArrayList<String>();

        first.executeWithLock((Runnable) () -> runs.add("first"), job);
        second.executeWithLock((Runnable) () -> runs.add("second"), job);

        assertThat(runs).containsExactly("first", "second");
    }

    @Test
    void every_scheduled_job_on_the_shared_database_takes_the_lock() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.orienta");
        List<String> unlocked = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))
                .filter(m -> !m.isAnnotatedWith(SchedulerLock.class))
                .map(JobLocksTest::name)
                .filter(name -> !PER_NODE.contains(name))
                .toList();

        assertThat(unlocked)
                .as("scheduled jobs without @SchedulerLock that are not known to be per node")
                .isEmpty();
    }

    @Test
    void a_locked_job_run_through_the_application_leaves_its_lock_in_the_database() {
        var backup = context.getBean("nightlyBackup");
        var run = ReflectionUtils.findMethod(AopUtils.getTargetClass(backup), "run");
        assertThat(run).isNotNull();
        ReflectionUtils.makeAccessible(run);

        ReflectionUtils.invokeMethod(run, backup);

        assertThat(AopUtils.isAopProxy(backup)).isTrue();
        assertThat(JdbcClient.create(dataSource)
                        .sql("select count(*) from shedlock where name = 'nightly-backup'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private LockingTaskExecutor node() {
        return new DefaultLockingTaskExecutor(SchedulingConfiguration.jobLocks(dataSource));
    }

    /** A fresh name per test, so the tests do not see each other's locks. */
    private static LockConfiguration job(Duration atLeast) {
        return new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(), Duration.ofMinutes(10), atLeast);
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getName() + "." + method.getName();
    }
}
