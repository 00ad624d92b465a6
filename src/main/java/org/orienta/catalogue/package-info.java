/**
 * The versioned content catalogue: one item per kind and key, its numbered versions as canonical YAML,
 * publishing, history, archiving and the cache of parsed definitions. Each kind of content (scenario,
 * exercise, quiz, training module, …) plugs in with a {@link org.orienta.catalogue.ContentType} bean.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "competency"})
@org.jspecify.annotations.NullMarked
package org.orienta.catalogue;
