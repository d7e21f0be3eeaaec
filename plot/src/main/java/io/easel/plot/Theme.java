package io.easel.plot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The look of everything that is not data: background, grid, fonts, legend placement.
 *
 * <p>Start from a preset ({@link #minimal()}, {@link #classic()}, ...) or from {@link #custom()}, then adjust:
 * <pre>{@code
 * fig.theme(Theme.minimal().legendPosition("bottom").textSize(14))
 * }</pre>
 * A preset given to {@link Figure#theme(Theme)} replaces the figure's theme (keeping a chosen flavor); a theme without
 * a preset adjusts the current one.
 */
public final class Theme {

    private static final Set<String> FLAVORS = Set.of("darcula", "solarized_light", "solarized_dark",
            "high_contrast_light", "high_contrast_dark");
    private static final Set<String> LEGEND_POSITIONS = Set.of("none", "left", "right", "top", "bottom");

    private final Map<String, Object> options;

    Theme(Map<String, Object> options) {
        this.options = Collections.unmodifiableMap(options);
    }

    private static Theme named(String name) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("name", name);
        return new Theme(options);
    }

    /** No preset: only the adjustments you add, laid over the figure's current theme. */
    public static Theme custom() {
        return new Theme(new LinkedHashMap<>());
    }

    /** Lets-Plot's default: light grid, no panel background. */
    public static Theme minimal2() {
        return named("minimal2");
    }

    /** Grid lines only, no axes lines or background. */
    public static Theme minimal() {
        return named("minimal");
    }

    /** Grey panel with white grid, as in ggplot2. */
    public static Theme grey() {
        return named("grey");
    }

    /** Light grey lines and frame. */
    public static Theme light() {
        return named("light");
    }

    /** Axis lines, no grid: a classic chart. */
    public static Theme classic() {
        return named("classic");
    }

    /** Black and white with a frame. */
    public static Theme bw() {
        return named("bw");
    }

    /** Nothing but the data and the texts. */
    public static Theme none() {
        return named("none");
    }

    /** The options as they go into the spec's {@code theme}. */
    public Map<String, Object> options() {
        return options;
    }

    /**
     * A colour flavor over the preset: {@code darcula}, {@code solarized_light}, {@code solarized_dark},
     * {@code high_contrast_light} or {@code high_contrast_dark}.
     */
    public Theme flavor(String flavor) {
        if (!FLAVORS.contains(flavor)) {
            throw new IllegalArgumentException("Unknown theme flavor '" + flavor + "'; known flavors: "
                    + String.join(", ", new TreeSet<>(FLAVORS)) + ".");
        }
        return option("flavor", flavor);
    }

    /** Where the legend goes: {@code right} (default), {@code left}, {@code top}, {@code bottom} or {@code none}. */
    public Theme legendPosition(String position) {
        if (!LEGEND_POSITIONS.contains(position)) {
            throw new IllegalArgumentException("Legend position must be one of left, right, top, bottom or none, got '"
                    + position + "'; use legendPosition(x, y) to place it inside the plot.");
        }
        return option("legend_position", position);
    }

    /** Puts the legend inside the plot, at (x, y) from (0, 0) bottom left to (1, 1) top right. */
    public Theme legendPosition(double x, double y) {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("Legend coordinates must be between 0 and 1, got (" + x + ", " + y + ").");
        }
        return option("legend_position", List.of(x, y));
    }

    /** Hides the legend. */
    public Theme noLegend() {
        return option("legend_position", "none");
    }

    /** The base font size of all texts, in points. */
    public Theme textSize(double size) {
        return option("text", Map.of("size", positive("text size", size)));
    }

    /** The font size of the plot title. */
    public Theme titleSize(double size) {
        return option("plot_title", Map.of("size", positive("title size", size)));
    }

    /** Hides the axis titles. */
    public Theme noAxisTitles() {
        return option("axis_title", Map.of("blank", true));
    }

    /** Hides the grid lines. */
    public Theme noGrid() {
        return option("panel_grid", Map.of("blank", true));
    }

    /**
     * Sets any Lets-Plot theme option by its spec name, e.g.
     * {@code option("axis_text_x", Map.of("angle", 45))} or {@code option("panel_background", Map.of("fill", "#eee"))}.
     */
    public Theme option(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(name, SpecValues.frozen(value, "theme option '" + name + "'"));
        return new Theme(copy);
    }

    /**
     * The theme that results from laying {@code next} over this one: a preset replaces everything except a flavor
     * the preset does not set; adjustments merge, element by element.
     */
    Theme then(Theme next) {
        Map<String, Object> result;
        if (next.options.containsKey("name")) {
            result = new LinkedHashMap<>(next.options);
            if (!result.containsKey("flavor") && options.containsKey("flavor")) {
                result.put("flavor", options.get("flavor"));
            }
        } else {
            result = mergeDeep(options, next.options);
        }
        return new Theme(result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeDeep(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> result = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object old = result.get(key);
            if (old instanceof Map && value instanceof Map) {
                result.put(key, mergeDeep((Map<String, Object>) old, (Map<String, Object>) value));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    private static double positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + value + ".");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Theme && options.equals(((Theme) o).options));
    }

    @Override
    public int hashCode() {
        return options.hashCode();
    }

    @Override
    public String toString() {
        return "Theme" + options;
    }
}
