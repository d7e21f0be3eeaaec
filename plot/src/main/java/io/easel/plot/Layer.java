package io.easel.plot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One layer of a figure: a geometry (point, line, bar, ...) with its mappings, optional own data, and parameters.
 * Create layers with {@link Geom}; every method returns a new layer and leaves this one unchanged.
 *
 * <pre>{@code
 * Geom.point().aes(Aes.x("x"), Aes.y("y"), Aes.color("g")).size(3).alpha(0.6)
 * }</pre>
 *
 * <p>A layer without its own data draws the figure's data, and every layer inherits the figure's mappings.
 */
public final class Layer {

    private final String geom;
    private final Map<String, Object> mapping;
    private final Data data;
    private final Map<String, Object> options;

    Layer(String geom, Map<String, Object> mapping, Data data, Map<String, Object> options) {
        this.geom = geom;
        this.mapping = Collections.unmodifiableMap(mapping);
        this.data = data;
        this.options = Collections.unmodifiableMap(options);
    }

    static Layer of(String geom) {
        return new Layer(geom, new LinkedHashMap<>(), null, new LinkedHashMap<>());
    }

    /** The Lets-Plot geometry name, e.g. {@code point}. */
    public String geom() {
        return geom;
    }

    /** The layer's own mappings, aesthetic to column (raw specs may also map to other values). */
    public Map<String, Object> mapping() {
        return mapping;
    }

    /** The layer's own data, when it does not draw the figure's. */
    public Optional<Data> data() {
        return Optional.ofNullable(data);
    }

    /** Every other option of the layer (stat, position, constants, parameters), as they go into the spec. */
    public Map<String, Object> options() {
        return options;
    }

    /** Adds mappings (later ones replace earlier ones for the same aesthetic). */
    public Layer aes(Aes... mappings) {
        Objects.requireNonNull(mappings, "mappings");
        Map<String, Object> merged = new LinkedHashMap<>(mapping);
        for (Aes aes : mappings) {
            Objects.requireNonNull(aes, "an Aes passed to aes(...) is null");
            merged.put(aes.aesthetic(), aes.column());
        }
        return new Layer(geom, merged, data, new LinkedHashMap<>(options));
    }

    /** Gives this layer its own data instead of the figure's. */
    public Layer data(Data data) {
        return new Layer(geom, new LinkedHashMap<>(mapping), Objects.requireNonNull(data, "data"),
                new LinkedHashMap<>(options));
    }

    /** The statistic: {@code identity} (draw values as given), {@code count}, {@code bin}, {@code density}, ... */
    public Layer stat(String stat) {
        return with("stat", requireText("stat", stat));
    }

    /** Position adjustment: {@code identity}, {@code stack}, {@code dodge}, {@code fill}, {@code jitter}, ... */
    public Layer position(String position) {
        return with("position", requireText("position", position));
    }

    /**
     * Sets the colour of all marks: hex ({@code "#1f77b4"}), {@code "rgb(31, 119, 180)"}, or one of the few names
     * Lets-Plot 4.1 knows (red, blue, gray, dark_green, light_blue, ...).
     *
     * @throws IllegalArgumentException for a colour Lets-Plot cannot read, listing the forms that work
     */
    public Layer color(String color) {
        return with("color", Colors.check("color", color));
    }

    /** Sets the fill colour of all bars, areas, boxes or tiles. */
    public Layer fill(String fill) {
        return with("fill", Colors.check("fill", fill));
    }

    /** Sets the point size or line width (Lets-Plot units, about 2 px each). */
    public Layer size(double size) {
        return with("size", nonNegative("size", size));
    }

    /** Sets the opacity of all marks, 0 (invisible) to 1 (opaque). */
    public Layer alpha(double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha + ".");
        }
        return with("alpha", alpha);
    }

    /** Sets the point shape, 0 to 25 as in ggplot2 (e.g. 1 hollow circle, 16 filled circle, 21 filled with border). */
    public Layer shape(int shape) {
        if (shape < 0 || shape > 25) {
            throw new IllegalArgumentException("shape must be between 0 and 25, got " + shape + ".");
        }
        return with("shape", shape);
    }

    /** Sets the dash pattern: {@code solid}, {@code dashed}, {@code dotted}, {@code dotdash}, {@code longdash}, ... */
    public Layer linetype(String linetype) {
        return with("linetype", requireText("linetype", linetype));
    }

    /** Sets the width of bars, boxes, tiles or error bar whiskers, as a share of the space between categories. */
    public Layer width(double width) {
        return with("width", nonNegative("width", width));
    }

    /** Shows or hides this layer in the legend. */
    public Layer showLegend(boolean show) {
        return with("show_legend", show);
    }

    /** Number of bins of a histogram (default 30). */
    public Layer bins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + bins + ".");
        }
        return with("bins", bins);
    }

    /** Width of each histogram bin, in data units (overrides {@link #bins}). */
    public Layer binwidth(double binwidth) {
        if (!(binwidth > 0) || Double.isInfinite(binwidth)) {
            throw new IllegalArgumentException("binwidth must be a positive number, got " + binwidth + ".");
        }
        return with("binwidth", binwidth);
    }

    /** Smoothing method of {@link Geom#smooth()}: {@code lm} (a straight line, the default) or {@code loess}. */
    public Layer method(String method) {
        return with("method", requireText("method", method));
    }

    /** Whether {@link Geom#smooth()} draws its confidence band. */
    public Layer se(boolean show) {
        return with("se", show);
    }

    /**
     * Turns Lets-Plot's sampling off so every row is drawn. Figures do this by themselves for layers over 50,000 rows;
     * see {@link Figure#toSpec()}.
     */
    public Layer noSampling() {
        return with("sampling", "none");
    }

    /**
     * Sets any Lets-Plot layer option by its spec name, e.g. {@code param("nudge_y", 0.5)}. Values may be strings,
     * numbers, booleans, lists, arrays or maps.
     */
    public Layer param(String name, Object value) {
        requireText("parameter name", name);
        if (name.equals("geom") || name.equals("mapping") || name.equals("data")) {
            throw new IllegalArgumentException("'" + name + "' is not a parameter; use Geom.of(...), aes(...) or data(...).");
        }
        return with(name, SpecValues.frozen(value, "layer parameter '" + name + "'"));
    }

    private Layer with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new Layer(geom, new LinkedHashMap<>(mapping), data, copy);
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank.");
        }
        return value;
    }

    private static double nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a number of at least 0, got " + value + ".");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Layer)) {
            return false;
        }
        Layer other = (Layer) o;
        return geom.equals(other.geom) && mapping.equals(other.mapping) && Objects.equals(data, other.data)
                && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(geom, mapping, data, options);
    }

    @Override
    public String toString() {
        return "Layer[" + geom + (mapping.isEmpty() ? "" : ", mapping " + mapping)
                + (options.isEmpty() ? "" : ", " + options) + (data == null ? "" : ", " + data) + "]";
    }
}
