/**
 * The shared kernel: the application shell, error pages and the few types every feature may use.
 * Kept deliberately tiny; anything with business meaning belongs to a feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.orienta.base;
