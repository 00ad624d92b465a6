/** Trainees' personal-data rights over their training records: export, erasure and the retention purge. */
@org.jspecify.annotations.NullMarked
package org.orienta.progress.privacy;
