/**
 * Who uses Orienta and what they may do: people, departments, job roles, roles, sign-in and the
 * first administrator. Other modules use {@link org.orienta.people.CurrentUser}, {@link org.orienta.people.PersonId}
 * and {@link org.orienta.people.Roles}; they never see the entities.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "audit"})
@org.jspecify.annotations.NullMarked
package org.orienta.people;
