package org.orienta.people;

import org.jspecify.annotations.Nullable;

/**
 * The result of creating a person. When the administrator left the password empty, Orienta generated
 * a one-time password, returned here exactly once so it can be handed over; it is not stored in clear.
 */
public record CreatedPerson(PersonId id, @Nullable String oneTimePassword) {}
