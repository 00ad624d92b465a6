package org.orienta.progress.proficiency;

import org.orienta.people.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts the observations recorded before V51 into their sources' totals, once: at a start that finds no
 * source totals kept but observed evidence counted. An observation's evidence comes from its checklist's
 * content, which the migration's SQL cannot read. Runs before the start-up gate opens, so no observation
 * is recorded on this node meanwhile; a second node doing the same at the same moment fails on the
 * unique key and leaves the first one's work (ADR 0046).
 */
@Component
@Order(50)
class OriginStandingsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OriginStandingsBackfill.class);

    private final ProficiencyService proficiency;

    OriginStandingsBackfill(ProficiencyService proficiency) {
        this.proficiency = proficiency;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            var counted = backfill();
            if (counted > 0) {
                log.info("Counted {} pieces of observed evidence into their sources' totals", counted);
            }
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            log.info("Another node counted the observed evidence into its sources' totals");
        }
    }

    /** Builds the sources' totals when none are kept yet; returns how many pieces were counted. */
    long backfill() {
        return SystemAuthentication.call(proficiency::backfillSources);
    }
}
