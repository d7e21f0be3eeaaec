package io.easel.protocol;

import io.easel.plot.FigureErrorKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves numeric columns out of a spec and back. On the way out each {@code double[]} (and other primitive
 * numeric array) becomes {@code {"$column": i}} and its values travel as frame i; on the way in the
 * placeholders become {@code double[]} again. The walk also checks the spec's nesting depth and value
 * types, so an unsupported value is reported with its path instead of as a serializer stack trace.
 */
public final class BinaryColumns {
    public static final String PLACEHOLDER_KEY = "$column";

    private BinaryColumns() {
    }

    /** A spec tree with columns replaced by placeholders, and the columns in placeholder order. */
    public record Extracted(Object tree, List<double[]> columns) {
    }

    public static Extracted extract(Object spec, int maxDepth) throws ProtocolException {
        Extractor extractor = new Extractor(maxDepth);
        Object tree = extractor.walk(spec, 1);
        return new Extracted(tree, extractor.columns);
    }

    /** Replaces placeholders in a parsed tree (in place) by the decoded frames; every frame must be used. */
    public static Object restore(Object tree, List<byte[]> frames) throws ProtocolException {
        List<double[]> columns = new ArrayList<>(frames.size());
        for (byte[] frame : frames) {
            columns.add(Float64Frames.decode(frame));
        }
        boolean[] used = new boolean[columns.size()];
        Object restored = restoreNode(tree, columns, used);
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The request carries binary column " + i
                        + " but the spec never refers to it.");
            }
        }
        return restored;
    }

    private static Object restoreNode(Object node, List<double[]> columns, boolean[] used)
            throws ProtocolException {
        if (node instanceof Map<?, ?> map) {
            Integer index = placeholderIndex(map);
            if (index != null) {
                if (index < 0 || index >= columns.size()) {
                    throw new ProtocolException(FigureErrorKind.BAD_REQUEST, "The spec refers to binary column " + index
                            + " but the request carries " + columns.size() + ".");
                }
                used[index] = true;
                return columns.get(index);
            }
            @SuppressWarnings("unchecked")
            Map<Object, Object> mutable = (Map<Object, Object>) map;
            for (Map.Entry<Object, Object> entry : mutable.entrySet()) {
                entry.setValue(restoreNode(entry.getValue(), columns, used));
            }
            return map;
        }
        if (node instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> mutable = (List<Object>) list;
            for (int i = 0; i < mutable.size(); i++) {
                mutable.set(i, restoreNode(mutable.get(i), columns, used));
            }
            return list;
        }
        return node;
    }

    private static Integer placeholderIndex(Map<?, ?> map) {
        if (map.size() != 1) {
            return null;
        }
        Object value = map.get(PLACEHOLDER_KEY);
        return value instanceof Integer i ? i : null;
    }

    private static final class Extractor {
        private final int maxDepth;
        private final List<double[]> columns = new ArrayList<>();
        private final Map<Object, Integer> indexByArray = new IdentityHashMap<>();
        private final Deque<String> path = new ArrayDeque<>();

        Extractor(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        Object walk(Object value, int depth) throws ProtocolException {
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Number number) {
                return number;
            }
            if (value instanceof Character || value instanceof Enum<?>) {
                return value.toString();
            }
            if (value instanceof double[] || value instanceof float[] || value instanceof int[]
                    || value instanceof long[] || value instanceof short[]) {
                return placeholder(value);
            }
            if (depth > maxDepth) {
                throw new ProtocolException(FigureErrorKind.TOO_LARGE, "The figure spec nests maps and lists deeper than "
                        + maxDepth + " levels (at " + pathText() + "). Flatten it, and check that no map or list "
                        + "contains itself.");
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
                if (map.size() == 1 && map.containsKey(PLACEHOLDER_KEY)) {
                    throw new ProtocolException(FigureErrorKind.BAD_SPEC, "The figure spec uses the reserved key '"
                            + PLACEHOLDER_KEY + "' at " + pathText() + "; rename it.");
                }
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (entry.getKey() == null) {
                        throw new ProtocolException(FigureErrorKind.BAD_SPEC, "The figure spec has a null key at "
                                + pathText() + "; JSON keys must be strings.");
                    }
                    String key = entry.getKey().toString();
                    path.addLast("." + key);
                    copy.put(key, walk(entry.getValue(), depth + 1));
                    path.removeLast();
                }
                return copy;
            }
            if (value instanceof Collection<?> collection) {
                List<Object> copy = new ArrayList<>(collection.size());
                int i = 0;
                for (Object element : collection) {
                    path.addLast("[" + i++ + "]");
                    copy.add(walk(element, depth + 1));
                    path.removeLast();
                }
                return copy;
            }
            if (value instanceof Object[] array) {
                return walk(java.util.Arrays.asList(array), depth);
            }
            throw new ProtocolException(FigureErrorKind.BAD_SPEC, "The figure spec holds a " + value.getClass().getName()
                    + " at " + pathText() + "; a spec may only hold maps, lists, strings, numbers, booleans, null "
                    + "and numeric arrays such as double[].");
        }

        private Map<String, Object> placeholder(Object array) {
            Integer index = indexByArray.get(array);
            if (index == null) {
                index = columns.size();
                columns.add(toDoubles(array));
                indexByArray.put(array, index);
            }
            Map<String, Object> placeholder = new LinkedHashMap<>(2);
            placeholder.put(PLACEHOLDER_KEY, index);
            return placeholder;
        }

        private static double[] toDoubles(Object array) {
            if (array instanceof double[] d) {
                return d;
            }
            if (array instanceof float[] f) {
                double[] d = new double[f.length];
                for (int i = 0; i < f.length; i++) {
                    d[i] = f[i];
                }
                return d;
            }
            if (array instanceof int[] n) {
                return java.util.Arrays.stream(n).asDoubleStream().toArray();
            }
            if (array instanceof long[] n) {
                return java.util.Arrays.stream(n).asDoubleStream().toArray();
            }
            short[] s = (short[]) array;
            double[] d = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                d[i] = s[i];
            }
            return d;
        }

        private String pathText() {
            return path.isEmpty() ? "the top level" : "spec" + String.join("", path);
        }
    }
}
