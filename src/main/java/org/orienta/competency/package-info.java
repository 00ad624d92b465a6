/**
 * The customer-orientation competency framework: ten competencies on a four-level scale, the codes
 * every piece of evidence refers to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "people"})
@org.jspecify.annotations.NullMarked
package org.orienta.competency;
