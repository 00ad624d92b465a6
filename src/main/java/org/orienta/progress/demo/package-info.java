/**
 * History that was not played: the demo trainees' six months, and the fixture API that writes a generated
 * organisation's two years for the tools ({@code progress::fixture}, ADR 0027).
 */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.demo;
