package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import io.easel.plot.json.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A private deep copy of a raw spec in the value types Lets-Plot accepts. Copying keeps a caller that reuses
 * or mutates its map from racing with a render, and turns binary columns (double[]) into lists, which is
 * the only column form Lets-Plot reads. Every text, key or value, passes {@link SpecText} on the way.
 */
final class SpecSnapshot {
    /** Deeper than any real figure spec; a guard against self-referencing or hostile maps. */
    static final int MAX_DEPTH = Json.MAX_DEPTH;

    /** A scale of a plot, also of a plot inside gggrid or ggbunch: "spec.scales[0]", "spec.figures[1].scales[0]". */
    private static final Pattern SCALE_PATH = Pattern.compile(".*\\.scales\\[\\d+\\]");

    private SpecSnapshot() {
    }

    static Map<String, Object> of(Map<String, Object> spec) throws RenderException {
        if (spec == null) {
            throw new RenderException(FigureErrorKind.BAD_SPEC, "The figure spec is missing (null). Pass a Lets-Plot raw spec map.");
        }
        return copyMap(spec, "spec", 0);
    }

    private static Map<String, Object> copyMap(Map<?, ?> map, String path, int depth) throws RenderException {
        checkDepth(path, depth);
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new RenderException(FigureErrorKind.BAD_SPEC,
                        "The figure spec has a non-text key " + e.getKey() + " at " + path + "; spec keys must be strings.");
            }
            String keyPath = path + "." + key;
            Object value = copyValue(e.getValue(), key, keyPath, depth + 1);
            if ((key.equals("breaks") || key.equals("limits")) && value instanceof List<?> list
                    && SCALE_PATH.matcher(path).matches()) {
                value = numbersAsDoubles(list);
            }
            copy.put(SpecText.clean(key, null, path), value);
        }
        return copy;
    }

    /**
     * Whole numbers in a scale's breaks and limits become doubles. Lets-Plot's spec format allows [0, 10, 20] (Python
     * writes it for breaks=[0, 10, 20]), but Lets-Plot 4.1.0 on the JVM rejects integer breaks on a continuous scale
     * ("Not a collections of Double(s)") and compares limits with the data, which it holds as doubles, by type.
     */
    private static List<Object> numbersAsDoubles(List<?> values) {
        List<Object> converted = new ArrayList<>(values.size());
        for (Object v : values) {
            converted.add(v instanceof Number n && !(v instanceof Double) ? (Object) n.doubleValue() : v);
        }
        return converted;
    }

    private static Object copyValue(Object value, String key, String path, int depth) throws RenderException {
        if (value instanceof String text) {
            return SpecText.clean(text, key, path);
        }
        if (isScalar(value)) {
            return value;
        }
        if (value instanceof double[] column) {
            List<Double> list = new ArrayList<>(column.length);
            for (double d : column) {
                // Lets-Plot reads null as a missing value; NaN/Infinity would reach its scales as numbers.
                list.add(Double.isFinite(d) ? d : null);
            }
            return list;
        }
        if (value instanceof Map<?, ?> m) {
            return copyMap(m, path, depth);
        }
        if (value instanceof Collection<?> c) {
            checkDepth(path, depth);
            List<Object> list = new ArrayList<>(c.size());
            int i = 0;
            for (Object item : c) {
                // Columns hold up to millions of scalars: skip building a path for them.
                // A list is a data column, not an option: a column that happens to be named "family" is plain data.
                list.add(item instanceof String text ? SpecText.clean(text, null, path)
                        : isScalar(item) ? item : copyValue(item, key, path + "[" + i + "]", depth + 1));
                i++;
            }
            return list;
        }
        throw new RenderException(FigureErrorKind.BAD_SPEC, "The figure spec holds a " + value.getClass().getName()
                + " at " + path + "; only maps, lists, strings, numbers, booleans, null and double[] columns are allowed.");
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Number;
    }

    private static void checkDepth(String path, int depth) throws RenderException {
        if (depth > MAX_DEPTH) {
            throw new RenderException(FigureErrorKind.BAD_SPEC, "The figure spec is nested deeper than " + MAX_DEPTH
                    + " levels (at " + path + "). A Lets-Plot spec is a few levels deep; check how the spec was built.");
        }
    }
}
