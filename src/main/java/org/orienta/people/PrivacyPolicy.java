package org.orienta.people;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see individual people in reports, and the smallest group shown as an aggregate to everyone
 * else: an average over two or three people is as good as naming them.
 */
@Component
public class PrivacyPolicy {

    /**
     * @param minimumGroupSize groups smaller than this are not shown as aggregates to roles that may not
     *     see individuals ({@code ORIENTA_PRIVACY_MINIMUM_GROUP_SIZE}, default 5)
     * @param individualRoles roles that may see individual people's levels, assignments and evidence
     *     ({@code ORIENTA_PRIVACY_INDIVIDUAL_ROLES}, default HR and ADMIN)
     */
    @ConfigurationProperties("orienta.privacy")
    record Settings(
            @DefaultValue("5") int minimumGroupSize,
            @DefaultValue({"HR", "ADMIN"}) Set<Role> individualRoles) {

        Settings {
            if (minimumGroupSize < 1) {
                throw new IllegalArgumentException("orienta.privacy.minimum-group-size must be at least 1");
            }
            individualRoles = Set.copyOf(individualRoles);
        }
    }

    private final Settings settings;
    private final CurrentUser currentUser;

    PrivacyPolicy(Settings settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    public int minimumGroupSize() {
        return settings.minimumGroupSize();
    }

    /** Whether the signed-in person may see individuals (and so every group, however small). */
    public boolean seesIndividuals() {
        return settings.individualRoles().stream().anyMatch(currentUser::hasRole);
    }

    /** Whether an aggregate over this many people may be shown to the signed-in person. */
    public boolean shows(int groupSize) {
        return groupSize >= settings.minimumGroupSize() || seesIndividuals();
    }

    public void requireIndividuals() {
        if (!seesIndividuals()) {
            throw new AccessDeniedException("individual people are not shown to this role");
        }
    }
}
