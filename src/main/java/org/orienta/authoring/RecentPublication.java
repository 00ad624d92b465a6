package org.orienta.authoring;

import java.time.Instant;

/** A version made live, for "recently published": who published what, when. */
public record RecentPublication(
        ContentKind kind, String key, String title, int version, String publishedBy, Instant publishedAt) {}
