package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.orienta.base.Roles;

class RolesTest {

    @Test
    void role_constants_name_exactly_the_roles_there_are() throws IllegalAccessException {
        var constants = new java.util.TreeSet<String>();
        for (var field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }
}
