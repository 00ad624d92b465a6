package org.orienta.quiz;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Moodle's HTML (GIFT's {@code [html]} and {@code [moodle]} text) as the Markdown subset Orienta shows:
 * emphasis, code, links, lists, headings and paragraphs survive; every other tag is dropped for its text
 * and the text itself is escaped, so no HTML reaches a page except through {@code SafeHtml}.
 */
final class HtmlToMarkdown {

    private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(https?:|mailto:).*");

    private HtmlToMarkdown() {}

    /** @param newlinesBreak Moodle's auto-format: a line break in the source is a line break on screen */
    static String convert(String html, boolean newlinesBreak) {
        var body = Jsoup.parseBodyFragment(newlinesBreak ? html.replace("\n", "<br>") : html)
                .body();
        var out = new StringBuilder();
        children(body, out);
        return out.toString()
                .replaceAll("[ \\t]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** Plain text that Markdown shows exactly as written. */
    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void children(Node parent, StringBuilder out) {
        for (Node child : parent.childNodes()) {
            node(child, out);
        }
    }

    private static String inner(Node node) {
        var out = new StringBuilder();
        children(node, out);
        return out.toString().strip();
    }

    private static void node(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(text.getWholeText().replaceAll("\\s+", " ")));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        var tag = element.normalName().toLowerCase(Locale.ROOT);
        switch (tag) {
            case "script", "style", "head" -> {
                // Never shown.
            }
            case "b", "strong" -> wrap(element, "**", out);
            case "i", "em" -> wrap(element, "*", out);
            case "code", "tt", "kbd" -> {
                var code = element.text().replace("`", "'");
                if (!code.isBlank()) {
                    out.append('`').append(code).append('`');
                }
            }
            case "br" -> out.append("\n");
            case "p", "div", "blockquote", "pre", "table", "tr" -> {
                out.append("\n\n");
                children(element, out);
                out.append("\n\n");
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" ->
                out.append("\n\n### ").append(inner(element)).append("\n\n");
            case "ul", "ol" -> {
                out.append("\n\n");
                int n = 1;
                for (Element item : element.children()) {
                    out.append(tag.equals("ol") ? n++ + ". " : "- ")
                            .append(inner(item).replace("\n", " "))
                            .append('\n');
                }
                out.append('\n');
            }
            case "a" -> {
                var href = element.attr("href").strip();
                var label = inner(element);
                if (SAFE_LINK.matcher(href).matches() && !href.contains(")") && !href.contains(" ")) {
                    out.append('[')
                            .append(label.isEmpty() ? escape(href) : label)
                            .append("](")
                            .append(href)
                            .append(')');
                } else {
                    out.append(label);
                }
            }
            case "img" -> out.append(escape(element.attr("alt")));
            case "td", "th" -> {
                children(element, out);
                out.append(' ');
            }
            default -> children(element, out);
        }
    }

    private static void wrap(Element element, String mark, StringBuilder out) {
        var text = inner(element);
        if (!text.isEmpty()) {
            out.append(mark).append(text).append(mark);
        }
    }
}
