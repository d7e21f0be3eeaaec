package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jetbrains.letsPlot.datamodel.svg.dom.SvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgNode;
import org.jetbrains.letsPlot.datamodel.svg.dom.SvgSvgElement;
import org.jetbrains.letsPlot.datamodel.svg.dom.slim.SvgSlimNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The big point layer of a figure, laid out without Lets-Plot building a marker per point.
 *
 * <p>Why: for a 100k-point scatter, Lets-Plot's layout (its statistics, scales and one slim node of three decimal
 * strings per point) takes most of the render, several times what stamping the markers does. But a point layer
 * whose only mapped aesthetics are x and y, on linear cartesian axes, places point i at an affine function of
 * (x[i], y[i]) and draws every point with the same marker. So the figure is laid out by Lets-Plot with that layer
 * cut down to a few of its rows, chosen so the scales come out the same: the rows of the smallest and largest x and
 * y (a continuous scale's domain is the data's range), plus first, middle and last. Lets-Plot draws those
 * rows as markers; their centres give the affine map, fitted on three and checked on all of them; every point's
 * centre follows from it; and {@link PointCloudNode} takes the place of the few markers in the DOM.
 *
 * <p>What qualifies is written as allow-lists of spec keys (layer options, scale options, coordinate systems):
 * anything not listed there, or a layout whose markers do not fit an affine map exactly, is laid out by Lets-Plot
 * in full. Lets-Plot samples point layers that set no sampling above 50,000 rows (100,000 in later versions),
 * so such a layer qualifies only up to 50,000 rows; Easel's figures set {@code "sampling": "none"} above that.
 */
final class PointCloudLayer {
    private static final Logger LOG = LoggerFactory.getLogger(PointCloudLayer.class);

    /** Below this many rows Lets-Plot's layout costs milliseconds; it keeps drawing them itself. */
    static final int MIN_POINTS = 5_000;
    /** The largest point layer without a sampling option that no Lets-Plot version samples. */
    static final int UNSAMPLED_DEFAULT_LIMIT = 50_000;
    /** A centre the fitted map misses by more than this (CSS px) means the mapping is not affine. */
    private static final double FIT_TOLERANCE = 1e-6;

    private static final Set<String> LAYER_KEYS = Set.of("geom", "mapping", "data", "data_meta", "sampling", "stat",
            "position", "color", "colour", "fill", "size", "alpha", "shape", "stroke", "show_legend", "inherit_aes",
            "tooltips", "na_rm");
    private static final Set<String> CONSTANT_AESTHETICS = Set.of("color", "colour", "fill", "size", "alpha",
            "shape", "stroke");
    private static final Set<String> POSITION_SCALE_KEYS = Set.of("aesthetic", "name", "breaks", "labels", "expand",
            "format", "position", "datetime", "minor_breaks", "n_breaks");
    private static final Set<String> COORDS = Set.of("cartesian", "fixed", "flip");
    private static final Set<String> COORD_KEYS = Set.of("name", "ratio");

    private final Map<String, Object> reducedSpec;
    private final double[] xs;
    private final double[] ys;
    private final int[] sampleRows;

    private PointCloudLayer(Map<String, Object> reducedSpec, double[] xs, double[] ys, int[] sampleRows) {
        this.reducedSpec = reducedSpec;
        this.xs = xs;
        this.ys = ys;
        this.sampleRows = sampleRows;
    }

    /**
     * The figure laid out once: with its big point layer as a point cloud when it has one that qualifies, else by
     * Lets-Plot in full.
     */
    static LaidOutFigure layout(Map<String, Object> snapshot, FigureSize size) throws RenderException {
        Optional<PointCloudLayer> cloud = find(snapshot);
        if (cloud.isPresent()) {
            try {
                LaidOutFigure figure = LetsPlotSvg.layout(cloud.get().reducedSpec, size);
                if (cloud.get().placeInto(figure)) {
                    return figure;
                }
                LOG.debug("The point layer's sample markers did not fit an affine map; laying out every point.");
            } catch (RenderException e) {
                // the full layout reports the spec's fault in Lets-Plot's words, as for any other figure
                LOG.debug("The cut-down layout failed ({}); laying out every point.", e.getMessage());
            }
        }
        return LetsPlotSvg.layout(snapshot, size);
    }

