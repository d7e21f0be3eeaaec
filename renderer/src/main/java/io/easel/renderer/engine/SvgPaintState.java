package io.easel.renderer.engine;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import com.github.weisj.jsvg.paint.impl.DefaultPaintParser;

/**
 * The presentation properties in force at one element of the direct painter: the inherited ones (fill, stroke,
 * fonts, text-anchor) as SVG inherits them, plus the opacity multiplied down the tree as JSVG 2.1.0 applies it
 * (to each fill and stroke, not to an isolated group layer), so both paths give the same pixels.
 *
 * <p>Every value is parsed strictly: one the painter cannot honour exactly throws {@link UnsupportedSvgException}.
 */
final class SvgPaintState implements Cloneable {
    /** Properties that change nothing in a static image (interaction, hints JSVG ignores too). */
    private static final Set<String> IGNORED = Set.of("user-select", "-webkit-user-select", "-moz-user-select",
            "-ms-user-select", "text-rendering", "shape-rendering", "pointer-events", "cursor", "image-rendering",
            "clip-bounds-jfx", "classes");
    private static final DefaultPaintParser COLORS = new DefaultPaintParser();
    /** Every marker names its colours again; a scatter has few distinct ones (a gradient scale at most a few k). */
    private static final int MAX_PARSED_COLORS = 8192;
    private static final Map<String, Color> PARSED_COLORS = new ConcurrentHashMap<>();

    Color fill = Color.BLACK;
    double fillOpacity = 1;
    boolean evenOdd;
    Color stroke;
    double strokeOpacity = 1;
    double strokeWidth = 1;
    float[] dashes;
    double dashOffset;
    int cap = BasicStroke.CAP_BUTT;
    int join = BasicStroke.JOIN_MITER;
    double miterLimit = 4;
    double opacity = 1;
    String fontFamily;
    double fontSize = Double.NaN;
    boolean bold;
    boolean italic;
    TextAnchor anchor = TextAnchor.START;

    enum TextAnchor { START, MIDDLE, END }

