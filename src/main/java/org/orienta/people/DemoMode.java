package org.orienta.people;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a small organisation to try Orienta with. Its logins are public knowledge, so they are
 * listed on the sign-in page while demo mode is on and disabled as soon as Orienta starts without it.
 */
@Component
public class DemoMode {

    /** Shared by every demo account; it is printed on the sign-in page, so it protects nothing. */
    public static final String PASSWORD = "orienta-demo";

    static final String RETAIL = "Retail";
    static final String BANKING = "Banking";
    static final String CONTACT_CENTRE = "Contact Centre";
    static final String SALES_ASSOCIATE = "Sales associate";
    static final String FRONT_DESK_ADVISOR = "Front-desk advisor";
    static final String CONTACT_CENTRE_AGENT = "Contact-centre agent";
    static final String TEAM_LEAD = "Team lead";
    static final String TRAINER = "Trainer";
    static final String HR_PARTNER = "HR business partner";

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("trainer", "Maya Chen", Set.of(Role.TRAINER), RETAIL, TRAINER),
            new DemoAccount("hr", "Sam Patel", Set.of(Role.HR), BANKING, HR_PARTNER),
            new DemoAccount("anna", "Anna Kowalski", Set.of(Role.TRAINEE), RETAIL, SALES_ASSOCIATE),
            new DemoAccount("ben", "Ben Okafor", Set.of(Role.TRAINEE), RETAIL, SALES_ASSOCIATE),
            new DemoAccount("chloe", "Chloé Martin", Set.of(Role.TRAINEE), RETAIL, TEAM_LEAD),
            new DemoAccount("daniel", "Daniel Weber", Set.of(Role.TRAINEE), BANKING, FRONT_DESK_ADVISOR),
            new DemoAccount("emma", "Emma Lindqvist", Set.of(Role.TRAINEE), BANKING, FRONT_DESK_ADVISOR),
            new DemoAccount("farid", "Farid Haddad", Set.of(Role.TRAINEE), BANKING, TEAM_LEAD),
            new DemoAccount("grace", "Grace Mensah", Set.of(Role.TRAINEE), CONTACT_CENTRE, CONTACT_CENTRE_AGENT),
            new DemoAccount("hugo", "Hugo Silva", Set.of(Role.TRAINEE), CONTACT_CENTRE, CONTACT_CENTRE_AGENT));

    private final boolean enabled;

    DemoMode(PeopleSettings settings) {
        this.enabled = settings.demo();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The demo logins while demo mode is on; none otherwise. */
    public List<DemoAccount> accounts() {
        return enabled ? ACCOUNTS : List.of();
    }

    static List<DemoAccount> allAccounts() {
        return ACCOUNTS;
    }
}
