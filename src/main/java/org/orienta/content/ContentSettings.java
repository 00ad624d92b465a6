package org.orienta.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location the content folder imported at start-up ({@code ORIENTA_CONTENT_LOCATION}); when it
 *     does not exist, the pack bundled in the jar is imported instead
 * @param importOnStart whether to import at start-up at all ({@code ORIENTA_CONTENT_IMPORT_ON_START})
 */
@ConfigurationProperties("orienta.content")
record ContentSettings(
        @DefaultValue("content") String location,
        @DefaultValue("true") boolean importOnStart) {}
