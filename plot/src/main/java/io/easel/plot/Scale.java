package io.easel.plot;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one aesthetic turns data into positions, colours or sizes: axis titles, limits, breaks, log axes, palettes.
 * Add it with {@link Figure#scale(Scale)}; settings for the same aesthetic merge, later ones winning.
 *
 * <pre>{@code
 * fig.scale(Scale.yLog10().name("Price (log)"))
 *    .scale(Scale.colorManual("#1b9e77", "#d95f02"))
 * }</pre>
 */
public final class Scale {

    private final String aesthetic;
    private final Map<String, Object> options;

    Scale(String aesthetic, Map<String, Object> options) {
        this.aesthetic = aesthetic;
        this.options = Collections.unmodifiableMap(options);
    }

    /** An empty scale for any aesthetic, to be refined, e.g. {@code Scale.of("size").option("range", List.of(1, 6))}. */
    public static Scale of(String aesthetic) {
        return new Scale(Aes.checkedName(aesthetic), new LinkedHashMap<>());
    }

    /** The x axis, continuous unless the data are text. */
    public static Scale x() {
        return of("x");
    }

    /** The y axis. */
    public static Scale y() {
        return of("y");
    }

    /** A logarithmic (base 10) x axis. */
    public static Scale xLog10() {
        return x().option("trans", "log10");
    }

    /** A logarithmic (base 10) y axis. */
    public static Scale yLog10() {
        return y().option("trans", "log10");
    }

    /** An x axis running from high to low. */
    public static Scale xReverse() {
        return x().option("trans", "reverse");
    }

    /** A y axis running from high to low. */
    public static Scale yReverse() {
        return y().option("trans", "reverse");
    }

    /** An x axis of dates and times (epoch milliseconds); date-time columns get one by themselves. */
    public static Scale xDateTime() {
        return x().option("datetime", true);
    }

    /** A y axis of dates and times (epoch milliseconds). */
    public static Scale yDateTime() {
        return y().option("datetime", true);
    }

    /** An x axis that treats numbers as categories. */
    public static Scale xDiscrete() {
        return x().option("discrete", true);
    }

    /** A y axis that treats numbers as categories. */
    public static Scale yDiscrete() {
        return y().option("discrete", true);
    }

    /** Colours for categories, in order: hex ({@code "#1f77b4"}) or names Lets-Plot knows ({@code "red"}). */
    public static Scale colorManual(String... colors) {
        return of("color").option("values", List.of(requireColors(colors)));
    }

    /** Fill colours for categories, in order. */
    public static Scale fillManual(String... colors) {
        return of("fill").option("values", List.of(requireColors(colors)));
    }

    /** A two-colour gradient for numeric colour values. */
    public static Scale colorGradient(String low, String high) {
        return of("color").option("low", Colors.check("low", low)).option("high", Colors.check("high", high)).option("scale_mapper_kind", "color_gradient");
    }

    /** A two-colour gradient for numeric fill values (e.g. heat maps). */
    public static Scale fillGradient(String low, String high) {
        return of("fill").option("low", Colors.check("low", low)).option("high", Colors.check("high", high)).option("scale_mapper_kind", "color_gradient");
    }

    /** A ColorBrewer palette for colour, e.g. {@code "Set1"}, {@code "Dark2"}, {@code "Blues"}. */
    public static Scale colorBrewer(String palette) {
        return of("color").option("palette", palette).option("scale_mapper_kind", "color_brewer");
    }

    /** A ColorBrewer palette for fill. */
    public static Scale fillBrewer(String palette) {
        return of("fill").option("palette", palette).option("scale_mapper_kind", "color_brewer");
    }

    /** The viridis colour map for colour (perceptually uniform, colour-blind safe). */
    public static Scale colorViridis() {
        return of("color").option("scale_mapper_kind", "color_cmap");
    }

    /** The viridis colour map for fill. */
    public static Scale fillViridis() {
        return of("fill").option("scale_mapper_kind", "color_cmap");
    }

    /** The aesthetic this scale is for. */
    public String aesthetic() {
        return aesthetic;
    }

    /** The scale's options as they go into the spec (without {@code aesthetic}). */
    public Map<String, Object> options() {
        return options;
    }

    /** The axis or legend title. */
    public Scale name(String title) {
        return option("name", Objects.requireNonNull(title, "title"));
    }

    /** Shows only values between min and max; data outside are dropped. */
    public Scale limits(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("Scale limits need min < max, got " + min + " and " + max + ".");
        }
        return option("limits", List.of(min, max));
    }

    /** Which categories to show, in this order. */
    public Scale limits(String... categories) {
        return option("limits", Arrays.asList(categories));
    }

    /** Where the ticks go. */
    public Scale breaks(double... breaks) {
        return option("breaks", Arrays.stream(breaks).boxed().toList());
    }

    /** The tick labels, one per break. */
    public Scale labels(String... labels) {
        return option("labels", Arrays.asList(labels));
    }

    /** The tick label format, e.g. {@code ".2f"}, {@code "{d} %"}, {@code "%Y-%m"} for dates. */
    public Scale format(String format) {
        return option("format", Objects.requireNonNull(format, "format"));
    }

    /** Sets any Lets-Plot scale option by its spec name. */
    public Scale option(String name, Object value) {
        if (name == null || name.isBlank() || name.equals("aesthetic")) {
            throw new IllegalArgumentException("A scale option needs a name other than 'aesthetic', got '" + name + "'.");
        }
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(name, SpecValues.frozen(value, "scale option '" + name + "'"));
        return new Scale(aesthetic, copy);
    }

    /** This scale with another scale's options laid over it (both for the same aesthetic). */
    Scale mergedWith(Scale later) {
        Map<String, Object> merged = new LinkedHashMap<>(options);
        merged.putAll(later.options);
        return new Scale(aesthetic, merged);
    }

    /** The spec entry: {@code {"aesthetic": ..., options...}}. */
    Map<String, Object> toSpec() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("aesthetic", aesthetic);
        spec.putAll(SpecValues.copyMap(options, "scale"));
        return spec;
    }

    private static String[] requireColors(String[] colors) {
        if (colors == null || colors.length == 0 || Arrays.asList(colors).contains(null)) {
            throw new IllegalArgumentException("Give one or more colours and no nulls, e.g. "
                    + "colorManual(\"#1b9e77\", \"#d95f02\").");
        }
        for (String color : colors) {
            Colors.check("a manual scale", color);
        }
        return colors;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Scale && aesthetic.equals(((Scale) o).aesthetic)
                && options.equals(((Scale) o).options));
    }

    @Override
    public int hashCode() {
        return Objects.hash(aesthetic, options);
    }

    @Override
    public String toString() {
        return "Scale[" + aesthetic + ", " + options + "]";
    }
}
