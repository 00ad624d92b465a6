package org.orienta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The palette in styles.css against WCAG 1.4.3 (text 4.5:1) and 1.4.11 (a field's edge 3:1), computed
 * from the custom properties themselves, so that a change of brand colour is checked before any browser
 * runs. AccessibilityIT checks the same on the rendered pages.
 */
class PaletteContrastTest {

    private static final double[] WHITE = {1, 1, 1};
    private static String css;

    @BeforeAll
    static void read() throws IOException {
        css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"));
    }

    @Test
    void white_text_on_the_brand_teal_of_start_and_continue_buttons_reaches_4_5_to_1() {
        assertThat(contrast(WHITE, color("--lumo-primary-color"))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void teal_text_on_a_badge_tinted_with_the_brand_teal_reaches_4_5_to_1() {
        var tint = over(color("--lumo-primary-color"), 0.1, over(color("--orienta-surface"), 1, WHITE));
        assertThat(contrast(color("--lumo-primary-text-color"), tint)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void a_form_field_s_border_stands_out_3_to_1_against_the_page() {
        assertThat(contrast(color("--orienta-field-border"), color("--orienta-surface")))
                .isGreaterThanOrEqualTo(3);
        assertThat(css)
                .containsPattern(
                        "::part\\(input-field\\)[^{]*\\{\\s*border: 1px solid var\\(--orienta-field-border\\)");
    }

    @Test
    void secondary_and_status_texts_reach_4_5_to_1_on_the_page() {
        for (var name :
                new String[] {"--lumo-secondary-text-color", "--lumo-error-text-color", "--lumo-success-text-color"}) {
            assertThat(contrast(color(name), color("--orienta-surface")))
                    .as(name)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    /** An hsl() custom property of the html rule, resolving the accent hue variable. */
    private static double[] color(String property) {
        var matcher = Pattern.compile(Pattern.quote(property) + ":\\s*hsl\\(([^,]+),\\s*([\\d.]+)%,\\s*([\\d.]+)%\\)")
                .matcher(css);
        assertThat(matcher.find()).as(property + " as hsl() in styles.css").isTrue();
        var hue = matcher.group(1).strip();
        if (hue.startsWith("var(")) {
            var variable = hue.substring(4, hue.length() - 1);
            var value =
                    Pattern.compile(Pattern.quote(variable) + ":\\s*([\\d.]+)").matcher(css);
            assertThat(value.find()).isTrue();
            hue = value.group(1);
        }
        return hsl(
                Double.parseDouble(hue),
                Double.parseDouble(matcher.group(2)) / 100,
                Double.parseDouble(matcher.group(3)) / 100);
    }

    private static double[] hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = h < 60
                ? new double[] {c, x, 0}
                : h < 120
                        ? new double[] {x, c, 0}
                        : h < 180
                                ? new double[] {0, c, x}
                                : h < 240
                                        ? new double[] {0, x, c}
                                        : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return new double[] {rgb[0] + m, rgb[1] + m, rgb[2] + m};
    }

    private static double[] over(double[] color, double alpha, double[] below) {
        return new double[] {
            color[0] * alpha + below[0] * (1 - alpha),
            color[1] * alpha + below[1] * (1 - alpha),
            color[2] * alpha + below[2] * (1 - alpha)
        };
    }

    private static double luminance(double[] rgb) {
        double sum = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
            sum += weights[i] * v;
        }
        return sum;
    }

    private static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
