package org.orienta.observation;

import java.util.Set;

/** Which observations HR compares with the training: all of them, those from sessions, or those from work. */
public enum ObservedSource {
    ALL(Set.of(ObservationSource.SESSION, ObservationSource.JOB, ObservationSource.MYSTERY_SHOPPING)),
    SESSIONS(Set.of(ObservationSource.SESSION)),
    JOB(Set.of(ObservationSource.JOB, ObservationSource.MYSTERY_SHOPPING));

    private final Set<ObservationSource> sources;

    ObservedSource(Set<ObservationSource> sources) {
        this.sources = sources;
    }

    public boolean includes(ObservationSource source) {
        return sources.contains(source);
    }
}
