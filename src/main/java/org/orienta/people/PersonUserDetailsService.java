package org.orienta.people;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return people.findByUsername(PersonRules.normaliseUsername(username))
                .map(p -> new SignedInPerson(
                        p.id(), p.username(), p.displayName(), p.roles(), p.enabled(), p.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such person"));
    }
}
