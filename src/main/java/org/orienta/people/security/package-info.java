/** Spring Security wiring: sign-in, sign-out, method security and password hashing. */
@org.jspecify.annotations.NullMarked
package org.orienta.people.security;
