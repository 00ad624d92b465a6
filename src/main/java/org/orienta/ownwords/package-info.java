/**
 * Own-words replies: a trainee types what they would say at a role-play decision, and a sentence
 * embedding model running in-process (or an embeddings endpoint the organisation runs, for other
 * languages) maps it to the closest authored option, or abstains (docs/decisions/0042, 0043).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "scenario"})
@org.jspecify.annotations.NullMarked
package org.orienta.ownwords;
