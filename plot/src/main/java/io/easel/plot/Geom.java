package io.easel.plot;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Factories for layers, one per Lets-Plot geometry. Each returns a {@link Layer} to refine with mappings and settings:
 *
 * <pre>{@code
 * Figure.of(data)
 *     .add(Geom.point().aes(Aes.x("x"), Aes.y("y")).alpha(0.5))
 *     .add(Geom.smooth().aes(Aes.x("x"), Aes.y("y")).method("loess"))
 * }</pre>
 */
public final class Geom {

    /** Geometry names of Lets-Plot 4.1. */
    static final Set<String> KNOWN = Set.copyOf(List.of(
            "path", "line", "smooth", "bar", "histogram", "dotplot", "ydotplot", "tile", "bin2d", "map", "errorbar",
            "crossbar", "linerange", "pointrange", "polygon", "abline", "hline", "vline", "boxplot", "area_ridges",
            "violin", "livemap", "point", "ribbon", "area", "density", "contour", "contourf", "density2d",
            "density2df", "jitter", "qq", "qq2", "qq_line", "qq2_line", "freqpoly", "step", "rect", "segment", "text",
            "label", "raster", "image", "pie", "lollipop"));

    private Geom() {
    }

    /**
     * A layer of any Lets-Plot geometry by name, e.g. {@code Geom.of("violin")}.
     *
     * @throws IllegalArgumentException for a name Lets-Plot does not know, listing the known ones
     */
    public static Layer of(String geom) {
        if (geom == null || !KNOWN.contains(geom)) {
            throw new IllegalArgumentException("Unknown geom '" + geom + "'; known geoms: "
                    + String.join(", ", new TreeSet<>(KNOWN)) + ".");
        }
        return Layer.of(geom);
    }

    /** Points (scatter plot); needs x and y. */
    public static Layer point() {
        return Layer.of("point");
    }

    /** A line through the points in order of x; needs x and y. */
    public static Layer line() {
        return Layer.of("line");
    }

    /** A line through the points in data order; needs x and y. */
    public static Layer path() {
        return Layer.of("path");
    }

    /** A staircase line; needs x and y. */
    public static Layer step() {
        return Layer.of("step");
    }

    /** Bars whose heights count the rows of each x category; map y and use {@link #col()} to give heights. */
    public static Layer bar() {
        return Layer.of("bar");
    }

    /** Bars whose heights are the y values as given (a bar with the identity statistic). */
    public static Layer col() {
        return Layer.of("bar").stat("identity");
    }

    /** A histogram of x, 30 bins unless {@link Layer#bins} or {@link Layer#binwidth} say otherwise. */
    public static Layer histogram() {
        return Layer.of("histogram");
    }

    /** A smoothed density curve of x. */
    public static Layer density() {
        return Layer.of("density");
    }

    /** Box and whiskers of y, one box per x category (or one box when x is not mapped). */
    public static Layer boxplot() {
        return Layer.of("boxplot");
    }

    /** Violins (mirrored densities) of y per x category. */
    public static Layer violin() {
        return Layer.of("violin");
    }

    /** The area between the line through (x, y) and zero. */
    public static Layer area() {
        return Layer.of("area");
    }

    /** A band between ymin and ymax along x. */
    public static Layer ribbon() {
        return Layer.of("ribbon");
    }

    /** Rectangles centred on (x, y) coloured by fill: a heat map. */
    public static Layer tile() {
        return Layer.of("tile");
    }

    /** A fitted line with its confidence band (linear by default; see {@link Layer#method}). */
    public static Layer smooth() {
        return Layer.of("smooth");
    }

    /** Text at (x, y) from the label mapping. */
    public static Layer text() {
        return Layer.of("text");
    }

    /** A horizontal line across the plot at the given y. */
    public static Layer hline(double y) {
        return Layer.of("hline").param("yintercept", y);
    }

    /** A vertical line across the plot at the given x. */
    public static Layer vline(double x) {
        return Layer.of("vline").param("xintercept", x);
    }

    /** Horizontal lines at the y values of the yintercept mapping. */
    public static Layer hline() {
        return Layer.of("hline");
    }

    /** Vertical lines at the x values of the xintercept mapping. */
    public static Layer vline() {
        return Layer.of("vline");
    }

    /** Error bars from ymin to ymax at each x. */
    public static Layer errorbar() {
        return Layer.of("errorbar");
    }

    /** Line segments from (x, y) to (xend, yend). */
    public static Layer segment() {
        return Layer.of("segment");
    }
}