    /** The spec Lets-Plot lays out: the figure with the point layer cut down to its sample rows. */
    Map<String, Object> reducedSpec() {
        return reducedSpec;
    }

    /** The spec's one qualifying point layer (the biggest), or empty. The snapshot is not changed. */
    static Optional<PointCloudLayer> find(Map<String, Object> spec) {
        if (!"plot".equals(spec.get("kind")) || present(spec.get("facet")) || !plainCoord(spec.get("coord"))
                || !positionScalesArePlain(spec.get("scales")) || hasMappingAnnotations(spec.get("data_meta"))
                || !(spec.get("layers") instanceof List<?> layers)) {
            return Optional.empty();
        }
        Map<?, ?> plotMapping = spec.get("mapping") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> plotData = spec.get("data") instanceof Map<?, ?> d ? d : Map.of();
        int best = -1;
        double[][] bestColumns = null;
        String[] bestNames = null;
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof Map<?, ?> layer) || !qualifies(layer)) {
                continue;
            }
            Map<Object, Object> mapping = new LinkedHashMap<>();
            if (!Boolean.FALSE.equals(layer.get("inherit_aes"))) {
                mapping.putAll(plotMapping);
            }
            if (layer.get("mapping") instanceof Map<?, ?> own) {
                mapping.putAll(own);
            }
            mapping.values().removeIf(v -> v == null);
            if (!mapping.keySet().equals(Set.of("x", "y"))
                    || !(mapping.get("x") instanceof String xName) || !(mapping.get("y") instanceof String yName)) {
                continue;
            }
            Map<?, ?> data = layer.get("data") instanceof Map<?, ?> own && !own.isEmpty() ? own : plotData;
            double[] x = numbers(data.get(xName));
            double[] y = numbers(data.get(yName));
            if (x == null || y == null || x.length != y.length || x.length < MIN_POINTS
                    || (!"none".equals(layer.get("sampling")) && x.length > UNSAMPLED_DEFAULT_LIMIT)
                    || (bestColumns != null && x.length <= bestColumns[0].length)) {
                continue;
            }
            best = i;
            bestColumns = new double[][] {x, y};
            bestNames = new String[] {xName, yName};
        }
        if (best < 0) {
            return Optional.empty();
        }
        double[] x = bestColumns[0];
        double[] y = bestColumns[1];
        int[] rows = sampleRows(x, y);
        if (rows.length < 3) {
            return Optional.empty();
        }
        return Optional.of(new PointCloudLayer(reduced(spec, layers, best, bestNames, x, y, rows), x, y, rows));
    }

    private static boolean qualifies(Map<?, ?> layer) {
        if (!"point".equals(layer.get("geom")) || !LAYER_KEYS.containsAll(layer.keySet())
                || !identity(layer.get("stat")) || !identity(layer.get("position"))
                || hasMappingAnnotations(layer.get("data_meta"))) {
            return false;
        }
        for (String aesthetic : CONSTANT_AESTHETICS) {
            Object value = layer.get(aesthetic);
            if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identity(Object option) {
        if (option == null || "identity".equals(option)) {
            return true;
        }
        return option instanceof Map<?, ?> m && m.size() == 1 && "identity".equals(m.get("name"));
    }

    private static boolean present(Object option) {
        return option != null && !(option instanceof Map<?, ?> m && m.isEmpty());
    }

    private static boolean plainCoord(Object coord) {
        if (coord == null) {
            return true;
        }
        if (!(coord instanceof Map<?, ?> m) || !COORD_KEYS.containsAll(m.keySet())) {
            return false;
        }
        return m.get("name") == null || COORDS.contains(m.get("name"));
    }

    /** x and y scales that only label or expand the axes: no limits, transforms, discrete or reversed mapping. */
    private static boolean positionScalesArePlain(Object scales) {
        if (scales == null) {
            return true;
        }
        if (!(scales instanceof List<?> list)) {
            return false;
        }
        for (Object scale : list) {
            if (!(scale instanceof Map<?, ?> s)) {
                return false;
            }
            Object aesthetic = s.get("aesthetic");
            List<?> aesthetics = aesthetic instanceof List<?> l ? l : Arrays.asList(aesthetic);
            boolean position = false;
            for (Object a : aesthetics) {
                if (!(a instanceof String name)) {
                    return false;
                }
                position |= name.startsWith("x") || name.startsWith("y");
            }
            if (position && !POSITION_SCALE_KEYS.containsAll(s.keySet())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMappingAnnotations(Object dataMeta) {
        return dataMeta instanceof Map<?, ?> meta && present(meta.get("mapping_annotations"));
    }

    /** A column of numbers (null for a missing value, NaN here); null when it holds anything else. */
    private static double[] numbers(Object column) {
        if (!(column instanceof List<?> values)) {
            return null;
        }
        double[] out = new double[values.size()];
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                out[i++] = Double.NaN;
            } else if (v instanceof Number n && !(v instanceof Byte)) {
                double d = n.doubleValue();
                out[i++] = Double.isFinite(d) ? d : Double.NaN;
            } else {
                return null;
            }
        }
        return out;
    }

    /** The rows that keep the scales: smallest and largest x and y, first, middle, last; in data order. */
    private static int[] sampleRows(double[] x, double[] y) {
        int minX = -1;
        int maxX = -1;
        int minY = -1;
        int maxY = -1;
        int first = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            if (first < 0) {
                first = i;
                minX = maxX = minY = maxY = i;
            }
            last = i;
            if (x[i] < x[minX]) {
                minX = i;
            }
            if (x[i] > x[maxX]) {
                maxX = i;
            }
            if (y[i] < y[minY]) {
                minY = i;
            }
            if (y[i] > y[maxY]) {
                maxY = i;
            }
        }
        if (first < 0) {
            return new int[0];
        }
        TreeSet<Integer> rows = new TreeSet<>(List.of(minX, maxX, minY, maxY, first, last));
        for (int i = (first + last) / 2; i <= last; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                rows.add(i);
                break;
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, Object> reduced(Map<String, Object> spec, List<?> layers, int index, String[] names,
                                               double[] x, double[] y, int[] rows) {
        @SuppressWarnings("unchecked")
        Map<String, Object> layer = new LinkedHashMap<>((Map<String, Object>) layers.get(index));
        boolean ownData = layer.get("data") instanceof Map<?, ?> own && !own.isEmpty();
        Map<String, Object> data = new LinkedHashMap<>();
        List<Object> xs = new ArrayList<>(rows.length);
        List<Object> ys = new ArrayList<>(rows.length);
        for (int row : rows) {
            xs.add(x[row]);
            ys.add(y[row]);
        }
        data.put(names[0], xs);
        data.put(names[1], ys);
        layer.put("data", data);
        layer.put("sampling", "none");
        if (!ownData && spec.get("data_meta") instanceof Map<?, ?> plotMeta && !layer.containsKey("data_meta")) {
            layer.put("data_meta", plotMeta); // the plot's series annotations (date-times) now describe the layer's data
        }
        List<Object> newLayers = new ArrayList<>(layers);
        newLayers.set(index, layer);
        Map<String, Object> copy = new LinkedHashMap<>(spec);
        copy.put("layers", newLayers);
        boolean plotDataUsed = false;
        for (Object other : newLayers) {
            plotDataUsed |= !(other instanceof Map<?, ?> m && m.get("data") instanceof Map<?, ?> d && !d.isEmpty());
        }
        if (!plotDataUsed) {
            // Lets-Plot reads the plot's data even when no layer draws it: a hundred thousand rows of nothing
            copy.remove("data");
            copy.remove("data_meta");
        }
        return copy;
    }

    /**
     * Finds the sample rows' markers in the cut-down layout, fits the map from data to their centres, and puts every
     * point in their place. False, with the figure unchanged, when no group of markers, or more than one, fits.
     */
    boolean placeInto(LaidOutFigure figure) {
        if (figure.dom().isEmpty()) {
            return false;
        }
        List<Candidate> fits = new ArrayList<>(1);
        collect(figure.dom().get(), fits);
        if (fits.size() != 1) {
            return false;
        }
        Candidate found = fits.get(0);
        AffineFit map = found.map;
        double[] cx = new double[xs.length];
        double[] cy = new double[xs.length];
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                continue; // Lets-Plot drops a row with a missing position
            }
            cx[n] = map.u(xs[i], ys[i]);
            cy[n] = map.v(xs[i], ys[i]);
            n++;
        }
        PointCloudNode cloud = new PointCloudNode(found.group, found.marker, Arrays.copyOf(cx, n), Arrays.copyOf(cy, n));
        found.parent.children().set(found.index, cloud);
        figure.holdsPointCloud(cloud);
        return true;
    }

    private record Candidate(SvgElement parent, int index, SvgSlimNode group, SvgSlimNode marker, AffineFit map) {
    }

    private void collect(SvgElement element, List<Candidate> fits) {
        List<SvgNode> children = element.children();
        for (int i = 0; i < children.size(); i++) {
            SvgNode child = children.get(i);
            if (child instanceof SvgSlimNode slim) {
                Candidate candidate = fit(element, i, slim);
                if (candidate != null) {
                    fits.add(candidate);
                }
            } else if (child instanceof SvgElement nested && !(child instanceof SvgSvgElement)) {
                collect(nested, fits);
            }
        }
    }

    /** The group, if it holds exactly the sample rows' markers: the same circle each, centres on an affine map. */
    private Candidate fit(SvgElement parent, int index, SvgSlimNode group) {
        if (!"g".equals(group.getElementName())) {
            return null;
        }
        List<SvgSlimNode> markers = new ArrayList<>(sampleRows.length);
        for (SvgSlimNode marker : group.getSlimChildren()) {
            if (markers.size() == sampleRows.length) {
                return null;
            }
            markers.add(marker);
        }
        if (markers.size() != sampleRows.length) {
            return null;
        }
        double[] u = new double[markers.size()];
        double[] v = new double[markers.size()];
        List<String> style = null;
        for (int k = 0; k < markers.size(); k++) {
            SvgSlimNode marker = markers.get(k);
            if (!"circle".equals(marker.getElementName())) {
                return null;
            }
            List<String> others = new ArrayList<>();
            boolean hasX = false;
            boolean hasY = false;
            for (SvgSlimNode.Attr attribute : marker.getAttributes()) {
                try {
                    switch (attribute.getKey()) {
                        case "cx" -> {
                            u[k] = Double.parseDouble(attribute.getValue());
                            hasX = true;
                        }
                        case "cy" -> {
                            v[k] = Double.parseDouble(attribute.getValue());
                            hasY = true;
                        }
                        default -> others.add(attribute.getKey() + "=" + attribute.getValue());
                    }
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            if (!hasX || !hasY || (style != null && !style.equals(others))) {
                return null;
            }
            style = others;
        }
        double[] x = new double[sampleRows.length];
        double[] y = new double[sampleRows.length];
        for (int k = 0; k < sampleRows.length; k++) {
            x[k] = xs[sampleRows[k]];
            y[k] = ys[sampleRows[k]];
        }
        AffineFit map = AffineFit.of(x, y, u, v, FIT_TOLERANCE);
        return map == null ? null : new Candidate(parent, index, group, markers.get(0), map);
    }
}
