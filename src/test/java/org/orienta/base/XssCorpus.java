package org.orienta.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** The XSS payload corpus (src/test/resources/xss/payloads.txt) and the check that rendered output is inert. */
public final class XssCorpus {

    /** Elements that run code, load code, or change how the page or a form behaves. */
    private static final Set<String> ACTIVE = Set.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "applet",
            "style",
            "link",
            "meta",
            "base",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "keygen",
            "isindex",
            "video",
            "audio",
            "source",
            "foreignobject",
            "animate",
            "set",
            "use",
            "handler",
            "xss",
            "math",
            "marquee",
            "details",
            "body",
            "noscript");

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "xlink:href",
            "action",
            "formaction",
            "background",
            "data",
            "code",
            "to",
            "values",
            "srcdoc");

    private XssCorpus() {}

    public static List<String> payloads() {
        try (var in = Objects.requireNonNull(XssCorpus.class.getResourceAsStream("/xss/payloads.txt"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that HTML (or, with {@code svg}, an SVG document) carries no way to run a script. */
    public static void assertInert(String markup, boolean svg, String payload) {
        var document = svg ? Jsoup.parse(markup, "", Parser.xmlParser()) : Jsoup.parseBodyFragment(markup);
        // A fragment sits in the html/head/body jsoup adds around it: check what is inside the body.
        var elements =
                svg ? document.getAllElements() : document.body().children().select("*");
        for (var element : elements) {
            var tag = element.tagName().toLowerCase(Locale.ROOT);
            assertThat(ACTIVE)
                    .as("element <%s> from payload %s in %s", tag, payload, markup)
                    .doesNotContain(svg && tag.equals("svg") ? "" : tag);
            if (!svg) {
                assertThat(tag)
                        .as("an SVG inside HTML from payload %s", payload)
                        .isNotEqualTo("svg");
            }
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("event handler from payload %s in %s", payload, markup)
                        .doesNotStartWith("on");
                assertThat(name).as("inline style from payload %s", payload).isNotEqualTo("style");
                if (URL_ATTRIBUTES.contains(name)) {
                    var value = attribute
                            .getValue()
                            .replaceAll("[\\s\\p{Cntrl}]", "")
                            .toLowerCase(Locale.ROOT);
                    assertThat(value)
                            .as("%s=%s from payload %s", name, attribute.getValue(), payload)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:");
                }
            }
        }
    }
}
