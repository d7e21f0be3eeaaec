package io.easel.plot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Lets-Plot raw spec (kind "plot") into figure parts. Known parts become the figure's model, so the fluent
 * methods work on imported figures; every other key is kept as it came and written back unchanged.
 */
final class SpecReader {

    private static final Set<String> MODELLED = Set.of("kind", "data", "mapping", "data_meta", "layers", "scales",
            "ggtitle", "caption", "ggsize", "facet", "coord", "theme", "guides");

    private SpecReader() {
    }

    static FigureParts read(Map<?, ?> spec) {
        Object kind = spec.get("kind");
        if (kind == null) {
            throw invalid("'kind' is missing; a Lets-Plot plot spec has \"kind\": \"plot\"");
        }
        if ("subplots".equals(kind)) {
            return readGrid(spec);
        }
        if ("ggbunch".equals(kind)) {
            return readBunch(spec);
        }
        if (!"plot".equals(kind)) {
            throw invalid("kind " + (kind instanceof String ? "'" + kind + "'" : SpecValues.describeType(kind))
                    + " is not supported; Figure.fromSpec reads plots (\"kind\": \"plot\"), grids "
                    + "(\"subplots\") and bunches (\"ggbunch\")");
        }
        FigureParts parts = new FigureParts();
        parts.data = data(spec.get("data"), "data");
        parts.mapping = map(spec.get("mapping"), "mapping");
        parts.dataMeta = map(spec.get("data_meta"), "data_meta");
        List<?> layers = list(spec.get("layers"), "layers");
        for (int i = 0; i < layers.size(); i++) {
            parts.layers.add(layer(layers.get(i), "layers[" + i + "]"));
        }
        List<?> scales = list(spec.get("scales"), "scales");
        for (int i = 0; i < scales.size(); i++) {
            parts.addScale(scale(scales.get(i), "scales[" + i + "]"));
        }
        readTitles(spec, parts);
        readSize(spec.get("ggsize"), parts);
        if (spec.get("facet") != null) {
            parts.facet = new Facet(SpecValues.frozenMap(requireMap(spec.get("facet"), "facet"), "facet"));
        }
        if (spec.get("coord") != null) {
            parts.coord = SpecValues.frozenMap(requireMap(spec.get("coord"), "coord"), "coord");
        }
        if (spec.get("theme") != null) {
            parts.theme = new Theme(SpecValues.frozenMap(requireMap(spec.get("theme"), "theme"), "theme"));
        }
        if (spec.get("guides") != null) {
            parts.guides = SpecValues.frozenMap(requireMap(spec.get("guides"), "guides"), "guides");
        }
        for (Map.Entry<?, ?> entry : spec.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw invalid("keys must be strings, found " + SpecValues.describeType(entry.getKey()));
            }
            if (!MODELLED.contains(entry.getKey())) {
                String key = (String) entry.getKey();
                parts.extras.put(key, SpecValues.frozen(entry.getValue(), key));
            }
        }
        return parts;
    }

    private static final Set<String> GRID_MODELLED = Set.of("kind", "layout", "figures", "theme", "ggsize");

    /** A grid as Python's {@code gggrid(...).as_dict()} gives it; the panels are read as figures of their own. */
    private static FigureParts readGrid(Map<?, ?> spec) {
        Map<?, ?> layout = requireMap(spec.get("layout"), "layout");
        if (!"grid".equals(layout.get("name"))) {
            throw invalid("'layout.name' must be \"grid\", the only subplots layout Lets-Plot 4.1 has, found "
                    + SpecValues.describeType(layout.get("name")));
        }
        List<?> listed = list(spec.get("figures"), "figures");
        List<Figure> figures = new java.util.ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            figures.add(listed.get(i) == null ? null : panel(listed.get(i), "figures[" + i + "]"));
        }
        int ncol = count(layout.get("ncol"), "layout.ncol");
        Panels panels;
        try {
            panels = Panels.grid(ncol, figures);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        for (Map.Entry<?, ?> entry : layout.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!key.equals("name") && !key.equals("ncol")) {
                Object value = key.equals("nrow") ? count(entry.getValue(), "layout.nrow")
                        : SpecValues.frozen(entry.getValue(), "layout." + key);
                panels = panels.withLayout(key, value);
            }
        }
        FigureParts parts = new FigureParts();
        parts.panels = panels;
        double[] size = panels.gridSize();
        parts.width = size[0];
        parts.height = size[1];
        readSize(spec.get("ggsize"), parts);
        if (spec.get("theme") != null) {
            parts.theme = new Theme(SpecValues.frozenMap(requireMap(spec.get("theme"), "theme"), "theme"));
        }
        for (Map.Entry<?, ?> entry : spec.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!GRID_MODELLED.contains(key)) {
                parts.extras.put(key, SpecValues.frozen(entry.getValue(), key));
            }
        }
        return parts;
    }

    /** A bunch as Python's {@code GGBunch.as_dict()} gives it; an item without a size takes its panel's own. */
    private static FigureParts readBunch(Map<?, ?> spec) {
        List<?> items = list(spec.get("items"), "items");
        Figure bunch = Figure.bunch();
        for (int i = 0; i < items.size(); i++) {
            String where = "items[" + i + "]";
            Map<?, ?> item = requireMap(items.get(i), where);
            Figure panel = panel(item.get("feature_spec"), where + ".feature_spec");
            double x = number(item.get("x"), where + ".x");
            double y = number(item.get("y"), where + ".y");
            double width = item.get("width") == null ? panel.width() : number(item.get("width"), where + ".width");
            double height = item.get("height") == null ? panel.height()
                    : number(item.get("height"), where + ".height");
            try {
                bunch = bunch.place(panel, x, y, width, height);
            } catch (IllegalArgumentException e) {
                throw invalid(where + ": " + e.getMessage());
            }
        }
        for (Object key : spec.keySet()) {
            if (!"kind".equals(key) && !"items".equals(key)) {
                throw invalid("a ggbunch has only \"kind\" and \"items\", found '" + key + "'");
            }
        }
        return bunch.partsCopy();
    }

    private static Figure panel(Object value, String where) {
        Map<?, ?> spec = requireMap(value, where);
        try {
            return Figure.fromSpec(SpecValues.copyMap(spec, where));
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": " + e.getMessage().replaceFirst("^Invalid figure spec: ", ""));
        }
    }

    private static int count(Object value, String where) {
        double number = number(value, where);
        if (number != Math.rint(number) || number < 1 || number > 1_000) {
            throw invalid("'" + where + "' must be a whole number from 1 to 1000, got " + value);
        }
        return (int) number;
    }

    private static Layer layer(Object value, String where) {
        Map<?, ?> spec = requireMap(value, where);
        Object geom = spec.get("geom");
        Map<String, Object> options = new LinkedHashMap<>();
        if (geom instanceof Map<?, ?> object) {
            // Lets-Plot's object form, {"geom": {"name": "vline", "xintercept": 2}}: its parameters mean what they
            // mean at the layer's top level, where the figure API keeps them (a key given at both levels: the layer's)
            geom = object.get("name");
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!key.equals("name")) {
                    options.put(key, SpecValues.frozen(entry.getValue(), where + ".geom." + key));
                }
            }
        }
        if (!(geom instanceof String) || ((String) geom).isBlank()) {
            throw invalid(where + " needs a \"geom\" name such as \"point\" (or {\"name\": \"point\", ...}), found "
                    + SpecValues.describeType(geom));
        }
        Map<String, Object> mapping = map(spec.get("mapping"), where + ".mapping");
        Data data = spec.get("data") == null ? null : data(spec.get("data"), where + ".data");
        for (Map.Entry<?, ?> entry : spec.entrySet()) {
            String key = String.valueOf(entry.getKey());
            boolean emptyMeta = key.equals("data_meta") && entry.getValue() instanceof Map
                    && ((Map<?, ?>) entry.getValue()).isEmpty(); // written for every layer anyway
            if (!key.equals("geom") && !key.equals("mapping") && !key.equals("data") && !emptyMeta) {
                options.put(key, SpecValues.frozen(entry.getValue(), where + "." + key));
            }
        }
        return new Layer((String) geom, mapping, data, options);
    }

    private static Scale scale(Object value, String where) {
        Map<?, ?> spec = requireMap(value, where);
        Object aesthetic = spec.get("aesthetic");
        if (!(aesthetic instanceof String)) {
            throw invalid(where + " needs an \"aesthetic\" such as \"x\", found " + SpecValues.describeType(aesthetic));
        }
        Map<String, Object> options = new LinkedHashMap<>(SpecValues.frozenMap(spec, where));
        options.remove("aesthetic");
        for (String key : List.of("breaks", "limits")) {
            if (options.get(key) instanceof List) {
                options.put(key, numbersAsDoubles((List<?>) options.get(key)));
            }
        }
        return new Scale((String) aesthetic, options);
    }

    /**
     * Whole numbers in breaks and limits become doubles: figure data hold numbers as doubles, and Lets-Plot compares
     * scale values with data values by type (and rejects integer breaks on continuous scales outright).
     */
    private static List<Object> numbersAsDoubles(List<?> values) {
        List<Object> converted = new java.util.ArrayList<>(values.size());
        for (Object value : values) {
            converted.add(value instanceof Number ? (Object) ((Number) value).doubleValue() : value);
        }
        return java.util.Collections.unmodifiableList(converted);
    }

    private static void readTitles(Map<?, ?> spec, FigureParts parts) {
        if (spec.get("ggtitle") != null) {
            Map<?, ?> title = requireMap(spec.get("ggtitle"), "ggtitle");
            parts.title = text(title.get("text"), "ggtitle.text");
            parts.subtitle = text(title.get("subtitle"), "ggtitle.subtitle");
        }
        if (spec.get("caption") != null) {
            parts.caption = text(requireMap(spec.get("caption"), "caption").get("text"), "caption.text");
        }
    }

    private static void readSize(Object value, FigureParts parts) {
        if (value == null) {
            return;
        }
        Map<?, ?> size = requireMap(value, "ggsize");
        parts.width = side(size.get("width"), "ggsize.width");
        parts.height = side(size.get("height"), "ggsize.height");
    }

    private static double side(Object value, String where) {
        double side = number(value, where);
        if (!(side >= 1 && side <= Figure.MAX_SIZE)) {
            throw invalid("'" + where + "' must be between 1 and " + (int) Figure.MAX_SIZE + " CSS pixels, got "
                    + value);
        }
        return side;
    }

    private static Data data(Object value, String where) {
        if (value == null) {
            return Data.empty();
        }
        Map<?, ?> columns = requireMap(value, where);
        Data.Builder builder = Data.builder();
        for (Map.Entry<?, ?> entry : columns.entrySet()) {
            String name = String.valueOf(entry.getKey());
            builder.add(ColumnValues.fromSpec(name, entry.getValue()));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> map(Object value, String where) {
        return value == null ? new LinkedHashMap<>() : SpecValues.frozenMap(requireMap(value, where), where);
    }

    private static List<?> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw invalid("'" + where + "' must be a list, found " + SpecValues.describeType(value));
        }
        return (List<?>) value;
    }

    private static Map<?, ?> requireMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw invalid("'" + where + "' must be an object, found " + SpecValues.describeType(value));
        }
        return (Map<?, ?>) value;
    }

    private static String text(Object value, String where) {
        if (value != null && !(value instanceof String)) {
            throw invalid("'" + where + "' must be a string, found " + SpecValues.describeType(value));
        }
        return (String) value;
    }

    private static double number(Object value, String where) {
        if (!(value instanceof Number)) {
            throw invalid("'" + where + "' must be a number, found " + SpecValues.describeType(value));
        }
        return ((Number) value).doubleValue();
    }

    static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("Invalid figure spec: " + problem + (problem.endsWith(".") ? "" : "."));
    }
}
