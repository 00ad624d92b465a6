package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Thai pages read on a machine without Thai fonts: every font the style sheet names is in the jar. */
class WebFontsTest {

    @Test
    void every_font_the_style_sheet_loads_is_served_from_the_application() throws IOException {
        String css;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/styles.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var urls = Pattern.compile("url\\(\"(fonts/[^\"]+)\"\\)")
                .matcher(css)
                .results()
                .map(m -> m.group(1))
                .toList();

        assertThat(urls).contains("fonts/noto-sans-thai-400.woff2", "fonts/noto-sans-thai-700.woff2");
        for (var url : urls) {
            try (var font = getClass().getResourceAsStream("/META-INF/resources/" + url)) {
                assertThat(font).as(url).isNotNull();
                assertThat(font.readAllBytes()).as(url).hasSizeGreaterThan(1_000);
            }
        }
        assertThat(css).contains("\"Orienta Thai\", sans-serif");
    }
}
