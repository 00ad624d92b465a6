package org.orienta.reporting;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text for PDFs in any script: each run of characters is set in the first embedded font that has
 * them (Noto Sans for Latin, Greek and Cyrillic, then Thai, Arabic, Hebrew and emoji), so a name in
 * Thai or an emoji in a department's name is printed rather than silently dropped. A character no
 * font has becomes a visible � and the report says so (docs/decisions/0034-fonts.md).
 *
 * <p>Facilitated sessions print their guides and attendance sheets with it too, so every PDF Orienta
 * makes prints every language's letters the same way.
 *
 * <p>The fonts come from the build (profile install-fonts), never from the operating system, so a
 * report looks the same on every server.
 */
public final class PdfText {

    /** What a report prints in place of a character none of its fonts can show. */
    public static final String MISSING = "\uFFFD";

    private record Face(BaseFont regular, BaseFont bold) {}

    private static final class Faces {
        // Loaded once: parsing the fonts costs ~100 ms and they never change while running.
        static final List<Face> ALL = List.of(
                face("NotoSans_400Regular.ttf", "NotoSans_700Bold.ttf"),
                face("NotoSansThai_400Regular.ttf", "NotoSansThai_700Bold.ttf"),
                face("NotoSansArabic_400Regular.ttf", null),
                face("NotoSansHebrew_400Regular.ttf", null),
                face("NotoEmoji_400Regular.ttf", null));
    }

    private boolean missing;

    /** Whether any text set so far had a character that no font could show. */
    public boolean hadMissing() {
        return missing;
    }

    /** The text as a phrase whose runs each use a font that has their characters. */
    public Phrase phrase(String text, float size, boolean bold, Color color) {
        var phrase = new Phrase();
        var run = new StringBuilder();
        @Nullable Face runFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            var face = faceFor(cp);
            String piece;
            if (face == null && isNeutral(cp)) {
                // Spaces, joiners and variation selectors stay with the run they are in.
                face = runFace != null ? runFace : Faces.ALL.getFirst();
                piece = Character.toString(cp);
            } else if (face == null) {
                missing = true;
                face = Faces.ALL.getFirst();
                piece = MISSING;
            } else {
                piece = Character.toString(cp);
            }
            if (runFace != null && face != runFace) {
                phrase.add(chunk(run.toString(), runFace, size, bold, color));
                run.setLength(0);
            }
            runFace = face;
            run.append(piece);
        }
        if (runFace != null) {
            phrase.add(chunk(run.toString(), runFace, size, bold, color));
        }
        return phrase;
    }

    /** Every font a report may embed, for tests and for the report's own check. */
    static List<String> fontNames() {
        var names = new ArrayList<String>();
        for (var face : Faces.ALL) {
            names.add(face.regular().getPostscriptFontName());
        }
        return names;
    }

    private static @Nullable Face faceFor(int cp) {
        if (isNeutral(cp)) {
            return null;
        }
        for (var face : Faces.ALL) {
            if (face.regular().charExists(cp)) {
                return face;
            }
        }
        return null;
    }

    private static boolean isNeutral(int cp) {
        return Character.isWhitespace(cp)
                || cp == 0x200D // zero-width joiner inside emoji sequences
                || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors
    }

    private static Chunk chunk(String text, Face face, float size, boolean bold, Color color) {
        var base = bold ? face.bold() : face.regular();
        // A script without its own bold face is set in its regular face, drawn a little heavier.
        var chunk = new Chunk(text, new Font(base, size, Font.NORMAL, color));
        if (bold && face.bold() == face.regular()) {
            chunk.setTextRenderMode(
                    org.openpdf.text.pdf.PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, color);
        }
        return chunk;
    }

    private static Face face(String regular, @Nullable String bold) {
        var regularFont = load(regular);
        return new Face(regularFont, bold == null ? regularFont : load(bold));
    }

    private static BaseFont load(String file) {
        try (var in = PdfText.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the build: run ./mvnw package,"
                        + " which fetches the fonts into .fonts (profile install-fonts)");
            }
            var bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
