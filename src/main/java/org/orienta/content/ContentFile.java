package org.orienta.content;

import java.nio.charset.StandardCharsets;

/**
 * One file of a content folder: its path relative to the folder ("scenarios/rp-01.yaml") and its bytes,
 * decoded (and checked to be UTF-8) only when read.
 */
public record ContentFile(String path, byte[] bytes) {

    public static ContentFile of(String path, String text) {
        return new ContentFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
