package org.orienta.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for the whole application. Behind a load balancer every node runs the same schedule:
 * a job that works on this node's memory (its sessions, its audit counts) runs everywhere, a job that
 * works on the shared database carries {@code @SchedulerLock} and runs on one node per firing. The lock
 * is a row in the {@code shedlock} table with the database's clock, so nodes whose clocks differ by a
 * few seconds still agree; a node that dies holding it frees it after the job's {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return jobLocks(dataSource);
    }

    /** Also what a second node would build; the two-node test uses it to be one. */
    static LockProvider jobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
