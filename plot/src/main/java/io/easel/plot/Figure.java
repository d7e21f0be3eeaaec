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
     * A figure from a Lets-Plot raw spec in JSON, such as Python's {@code json.dumps(plot.as_dict())}: a plot, a
     * grid ({@code gggrid}, kind "subplots") or a bunch ({@code ggbunch}).
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

    /** A changed copy of a single plot; a multi-panel figure refuses, since such settings belong to its panels. */
    private Figure with(Consumer<FigureParts> change) {
        if (parts.panels != null) {
            throw new IllegalStateException("This is a multi-panel figure (" + describe() + "); data, layers, "
                    + "titles, scales, facets and coordinates belong to its panels: set them on each figure before "
                    + "combining them. " + (parts.panels.kind == Panels.Kind.GRID
                    ? "A grid itself takes size, theme, spacing, columnWidths, rowHeights and alignPanels."
                    : "A bunch itself takes place(...)."));
        }
        return withAny(change);
    }

    private Figure withAny(Consumer<FigureParts> change) {
        FigureParts copy = parts.copy();
        change.accept(copy);
        return new Figure(copy);
    }

    Panels panelsOrNull() {
        return parts.panels;
    }

    /** A copy of this figure's parts, for the spec reader, which builds bunches through {@link #place}. */
    FigureParts partsCopy() {
        return parts.copy();
    }

    // ---- several figures in one ----

    /**
     * Several figures in one, in a grid of {@code ncol} columns filled row by row, like Lets-Plot's {@code gggrid}:
     * {@code Figure.grid(2, line, scatter, histogram)}. A null leaves its cell empty. Each
     * panel keeps its own data, scales, titles and theme. The grid shows inline and exports like any figure; its
     * size is every cell as large as the largest panel (two 600 x 400 figures side by side make 1200 x 400) until
     * {@link #size} sets another. {@link #spacing}, {@link #columnWidths}, {@link #rowHeights} and
     * {@link #alignPanels} adjust the layout.
     *
     * @throws IllegalArgumentException when {@code ncol} is below 1, there is no figure, or one is itself a grid or
     *                                  bunch (Lets-Plot 4.1 cannot draw those inside a grid)
     */
    public static Figure grid(int ncol, Figure... figures) {
        Objects.requireNonNull(figures, "figures");
        return grid(ncol, java.util.Arrays.asList(figures));
    }

    /** A grid of the figures in the list; see {@link #grid(int, Figure...)}. */
    public static Figure grid(int ncol, List<Figure> figures) {
        Objects.requireNonNull(figures, "figures");
        FigureParts parts = new FigureParts();
        parts.panels = Panels.grid(ncol, figures);
        double[] size = parts.panels.gridSize();
        parts.width = size[0];
        parts.height = size[1];
        return new Figure(parts);
    }

    /**
     * An empty bunch, like Lets-Plot's {@code ggbunch}: figures placed at positions and sizes you choose, which may
     * overlap (an inset). Add them with {@link #place}; the bunch's size is the box around them all.
     *
     * <pre>{@code
     * Figure.bunch().place(overview, 0, 0, 600, 400).place(detail, 380, 20, 200, 150)
     * }</pre>
     */
    public static Figure bunch() {
        FigureParts parts = new FigureParts();
        parts.panels = Panels.bunch();
        return new Figure(parts);
    }

    /** This bunch plus {@code figure} with its top left corner at (x, y), at its own size. */
    public Figure place(Figure figure, double x, double y) {
        Objects.requireNonNull(figure, "figure");
        return place(figure, x, y, figure.width(), figure.height());
    }

    /**
     * This bunch plus {@code figure} in the box whose top left corner is at (x, y), in CSS pixels.
     *
     * @throws IllegalStateException    when this figure is not a bunch (start one with {@link #bunch()})
     * @throws IllegalArgumentException when the figure is itself a grid or bunch, or the box is not within
     *                                  10,000 x 10,000 CSS pixels
     */
    public Figure place(Figure figure, double x, double y, double width, double height) {
        Objects.requireNonNull(figure, "figure");
        if (parts.panels == null || parts.panels.kind != Panels.Kind.BUNCH) {
            throw new IllegalStateException("place(...) adds a figure to a bunch; start one with Figure.bunch(), "
                    + "e.g. Figure.bunch().place(fig, 0, 0).");
        }
        if (figure.parts.panels != null) {
            throw new IllegalArgumentException("A bunch places single plots; Lets-Plot 4.1 cannot place a grid or "
                    + "bunch inside one. Place the grid's figures one by one, or put the figures in one grid.");
        }
        if (!(x >= 0) || !(y >= 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("A bunch's positions are CSS pixels from its top left corner, 0 or "
                    + "more; got x = " + x + ", y = " + y + ".");
        }
        checkSide("width", width);
        checkSide("height", height);
        if (x + width > MAX_SIZE || y + height > MAX_SIZE) {
            throw new IllegalArgumentException("The bunch would reach " + (x + width) + " x " + (y + height)
                    + " CSS pixels, beyond the largest figure (" + (int) MAX_SIZE + " a side); place it nearer.");
        }
        return withAny(p -> {
            p.panels = p.panels.placed(figure, x, y, width, height);
            double[] size = p.panels.bunchSize();
            p.width = size[0];
            p.height = size[1];
        });
    }

    /** The gaps between a grid's panels in CSS pixels (Lets-Plot's default is 4 each way). */
    public Figure spacing(double horizontal, double vertical) {
        for (double gap : new double[]{horizontal, vertical}) {
            if (!(gap >= 0) || Double.isInfinite(gap)) {
                throw new IllegalArgumentException("Grid spacing must be 0 or more CSS pixels, got " + gap + ".");
            }
        }
        return gridLayout("spacing", "hspace", horizontal).gridLayout("spacing", "vspace", vertical);
    }

    /** Relative widths of a grid's columns, one per column: {@code columnWidths(2, 1)} makes the first twice as wide. */
    public Figure columnWidths(double... weights) {
        return gridLayout("columnWidths", "widths", weights(weights, "columnWidths", gridOnly("columnWidths").ncol(),
                "column"));
    }

    /** Relative heights of a grid's rows, one per row. */
    public Figure rowHeights(double... weights) {
        return gridLayout("rowHeights", "heights", weights(weights, "rowHeights", gridOnly("rowHeights").nrow(),
                "row"));
    }

    /** Lines up the plotting areas of a grid's panels, so axes meet even when their labels differ in width. */
    public Figure alignPanels() {
        return gridLayout("alignPanels", "align", true);
    }

    /** The panels of a grid (null for an empty cell) or bunch, in order; empty for a single plot. */
    public List<Figure> panels() {
        return parts.panels == null ? List.of() : parts.panels.figures;
    }

    private Panels gridOnly(String method) {
        if (parts.panels == null || parts.panels.kind != Panels.Kind.GRID) {
            throw new IllegalStateException(method + "(...) arranges the panels of a grid; make one first with "
                    + "Figure.grid(ncol, figures...).");
        }
        return parts.panels;
    }

    private Figure gridLayout(String method, String key, Object value) {
        Panels panels = gridOnly(method);
        return withAny(p -> p.panels = panels.withLayout(key, value));
    }

    private static List<Double> weights(double[] weights, String method, int expected, String what) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length != expected) {
            throw new IllegalArgumentException(method + " takes one weight per " + what + ": the grid has "
                    + count(expected, what) + ", got " + weights.length + ".");
        }
        List<Double> list = new java.util.ArrayList<>();
        for (double weight : weights) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(method + ": weights must be positive numbers, got " + weight + ".");
            }
            list.add(weight);
        }
        return List.copyOf(list);
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
        if (parts.panels != null && parts.panels.kind == Panels.Kind.BUNCH) {
            throw new IllegalStateException("A bunch is as large as the box around its panels; place them at other "
                    + "positions or sizes to change it.");
        }
        return withAny(p -> {
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
        // a grid passes its theme down to its panels, so it is allowed on grids too
        if (parts.panels != null && parts.panels.kind == Panels.Kind.BUNCH) {
            throw new IllegalStateException("A bunch draws each panel with its own theme; set the theme on the "
                    + "figures before placing them.");
        }
        return withAny(p -> p.theme = p.theme == null ? theme : p.theme.then(theme));
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
        if (parts.panels != null) {
            return "Figure: " + describePanels();
        }
        StringBuilder s = new StringBuilder("Figure: ");
        s.append(parts.layers.isEmpty() ? "no layers"
                : parts.layers.stream().map(Layer::geom).collect(Collectors.joining(" + ")));
        s.append(", ").append(count(rowsDrawn(), "point"));
        if (parts.title != null) {
            s.append(", title \"").append(parts.title).append('"');
        }
        return s.toString();
    }

    /** "grid of 3 panels in 2 columns (line, point + smooth, bar), 1,200 points". */
    private String describePanels() {
        Panels panels = parts.panels;
        List<Figure> figures = panels.figures.stream().filter(Objects::nonNull).toList();
        String shape = panels.kind == Panels.Kind.GRID
                ? "grid of " + count(figures.size(), "panel") + " in " + count(panels.ncol(), "column")
                : "bunch of " + count(figures.size(), "panel");
        String geoms = figures.stream()
                .map(f -> f.parts.layers.isEmpty() ? "no layers"
                        : f.parts.layers.stream().map(Layer::geom).collect(Collectors.joining(" + ")))
                .collect(Collectors.joining(", "));
        return shape + (figures.isEmpty() ? "" : " (" + geoms + ")") + ", " + count(rowsDrawn(), "point");
    }

    private long rowsDrawn() {
        if (parts.panels != null) {
            return parts.panels.figures.stream().filter(Objects::nonNull).mapToLong(Figure::rowsDrawn).sum();
        }
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
                && Objects.equals(a.guides, b.guides) && a.extras.equals(b.extras)
                && Objects.equals(a.panels, b.panels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts.data, parts.mapping, parts.layers, parts.scales, parts.title, parts.width,
                parts.height, parts.panels);
    }

    /** The same as {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
