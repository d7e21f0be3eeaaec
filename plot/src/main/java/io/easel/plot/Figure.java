package io.easel.plot;

import io.easel.plot.json.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A figure: data, layers, scales, facets, theme and titles, as an immutable value. Every method that changes
 * something returns a new figure and leaves this one as it was, so figures can be shared, kept and varied freely.
 *
 * <pre>{@code
 * Figure f = Figure.of(Data.of("x", xs, "y", ys, "g", groups))
 *     .add(Geom.point().aes(Aes.x("x"), Aes.y("y"), Aes.color("g")).size(3))
 *     .add(Geom.smooth().aes(Aes.x("x"), Aes.y("y")))
 *     .facetWrap("g").title("Demo").theme(Theme.minimal());
 * f.save(Path.of("demo.png"));
 * }</pre>
 *
 * <p>Mistakes fail at once, where they are made: a mapping or facet naming a column the data lack, columns of
 * different lengths, unsupported value types. A figure turns into a Lets-Plot raw spec with {@link #toSpec()} or
 * {@link #toJson()}; {@link #fromSpec(String)} reads one back, e.g. from Python's {@code as_dict()}.
 *
 * <p>This class is long because it is the whole figure API a notebook user discovers by typing {@code fig.}: each
 * method is short and the work lives in {@code FigureParts}, {@code FigureChecks}, {@code SpecWriter} and
 * {@code SpecReader}.
 */
public final class Figure {

    /** Width of a figure that sets none, in CSS pixels. */
    public static final double DEFAULT_WIDTH = 600;
    /** Height of a figure that sets none, in CSS pixels. */
    public static final double DEFAULT_HEIGHT = 400;
    /** The largest width or height a figure accepts, in CSS pixels. */
    public static final double MAX_SIZE = 10_000;

    private final FigureParts parts;

    private Figure(FigureParts parts) {
        FigureChecks.check(parts);
        this.parts = parts;
    }

    // ---- creating figures ----

    /** An empty figure; add data and layers. */
    public static Figure of() {
        return new Figure(new FigureParts());
    }

    /** A figure of the given data, shared by all its layers. */
    public static Figure of(Data data) {
        FigureParts parts = new FigureParts();
        parts.data = Objects.requireNonNull(data, "data");
        return new Figure(parts);
    }

    /** A figure of the given data with mappings all its layers inherit: {@code Figure.of(data, Aes.x("t"), Aes.y("v"))}. */
    public static Figure of(Data data, Aes... mappings) {
        return of(data).aes(mappings);
    }

    /**
     * A figure from a Lets-Plot raw spec in JSON, such as Python's {@code json.dumps(plot.as_dict())}.
     *
     * @throws io.easel.plot.json.JsonParseException when the text is not valid JSON, naming line and column:
     *                                               "Invalid figure spec JSON at line 3, column 14: expected ',' or '}'"
     * @throws IllegalArgumentException             when the JSON is not a plot spec, naming the part that is wrong
     */
    public static Figure fromSpec(String json) {
        Objects.requireNonNull(json, "json");
        Object parsed = Json.parse(json, "figure spec JSON");
        if (!(parsed instanceof Map)) {
            throw SpecReader.invalid("the top level must be a JSON object ({...}), found "
                    + SpecValues.describeType(parsed));
        }
        return fromSpec(castMap(parsed));
    }

    /**
     * A figure from a Lets-Plot raw spec as a map (maps, lists, strings, numbers, booleans, null; data columns may
     * also be {@code double[]}). The map is copied; later changes to it do not reach the figure.
     *
     * @throws IllegalArgumentException when the map is not a plot spec, naming the part that is wrong
     */
    public static Figure fromSpec(Map<String, ?> spec) {
        Objects.requireNonNull(spec, "spec");
        return new Figure(SpecReader.read(spec));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object map) {
        return (Map<String, ?>) map;
    }

    private Figure with(Consumer<FigureParts> change) {
        FigureParts copy = parts.copy();
        change.accept(copy);
        return new Figure(copy);
    }

    // ---- data, mappings, layers ----

    /** This figure drawing other data (its layers must still find their columns there). */
    public Figure data(Data data) {
        Objects.requireNonNull(data, "data");
        return with(p -> p.data = data);
    }

    /** Adds figure-wide mappings that every layer inherits. */
    public Figure aes(Aes... mappings) {
        Objects.requireNonNull(mappings, "mappings");
        return with(p -> {
            for (Aes aes : mappings) {
                Objects.requireNonNull(aes, "an Aes passed to aes(...) is null");
                p.mapping.put(aes.aesthetic(), aes.column());
            }
        });
    }

    /** Adds a layer on top of the existing ones, e.g. {@code add(Geom.point())}. */
    public Figure add(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        return with(p -> p.layers.add(layer));
    }

    /** Adds a layer; the same as {@link #add(Layer)}, reading well in chains: {@code Plot.line(x, y).layer(Geom.point())}. */
    public Figure layer(Layer layer) {
        return add(layer);
    }

    /** The layers, bottom first. */
    public List<Layer> layers() {
        return Collections.unmodifiableList(parts.layers);
    }

    /** The figure's data (empty when only layers have data). */
    public Data data() {
        return parts.data;
    }

    // ---- titles and labels ----

    /** The title above the plot. */
    public Figure title(String title) {
        return with(p -> p.title = Objects.requireNonNull(title, "title"));
    }

    /** A smaller line under the title. */
    public Figure subtitle(String subtitle) {
        return with(p -> p.subtitle = Objects.requireNonNull(subtitle, "subtitle"));
    }

    /** A note under the plot, e.g. the data source. */
    public Figure caption(String caption) {
        return with(p -> p.caption = Objects.requireNonNull(caption, "caption"));
    }

    /** The x axis title. */
    public Figure xlab(String label) {
        return label("x", label);
    }

    /** The y axis title. */
    public Figure ylab(String label) {
        return label("y", label);
    }

    /** The title of any aesthetic's axis or legend, e.g. {@code label("color", "Country")}. */
    public Figure label(String aesthetic, String label) {
        Objects.requireNonNull(label, "label");
        return scale(Scale.of(aesthetic).name(label));
    }

    /** Several axis and legend titles at once: {@code labels(Map.of("x", "Year", "y", "Sales"))}. */
    public Figure labels(Map<String, String> labels) {
        Objects.requireNonNull(labels, "labels");
        Figure result = this;
        for (Map.Entry<String, String> entry : labels.entrySet()) {
            result = result.label(entry.getKey(), entry.getValue());
        }
        return result;
    }

    /** The title, if set. */
    public Optional<String> titleText() {
        return Optional.ofNullable(parts.title);
    }

    // ---- size, scales, coordinates, facets, theme ----

    /**
     * The size in CSS pixels (default 600 x 400). Exports keep this layout; raster exports at scale 2 have twice the
     * pixels.
     *
     * @throws IllegalArgumentException when a side is not between 1 and 10,000
     */
    public Figure size(double width, double height) {
        checkSide("width", width);
        checkSide("height", height);
        return with(p -> {
            p.width = width;
            p.height = height;
        });
    }

    private static void checkSide(String what, double value) {
        if (!(value >= 1 && value <= MAX_SIZE)) {
            throw new IllegalArgumentException("Figure " + what + " must be between 1 and " + (int) MAX_SIZE
                    + " CSS pixels, got " + value + ".");
        }
    }

    /** The width in CSS pixels. */
    public double width() {
        return parts.width;
    }

    /** The height in CSS pixels. */
    public double height() {
        return parts.height;
    }

    /** Adds a scale; settings for an aesthetic that already has a scale merge into it, the new ones winning. */
    public Figure scale(Scale scale) {
        Objects.requireNonNull(scale, "scale");
        return with(p -> p.addScale(scale));
    }

    /** Shows x only between min and max (data outside are dropped). */
    public Figure xlim(double min, double max) {
        return scale(Scale.x().limits(min, max));
    }

    /** Shows y only between min and max (data outside are dropped). */
    public Figure ylim(double min, double max) {
        return scale(Scale.y().limits(min, max));
    }

    /** A logarithmic x axis. */
    public Figure logX() {
        return scale(Scale.xLog10());
    }

    /** A logarithmic y axis. */
    public Figure logY() {
        return scale(Scale.yLog10());
    }

    /** Swaps the axes: x runs up, y across (horizontal bars from vertical ones). */
    public Figure flip() {
        Map<String, Object> coord = new LinkedHashMap<>();
        coord.put("name", "flip");
        coord.put("flip", true);
        return with(p -> p.coord = Collections.unmodifiableMap(coord));
    }

    /** Fixes the aspect ratio: one unit of y is {@code ratio} times as long as one unit of x. */
    public Figure fixedRatio(double ratio) {
        if (!(ratio > 0) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("The aspect ratio must be a positive number, got " + ratio + ".");
        }
        Map<String, Object> coord = new LinkedHashMap<>();
        coord.put("name", "fixed");
        coord.put("ratio", ratio);
        return with(p -> p.coord = Collections.unmodifiableMap(coord));
    }

    /** Splits the plot into panels, see {@link Facet}. */
    public Figure facet(Facet facet) {
        Objects.requireNonNull(facet, "facet");
        return with(p -> p.facet = facet);
    }

    /** One panel per value of the given columns. */
    public Figure facetWrap(String... columns) {
        return facet(Facet.wrap(columns));
    }

    /** One panel per value of {@code column}, in {@code ncol} columns of panels. */
    public Figure facetWrap(String column, int ncol) {
        return facet(Facet.wrap(column).ncol(ncol));
    }

    /** A grid of panels: across by {@code columnsBy}, down by {@code rowsBy} (either may be null). */
    public Figure facetGrid(String columnsBy, String rowsBy) {
        return facet(Facet.grid(columnsBy, rowsBy));
    }

    /** Applies a theme: a preset replaces the current theme, adjustments without a preset merge into it. */
    public Figure theme(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return with(p -> p.theme = p.theme == null ? theme : p.theme.then(theme));
    }

    // ---- the spec ----

    /**
     * The Lets-Plot raw spec: the map Python's {@code as_dict()} gives, as a fresh, mutable copy that shares nothing
     * with this figure.
     *
     * <p>Numeric data columns are {@code double[]} (the protocol sends them as binary frames); text columns are
     * {@code List<String>}; everything else is plain maps, lists, strings, numbers and booleans. Date-time columns are
     * epoch milliseconds with a {@code datetime} series annotation in {@code data_meta}, and an x or y scale marked
     * {@code datetime} so axes show dates. Layers drawing more than 50,000 rows get {@code "sampling": "none"}
     * unless they set their own sampling: Lets-Plot would otherwise quietly thin them, and the picture would no
     * longer show the data that were passed. NaN values are missing; JSON writes them as {@code null}.
     */
    public Map<String, Object> toSpec() {
        return SpecWriter.write(parts);
    }

    /** The full spec as compact JSON, numbers inline. */
    public String toJson() {
        return Json.write(toSpec());
    }

    /** The full spec as JSON, indented when {@code pretty}. */
    public String toJson(boolean pretty) {
        return pretty ? Json.writePretty(toSpec()) : toJson();
    }

    /**
     * A one-line summary, e.g. {@code Figure: point + smooth, 1,000 points, title "Demo"}: the layers' geometries,
     * the number of data rows drawn (the figure's data once, plus each layer's own), and the title.
     */
    public String describe() {
        StringBuilder s = new StringBuilder("Figure: ");
        s.append(parts.layers.isEmpty() ? "no layers"
                : parts.layers.stream().map(Layer::geom).collect(Collectors.joining(" + ")));
        s.append(", ").append(count(rowsDrawn(), "point"));
        if (parts.title != null) {
            s.append(", title \"").append(parts.title).append('"');
        }
        return s.toString();
    }

    private long rowsDrawn() {
        boolean figureDataUsed = parts.layers.isEmpty()
                || parts.layers.stream().anyMatch(layer -> layer.data().isEmpty());
        long rows = figureDataUsed ? parts.data.rowCount() : 0;
        for (Layer layer : parts.layers) {
            rows += layer.data().map(Data::rowCount).orElse(0);
        }
        return rows;
    }

    /** "1 point", "1,000 points". */
    static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    // ---- export ----

    /**
     * Saves the figure in the format its file name's extension names (png, jpg/jpeg, webp, svg, pdf, eps), at its own
     * size. The file appears complete or not at all: a failed render leaves no file behind. A path that cannot be
     * written (missing folder, a folder named as the file, no permission) is refused before rendering.
     *
     * @return the path written
     * @throws IllegalArgumentException when the extension is missing or unsupported
     * @throws IllegalStateException    when no figure renderer is available
     * @throws FigureExportException    when rendering fails
     * @throws UncheckedIOException     when the file cannot be written, saying why and what to do
     */
    public Path save(Path path) {
        return save(path, ExportOptions.defaults());
    }

    /** Saves the figure with the given size and scale; see {@link #save(Path)}. */
    public Path save(Path path, ExportOptions options) {
        Objects.requireNonNull(path, "path");
        Format format = Format.fromPath(path);
        try {
            AtomicFiles.checkWritable(path);
        } catch (UncheckedIOException e) {
            throw cannotSave(path, e);
        }
        byte[] bytes = toBytes(format, options);
        try {
            AtomicFiles.writeAtomically(path, bytes);
        } catch (UncheckedIOException e) {
            throw cannotSave(path, e);
        }
        return path;
    }

    /** AtomicFiles' failure reworded for save: "Cannot save the figure to <path>: <reason>". */
    private static UncheckedIOException cannotSave(Path path, UncheckedIOException e) {
        String message = "Cannot save the figure to " + path + ": " + e.getCause().getMessage();
        return new UncheckedIOException(message, new IOException(message, e.getCause().getCause()));
    }

    /** The figure encoded in a format, at its own size and scale 1. */
    public byte[] toBytes(Format format) {
        return toBytes(format, ExportOptions.defaults());
    }

    /**
     * The figure encoded in a format with the given size and scale.
     *
     * @throws IllegalStateException when no figure renderer is available
     * @throws FigureExportException when rendering fails
     */
    public byte[] toBytes(Format format, ExportOptions options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        ExportOptions resolved = options.resolvedFor(this);
        byte[] bytes;
        try {
            bytes = FigureRenderers.get().render(toSpec(), format, resolved);
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FigureExportException(FigureErrorKind.INTERRUPTED, "Rendering the figure as " + format
                    + " was interrupted.", e);
        } catch (Exception e) {
            throw new FigureExportException(FigureErrorKind.INTERNAL, "Rendering the figure as " + format + " failed: "
                    + e.getMessage(), e);
        }
        FigureRenderers.checkBytes(bytes, format);
        return bytes;
    }

    /** {@link #renderAsync(Format, ExportOptions, Consumer)} at the figure's own size and scale 1, without events. */
    public CompletableFuture<byte[]> renderAsync(Format format) {
        return renderAsync(format, ExportOptions.defaults());
    }

    /** {@link #renderAsync(Format, ExportOptions, Consumer)} without events. */
    public CompletableFuture<byte[]> renderAsync(Format format, ExportOptions options) {
        return renderAsync(format, options, event -> {
        });
    }

    /**
     * The figure encoded in a format, rendered while the caller goes on. {@code cancel(true)} on the future
     * withdraws the figure from the renderer. The future fails with a {@link FigureExportException} carrying the
     * failure's {@link FigureErrorKind}. {@code progress} gets a {@link RenderEvent} per stage (queued, started,
     * then finished, failed or cancelled), one at a time, on the renderer's threads; it should return quickly.
     *
     * @throws IllegalStateException when no figure renderer is available
     */
    public CompletableFuture<byte[]> renderAsync(Format format, ExportOptions options,
                                                 Consumer<? super RenderEvent> progress) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        return AsyncRender.start(FigureRenderers.get(), toSpec(), format, options.resolvedFor(this), progress);
    }

    /** Writes the figure to a stream (which stays open), at its own size. */
    public void writeTo(OutputStream out, Format format) {
        writeTo(out, format, ExportOptions.defaults());
    }

    /** Writes the figure to a stream (which stays open) with the given size and scale. */
    public void writeTo(OutputStream out, Format format, ExportOptions options) {
        Objects.requireNonNull(out, "out");
        byte[] bytes = toBytes(format, options);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the figure as " + format + ": " + e.getMessage(), e);
        }
    }

    // ---- value semantics ----

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Figure)) {
            return false;
        }
        FigureParts a = parts;
        FigureParts b = ((Figure) o).parts;
        return a.data.equals(b.data) && a.mapping.equals(b.mapping) && a.dataMeta.equals(b.dataMeta)
                && a.layers.equals(b.layers) && a.scales.equals(b.scales) && Objects.equals(a.title, b.title)
                && Objects.equals(a.subtitle, b.subtitle) && Objects.equals(a.caption, b.caption)
                && a.width == b.width && a.height == b.height && Objects.equals(a.facet, b.facet)
                && Objects.equals(a.coord, b.coord) && Objects.equals(a.theme, b.theme)
                && Objects.equals(a.guides, b.guides) && a.extras.equals(b.extras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts.data, parts.mapping, parts.layers, parts.scales, parts.title, parts.width,
                parts.height);
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
