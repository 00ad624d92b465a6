package org.orienta.base;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one way trainer- and trainee-written text becomes HTML: Markdown rendered with raw HTML escaped
 * and unsafe link schemes dropped, then cleaned again by jsoup against an allow-list, so that a slip in
 * one layer is caught by the other (OWASP ASVS v1.3.5). Plain text never needs this: Vaadin components
 * show text as text.
 */
public final class SafeHtml {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();
    private static final Safelist ALLOWED = Safelist.basic()
            .removeTags("span", "cite", "q", "small", "strike", "u")
            .addTags("h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "target", "rel");

    private SafeHtml() {}

    /** Markdown to sanitised HTML, wrapped in one {@code <div>} so Vaadin's {@code Html} accepts it. */
    public static String fromMarkdown(String markdown) {
        var rendered = RENDERER.render(PARSER.parse(markdown));
        var clean = Jsoup.clean(rendered, "", ALLOWED, new Document.OutputSettings().prettyPrint(false));
        var document = Jsoup.parseBodyFragment(clean);
        document.select("a[href]").forEach(a -> a.attr("target", "_blank").attr("rel", "noopener noreferrer"));
        return "<div class=\"orienta-markdown\">" + document.body().html() + "</div>";
    }

    /** Markdown to plain text, for places that show no formatting (lists, exports). */
    public static String plainText(String markdown) {
        return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
    }
}
