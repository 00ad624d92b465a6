/**
 * Attempts and their steps: starting a run pinned to an item's version, recording each choice, answer
 * or submission on its own commit, the players' views of a run, the catalogue of published items, and
 * the reviews a trainer leaves on an attempt. Its API for other modules is {@code progress::attempt}.
 */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.attempt;
