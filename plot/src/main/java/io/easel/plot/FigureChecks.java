package io.easel.plot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that make user mistakes fail when a figure is built rather than deep inside the renderer: every mapped
 * column and every facet column must exist in the data the layer draws.
 */
final class FigureChecks {

    private FigureChecks() {
    }

    static void check(FigureParts parts) {
        for (Layer layer : parts.layers) {
            if (layer.options().containsKey("map")) {
                continue; // geo layers read columns from their map, which plot does not model
            }
            Map<String, Object> inherited = new LinkedHashMap<>(parts.mapping);
            inherited.putAll(layer.mapping()); // the layer's own mappings replace the figure's
            checkMapping(inherited, layer, parts);
        }
        if (parts.layers.isEmpty() && !parts.data.isEmpty()) {
            parts.mapping.forEach((aesthetic, column) -> {
                if (isColumnName(column) && !parts.data.has((String) column)) {
                    throw missingColumn(aesthetic, (String) column, "the data", parts.data);
                }
            });
        }
        if (parts.facet != null) {
            checkFacet(parts.facet, parts);
        }
    }

    private static void checkMapping(Map<String, Object> mapping, Layer layer, FigureParts parts) {
        Data data = layer.data().orElse(parts.data);
        for (Map.Entry<String, Object> entry : mapping.entrySet()) {
            if (!isColumnName(entry.getValue())) {
                continue;
            }
            String column = (String) entry.getValue();
            if (data.has(column)) {
                continue;
            }
            if (data.isEmpty()) {
                throw new IllegalArgumentException("aesthetic " + entry.getKey() + " refers to column '" + column
                        + "', but the " + layer.geom() + " layer has no data; give the figure data with "
                        + "Figure.of(Data.of(...)) or the layer its own with layer.data(...).");
            }
            throw missingColumn(entry.getKey(), column,
                    layer.data().isPresent() ? "the " + layer.geom() + " layer's data" : "the data", data);
        }
    }

    private static void checkFacet(Facet facet, FigureParts parts) {
        List<Data> drawn = parts.layers.isEmpty() ? List.of(parts.data)
                : parts.layers.stream().map(layer -> layer.data().orElse(parts.data)).toList();
        for (String column : facet.columns()) {
            if (drawn.stream().noneMatch(data -> data.has(column))) {
                throw new IllegalArgumentException("facet refers to column '" + column
                        + "', which is not in the data; columns: " + drawn.get(0).describeNames());
            }
        }
    }

    /** Stat variables such as {@code ..count..} are computed by Lets-Plot, not looked up in the data. */
    private static boolean isColumnName(Object value) {
        if (!(value instanceof String)) {
            return false;
        }
        String name = (String) value;
        return !(name.startsWith("..") && name.endsWith("..") && name.length() > 4);
    }

    private static IllegalArgumentException missingColumn(String aesthetic, String column, String where, Data data) {
        return new IllegalArgumentException("aesthetic " + aesthetic + " refers to column '" + column
                + "', which is not in " + where + "; columns: " + data.describeNames());
    }
}
