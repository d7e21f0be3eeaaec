package io.easel.plot;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An aesthetic mapping: which data column drives which visual property.
 *
 * <pre>{@code
 * Geom.point().aes(Aes.x("time"), Aes.y("price"), Aes.color("market"))
 * }</pre>
 *
 * <p>To set a property to a constant instead (all points red), use the layer's setters such as
 * {@link Layer#color(String)}.
 *
 * @param aesthetic the Lets-Plot aesthetic name, e.g. {@code x}, {@code color}, {@code fill}
 * @param column    the data column it reads
 */
public record Aes(String aesthetic, String column) {

    /** The aesthetics Lets-Plot 4.1 knows, plus {@code group}. */
    static final Set<String> KNOWN = Set.copyOf(List.of(
            "x", "y", "z", "color", "fill", "paint_a", "paint_b", "paint_c", "alpha", "shape", "linetype", "size",
            "stroke", "linewidth", "stacksize", "width", "height", "binwidth", "violinwidth", "weight", "intercept",
            "slope", "xintercept", "yintercept", "lower", "middle", "upper", "sample", "quantile", "xmin", "xmax",
            "ymin", "ymax", "xend", "yend", "map_id", "frame", "speed", "flow", "label", "family", "fontface",
            "lineheight", "angle", "slice", "explode", "hjust", "vjust", "group"));

    /**
     * Checks the names; {@code colour} and {@code col} are accepted as {@code color}.
     *
     * @throws IllegalArgumentException for an unknown aesthetic (listing the known ones) or a blank column name
     */
    public Aes {
        aesthetic = checkedName(aesthetic);
        if (column == null || column.isBlank()) {
            throw new IllegalArgumentException("Aesthetic " + aesthetic + " needs a column name, got "
                    + (column == null ? "null" : "a blank name") + ".");
        }
    }

    /** The Lets-Plot name of an aesthetic, with British and short spellings of colour accepted. */
    static String checkedName(String aesthetic) {
        Objects.requireNonNull(aesthetic, "aesthetic");
        String normalized = aesthetic.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("colour") || normalized.equals("col")) {
            normalized = "color";
        }
        if (!KNOWN.contains(normalized)) {
            throw new IllegalArgumentException("Unknown aesthetic '" + aesthetic + "'; known aesthetics: "
                    + String.join(", ", new TreeSet<>(KNOWN)) + ".");
        }
        return normalized;
    }

    /** Maps any aesthetic by its Lets-Plot name, e.g. {@code Aes.of("xend", "x2")}. */
    public static Aes of(String aesthetic, String column) {
        return new Aes(aesthetic, column);
    }

    /** Horizontal position. */
    public static Aes x(String column) {
        return new Aes("x", column);
    }

    /** Vertical position. */
    public static Aes y(String column) {
        return new Aes("y", column);
    }

    /** Line and point colour; text columns give one colour per category, numbers a gradient. */
    public static Aes color(String column) {
        return new Aes("color", column);
    }

    /** Fill colour of bars, areas, tiles and boxes. */
    public static Aes fill(String column) {
        return new Aes("fill", column);
    }

    /** Point size or line width. */
    public static Aes size(String column) {
        return new Aes("size", column);
    }

    /** Point shape; use a text column. */
    public static Aes shape(String column) {
        return new Aes("shape", column);
    }

    /** Opacity, 0 (invisible) to 1. */
    public static Aes alpha(String column) {
        return new Aes("alpha", column);
    }

    /** Line dash pattern; use a text column. */
    public static Aes linetype(String column) {
        return new Aes("linetype", column);
    }

    /** Groups rows into separate lines or areas without changing how they look. */
    public static Aes group(String column) {
        return new Aes("group", column);
    }

    /** Text shown by {@link Geom#text()}. */
    public static Aes label(String column) {
        return new Aes("label", column);
    }

    /** Lower end of an error bar or ribbon. */
    public static Aes ymin(String column) {
        return new Aes("ymin", column);
    }

    /** Upper end of an error bar or ribbon. */
    public static Aes ymax(String column) {
        return new Aes("ymax", column);
    }

    /** Left end of a horizontal range. */
    public static Aes xmin(String column) {
        return new Aes("xmin", column);
    }

    /** Right end of a horizontal range. */
    public static Aes xmax(String column) {
        return new Aes("xmax", column);
    }

    /** Fill values of a tile (heat map) or contour input. */
    public static Aes z(String column) {
        return new Aes("z", column);
    }

    /** Row weights for counting statistics (histogram, density). */
    public static Aes weight(String column) {
        return new Aes("weight", column);
    }

    @Override
    public String toString() {
        return aesthetic + " = " + column;
    }
}
