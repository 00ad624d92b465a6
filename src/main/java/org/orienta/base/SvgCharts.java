package org.orienta.base;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Charts as SVG text, drawn on the server: no JavaScript, the same picture on screen and in PDF
 * exports, and testable as text. Every chart carries a title and a description for screen readers; the
 * views show the same numbers as a table beside it (docs/decisions/0010-charts.md).
 */
public final class SvgCharts {

    /** One bar: a label, the current value (null: no value yet) and a target marker (null: none). */
    public record Bar(
            String label, @Nullable Double value, @Nullable Double target) {}

    private SvgCharts() {}

    /**
     * Horizontal bars on a 0..max scale with tick labels, one row per bar, a target marker per row.
     *
     * @param ticks names of the whole-number steps 1..max, drawn along the axis
     */
    public static String levelBars(
            String id, String title, String description, List<Bar> bars, int max, List<String> ticks, String noValue) {
        // Each label sits on its own line above its bar, so the bars get the whole width and the text
        // stays readable when a phone scales the drawing down.
        int width = 400;
        int left = 4;
        int plotWidth = width - 2 * left;
        int rowHeight = 42;
        int top = 22;
        int height = top + bars.size() * rowHeight + 4;
        var svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                        + "role=\"img\" aria-labelledby=\"%s-title %s-desc\" class=\"orienta-chart\" "
                        + "preserveAspectRatio=\"xMinYMin meet\">",
                width,
                height,
                id,
                id));
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        for (int tick = 1; tick <= max; tick++) {
            double x = left + plotWidth * tick / (double) max;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" " + "class=\"chart-grid\"/>",
                    x,
                    top - 4,
                    x,
                    height - 4));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"13\" text-anchor=\"end\" class=\"chart-tick\">" + "%s</text>",
                    x - 3,
                    escape(tick <= ticks.size() ? ticks.get(tick - 1) : Integer.toString(tick))));
        }
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = top + i * rowHeight;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"chart-label\">%s</text>",
                    left,
                    y + 13,
                    escape(truncate(bar.label(), 60))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\" " + "class=\"chart-track\"/>",
                    left,
                    y + 19,
                    plotWidth));
            if (bar.value() == null) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" class=\"chart-none\">%s</text>",
                        left + 6,
                        y + 31,
                        escape(noValue)));
            } else {
                double w = plotWidth * Math.max(0, Math.min(max, bar.value())) / max;
                var kind = bar.target() != null && bar.value() + 1e-9 < bar.target()
                        ? "chart-bar chart-below"
                        : "chart-bar";
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" " + "rx=\"3\" class=\"%s\"/>",
                        left,
                        y + 19,
                        w,
                        kind));
            }
            if (bar.target() != null) {
                double x = left + plotWidth * bar.target() / max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" " + "class=\"chart-target\"/>",
                        x,
                        y + 15,
                        x,
                        y + 39));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A small line of values over time (nulls leave gaps), for a trend beside a number. */
    public static String sparkline(String description, List<@Nullable Double> values, double max) {
        int width = 120;
        int height = 28;
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" class=\"orienta-sparkline\"><title>%s</title>",
                width,
                height,
                escape(description)));
        var path = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < values.size(); i++) {
            var value = values.get(i);
            if (value == null) {
                pen = false;
                continue;
            }
            double x = values.size() == 1 ? width / 2.0 : 2 + (width - 4) * i / (double) (values.size() - 1);
            double y = height - 3 - (height - 6) * Math.max(0, Math.min(max, value - 1)) / (max - 1);
            path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            pen = true;
            if (i == values.size() - 1) {
                svg.append(String.format(
                        Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" " + "class=\"spark-dot\"/>", x, y));
            }
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" class=\"spark-line\"/>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
