package org.orienta.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The bundled content pack without its translation files: for tests about translating, which need items
 * whose other languages are still to be written, now that the pack itself is complete in all five.
 */
public final class BundledEnglish {

    private BundledEnglish() {}

    public static List<ContentFile> files() {
        return ContentSource.folder(Path.of("content")).stream()
                .filter(f -> !ContentTranslations.isTranslation(f.path()))
                .toList();
    }
}
