package io.easel.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a figure as a Lets-Plot raw spec, the map Python's {@code as_dict()} gives, adding what Lets-Plot needs to
 * draw our data faithfully: date-time annotations and scales, and no sampling of large layers.
 */
final class SpecWriter {

    /**
     * Layers drawing more rows than this get {@code "sampling": "none"}. Lets-Plot otherwise thins lines above 50,000
     * points and samples other layers above 100,000 without telling anyone, so a figure would show a different
     * picture from the data the user passed. The renderer draws 100,000 points in about two seconds, which we prefer
     * to a silently wrong plot; a layer that sets its own {@code sampling} keeps it.
     */
    static final int SAMPLING_THRESHOLD = 50_000;

    private static final Set<String> X_POSITIONS = Set.of("x", "xmin", "xmax", "xend", "xintercept");
    private static final Set<String> Y_POSITIONS = Set.of("y", "ymin", "ymax", "yend", "yintercept", "lower",
            "middle", "upper");

    private SpecWriter() {
    }

    static Map<String, Object> write(FigureParts parts) {
        if (parts.panels != null) {
            return parts.panels.kind == Panels.Kind.GRID ? grid(parts) : bunch(parts);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        if (!parts.data.isEmpty()) {
            spec.put("data", columns(parts.data));
        }
        spec.put("mapping", SpecValues.copyMap(parts.mapping, "mapping"));
        spec.put("data_meta", dataMeta(parts.dataMeta, parts.data));

        List<Object> layers = new ArrayList<>();
        for (Layer layer : parts.layers) {
            layers.add(layer(layer, parts));
        }
        spec.put("layers", layers);

        List<Object> scales = new ArrayList<>();
        for (Scale scale : withDateTimeScales(parts).values()) {
            scales.add(scale.toSpec());
        }
        spec.put("scales", scales);

        if (parts.title != null || parts.subtitle != null) {
            Map<String, Object> title = new LinkedHashMap<>();
            if (parts.title != null) {
                title.put("text", parts.title);
            }
            if (parts.subtitle != null) {
                title.put("subtitle", parts.subtitle);
            }
            spec.put("ggtitle", title);
        }
        if (parts.caption != null) {
            spec.put("caption", new LinkedHashMap<>(Map.of("text", parts.caption)));
        }
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("width", parts.width);
        size.put("height", parts.height);
        spec.put("ggsize", size);
        if (parts.facet != null) {
            spec.put("facet", SpecValues.copyMap(parts.facet.options(), "facet"));
        }
        if (parts.coord != null) {
            spec.put("coord", SpecValues.copyMap(parts.coord, "coord"));
        }
        if (parts.theme != null) {
            spec.put("theme", SpecValues.copyMap(parts.theme.options(), "theme"));
        }
        if (parts.guides != null) {
            spec.put("guides", SpecValues.copyMap(parts.guides, "guides"));
        }
        parts.extras.forEach((key, value) -> spec.put(key, SpecValues.copy(value, key)));
        return spec;
    }

    /**
     * A grid as Lets-Plot's {@code gggrid} writes it: kind "subplots", a grid layout, and each panel's full spec
     * (null for an empty cell), so each panel's numeric columns stay {@code double[]} and travel as binary frames.
     */
    private static Map<String, Object> grid(FigureParts parts) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "subplots");
        spec.put("layout", SpecValues.copyMap(parts.panels.layout, "layout"));
        List<Object> figures = new ArrayList<>();
        for (Figure figure : parts.panels.figures) {
            figures.add(figure == null ? null : figure.toSpec());
        }
        spec.put("figures", figures);
        if (parts.theme != null) {
            spec.put("theme", SpecValues.copyMap(parts.theme.options(), "theme"));
        }
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("width", parts.width);
        size.put("height", parts.height);
        spec.put("ggsize", size);
        parts.extras.forEach((key, value) -> spec.put(key, SpecValues.copy(value, key)));
        return spec;
    }

    /** A bunch as Lets-Plot's {@code ggbunch} writes it: kind "ggbunch", each item a box and a panel's spec. */
    private static Map<String, Object> bunch(FigureParts parts) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "ggbunch");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < parts.panels.figures.size(); i++) {
            List<Double> box = parts.panels.boxes.get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("x", box.get(0));
            item.put("y", box.get(1));
            item.put("width", box.get(2));
            item.put("height", box.get(3));
            item.put("feature_spec", parts.panels.figures.get(i).toSpec());
            items.add(item);
        }
        spec.put("items", items);
        return spec;
    }

    private static Map<String, Object> layer(Layer layer, FigureParts parts) {
        Map<String, Object> spec = new LinkedHashMap<>();
        Map<String, Object> options = layer.options();
        spec.put("geom", layer.geom());
        for (String first : List.of("stat", "position")) {
            if (options.containsKey(first)) {
                spec.put(first, SpecValues.copy(options.get(first), first));
            }
        }
        spec.put("mapping", SpecValues.copyMap(layer.mapping(), "mapping"));
        layer.data().ifPresent(data -> spec.put("data", columns(data)));
        Object ownMeta = options.get("data_meta");
        spec.put("data_meta", dataMeta(ownMeta instanceof Map ? (Map<?, ?>) ownMeta : Map.of(),
                layer.data().orElse(Data.empty())));
        options.forEach((key, value) -> {
            if (!spec.containsKey(key)) {
                spec.put(key, SpecValues.copy(value, key));
            }
        });
        if (!options.containsKey("sampling") && layer.data().orElse(parts.data).rowCount() > SAMPLING_THRESHOLD) {
            spec.put("sampling", "none");
        }
        return spec;
    }

    /** Each column as the protocol wants it: numbers as a fresh {@code double[]}, everything else as a list. */
    private static Map<String, Object> columns(Data data) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (Column column : data.columns()) {
            columns.put(column.name(), column.isNumeric() ? column.numbersView().clone()
                    : new ArrayList<>(column.valuesView()));
        }
        return columns;
    }

    /** The given data_meta plus a datetime series annotation for each date-time column not yet annotated. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> dataMeta(Map<?, ?> given, Data data) {
        Map<String, Object> meta = SpecValues.copyMap(given, "data_meta");
        List<Object> annotations = meta.get("series_annotations") instanceof List
                ? (List<Object>) meta.get("series_annotations") : new ArrayList<>();
        Set<Object> annotated = new HashSet<>();
        for (Object annotation : annotations) {
            if (annotation instanceof Map) {
                annotated.add(((Map<?, ?>) annotation).get("column"));
            }
        }
        boolean added = false;
        for (Column column : data.columns()) {
            if (column.kind() == Column.Kind.DATETIME && !annotated.contains(column.name())) {
                Map<String, Object> annotation = new LinkedHashMap<>();
                annotation.put("column", column.name());
                annotation.put("type", "datetime");
                annotations.add(annotation);
                added = true;
            }
        }
        if (added) {
            meta.put("series_annotations", annotations);
        }
        return meta;
    }

    /**
     * The figure's scales plus {@code datetime} x or y scales where a position aesthetic shows a date-time column,
     * so the axis is labelled with dates (unless the user chose a date-time or discrete scale there already).
     */
    private static Map<String, Scale> withDateTimeScales(FigureParts parts) {
        Map<String, Scale> scales = new LinkedHashMap<>(parts.scales);
        for (Layer layer : parts.layers) {
            Data data = layer.data().orElse(parts.data);
            Map<String, Object> mapping = new LinkedHashMap<>(parts.mapping);
            mapping.putAll(layer.mapping());
            mapping.forEach((aesthetic, column) -> {
                if (!(column instanceof String) || !data.has((String) column)
                        || data.column((String) column).kind() != Column.Kind.DATETIME) {
                    return;
                }
                String axis = X_POSITIONS.contains(aesthetic) ? "x" : Y_POSITIONS.contains(aesthetic) ? "y" : null;
                if (axis == null) {
                    return;
                }
                Scale existing = scales.get(axis);
                if (existing == null) {
                    scales.put(axis, Scale.of(axis).option("datetime", true));
                } else if (!existing.options().containsKey("datetime") && !existing.options().containsKey("discrete")) {
                    scales.put(axis, existing.option("datetime", true));
                }
            });
        }
        return scales;
    }
}
