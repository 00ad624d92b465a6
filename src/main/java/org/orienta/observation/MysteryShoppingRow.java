package org.orienta.observation;

import java.time.YearMonth;

/**
 * Mystery shopping for one branch and month: how many visits, how many behaviours were observed on them,
 * and the share done (partly counts half).
 */
public record MysteryShoppingRow(
        String branch, YearMonth month, int visits, int observedBehaviours, double doneShare) {}
