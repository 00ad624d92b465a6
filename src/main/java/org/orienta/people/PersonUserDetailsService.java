package org.orienta.people;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the person signing in; and, as Spring Security's password service, stores the new hash when a
 * sign-in checked a password against a hash of an older scheme (bcrypt before Argon2id).
 */
@Component
class PersonUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null) {
            return user;
        }
        var person = people.findByUsername(PersonRules.normaliseUsername(user.getUsername()));
        if (person.isEmpty()) {
            return user;
        }
        // The same password in a stronger hash: whether it must still be changed stays as it was.
        person.get().rehashPassword(newPassword);
        var p = person.get();
        return new SignedInPerson(p.id(), p.username(), p.displayName(), p.roles(), p.enabled(), newPassword);
    }
}