    SvgPaintState copy() {
        try {
            return (SvgPaintState) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The fill colour with fill-opacity and opacity folded into its alpha, or null when nothing is filled. */
    Color fillPaint() {
        return withAlpha(fill, fillOpacity * opacity);
    }

    /** The stroke colour with its opacities, or null when nothing is stroked (none, transparent, zero width). */
    Color strokePaint() {
        if (!(strokeWidth > 0)) {
            return null; // SVG: "a zero value causes no stroke to be painted" (Java2D would draw a hairline)
        }
        return withAlpha(stroke, strokeOpacity * opacity);
    }

    BasicStroke basicStroke() {
        return dashes == null
                ? new BasicStroke((float) strokeWidth, cap, join, (float) Math.max(1, miterLimit))
                : new BasicStroke((float) strokeWidth, cap, join, (float) Math.max(1, miterLimit), dashes,
                        (float) dashOffset);
    }

    private static Color withAlpha(Color color, double alpha) {
        if (color == null) {
            return null;
        }
        double a = color.getAlpha() / 255.0 * Math.max(0, Math.min(1, alpha));
        int alpha255 = (int) Math.round(a * 255);
        if (alpha255 <= 0) {
            return null;
        }
        return alpha255 == color.getAlpha() ? color
                : new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha255);
    }

    /** Applies one declaration (from an attribute, a CSS rule or a style attribute). */
    void apply(String property, String rawValue) throws UnsupportedSvgException {
        String value = rawValue.trim();
        switch (property) {
            case "fill" -> fill = paint(value, property);
            case "fill-opacity" -> fillOpacity = fraction(value, property);
            case "fill-rule" -> evenOdd = keyword(value, property, "nonzero", "evenodd") == 1;
            case "stroke" -> stroke = paint(value, property);
            case "stroke-opacity" -> strokeOpacity = fraction(value, property);
            case "stroke-width" -> strokeWidth = length(value, property);
            case "stroke-dasharray" -> dashes = dashArray(value);
            case "stroke-dashoffset" -> dashOffset = length(value, property);
            case "stroke-linecap" -> cap = new int[] {BasicStroke.CAP_BUTT, BasicStroke.CAP_ROUND,
                    BasicStroke.CAP_SQUARE}[keyword(value, property, "butt", "round", "square")];
            case "stroke-linejoin" -> join = new int[] {BasicStroke.JOIN_MITER, BasicStroke.JOIN_ROUND,
                    BasicStroke.JOIN_BEVEL}[keyword(value, property, "miter", "round", "bevel")];
            case "stroke-miterlimit" -> miterLimit = number(value, property);
            case "opacity" -> opacity *= fraction(value, property);
            case "font-family" -> fontFamily = FontFamilyList.normalize(value);
            case "font-size" -> fontSize = length(value, property);
            case "font-weight" -> bold = weight(value);
            case "font-style" -> italic = keyword(value, property, "normal", "italic", "oblique") > 0;
            case "text-anchor" -> anchor = TextAnchor.values()[keyword(value, property, "start", "middle", "end")];
            case "visibility", "display" -> {
                if (!value.equals("visible") && !value.equals("inline") && !value.equals("inherit")) {
                    throw new UnsupportedSvgException(property + ": " + value);
                }
            }
            default -> {
                if (!IGNORED.contains(property)) {
                    throw new UnsupportedSvgException("property " + property);
                }
            }
        }
    }

    /** Whether the property is one {@link #apply} reads (the rest of an element's attributes are geometry). */
    static boolean isPresentation(String name) {
        return switch (name) {
            case "fill", "fill-opacity", "fill-rule", "stroke", "stroke-opacity", "stroke-width", "stroke-dasharray",
                    "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity",
                    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "visibility",
                    "display" -> true;
            default -> IGNORED.contains(name);
        };
    }

    private static Color paint(String value, String property) throws UnsupportedSvgException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.equals("transparent")) {
            return null;
        }
        if (lower.startsWith("url(") || lower.contains("currentcolor") || lower.equals("inherit")) {
            throw new UnsupportedSvgException(property + ": " + value);
        }
        Color color = PARSED_COLORS.get(lower);
        if (color == null) {
            color = COLORS.parseColor(lower);
            if (color == null) {
                throw new UnsupportedSvgException(property + ": " + value);
            }
            if (PARSED_COLORS.size() < MAX_PARSED_COLORS) {
                PARSED_COLORS.put(lower, color);
            }
        }
        return color;
    }

    static double number(String value, String property) throws UnsupportedSvgException {
        try {
            double v = SvgNumbers.parse(value);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UnsupportedSvgException(property + ": " + value);
    }

    private static double fraction(String value, String property) throws UnsupportedSvgException {
        return Math.max(0, Math.min(1, number(value, property)));
    }

    /** A length in user units: a plain number or px. */
    static double length(String value, String property) throws UnsupportedSvgException {
        String v = value.endsWith("px") ? value.substring(0, value.length() - 2).trim() : value;
        return number(v, property);
    }

    private static int keyword(String value, String property, String... allowed) throws UnsupportedSvgException {
        String lower = value.toLowerCase(Locale.ROOT);
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i].equals(lower)) {
                return i;
            }
        }
        throw new UnsupportedSvgException(property + ": " + value);
    }

    private static boolean weight(String value) throws UnsupportedSvgException {
        String lower = value.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "normal" -> false;
            case "bold" -> true;
            default -> {
                double w = number(lower, "font-weight");
                if (w != 400 && w != 700) {
                    // JSVG maps other weights onto AWT's continuous scale; only the two faces are drawn here
                    throw new UnsupportedSvgException("font-weight: " + value);
                }
                yield w == 700;
            }
        };
    }

    private static float[] dashArray(String value) throws UnsupportedSvgException {
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        float[] dashes = new float[parts.length];
        double sum = 0;
        for (int i = 0; i < parts.length; i++) {
            double d = length(parts[i], "stroke-dasharray");
            if (d < 0) {
                throw new UnsupportedSvgException("stroke-dasharray: " + value);
            }
            dashes[i] = (float) d;
            sum += d;
        }
        if (!(sum > 0)) {
            return null;
        }
        if (dashes.length % 2 == 1) {
            float[] doubled = Arrays.copyOf(dashes, dashes.length * 2);
            System.arraycopy(dashes, 0, doubled, dashes.length, dashes.length);
            return doubled;
        }
        return dashes;
    }
}
