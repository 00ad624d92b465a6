package org.orienta.observation.ui;

import org.orienta.base.ui.MenuEntryFilter;
import org.orienta.observation.ObservationService;

/**
 * "Observe my team" in the menu of people who manage someone (People: each person's manager), not of
 * every employee, to whom the page could only say they have no team.
 */
@org.springframework.stereotype.Component
class TeamMenuEntry implements MenuEntryFilter {

    private final ObservationService observations;

    TeamMenuEntry(ObservationService observations) {
        this.observations = observations;
    }

    @Override
    public boolean shows(String path) {
        return !path.replaceFirst("^/", "").equals(TeamObservationView.ROUTE)
                || !observations.myTeam().isEmpty();
    }
}
