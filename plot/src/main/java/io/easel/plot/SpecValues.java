package io.easel.plot;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of spec values, restricted to what JSON can carry: maps with string keys, lists, strings, numbers,
 * booleans and null. Arrays become lists. Copies keep figures immutable: nothing a caller holds can reach inside.
 */
final class SpecValues {

    private SpecValues() {
    }

    /**
     * A deep, mutable copy of a JSON-like value.
     *
     * @param where names the value in messages, e.g. {@code layers[0].size}
     * @throws IllegalArgumentException for values JSON cannot carry
     */
    static Object copy(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Character || value instanceof Enum) {
            return value.toString();
        }
        if (value instanceof Map) {
            return copyMap((Map<?, ?>) value, where);
        }
        if (value instanceof Collection) {
            List<Object> list = new ArrayList<>(((Collection<?>) value).size());
            int i = 0;
            for (Object item : (Collection<?>) value) {
                list.add(copy(item, where + "[" + i++ + "]"));
            }
            return list;
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(copy(Array.get(value, i), where + "[" + i + "]"));
            }
            return list;
        }
        throw new IllegalArgumentException(where + " has a value of type " + value.getClass().getTypeName()
                + ", which a figure spec cannot hold; use a string, number, boolean, list, map or null.");
    }

    /** A deep, mutable copy of a map with string keys. */
    static Map<String, Object> copyMap(Map<?, ?> map, String where) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException(where + " has a key of type "
                        + (entry.getKey() == null ? "null" : entry.getKey().getClass().getTypeName())
                        + "; figure spec keys must be strings.");
            }
            String key = (String) entry.getKey();
            copy.put(key, copy(entry.getValue(), where.isEmpty() ? key : where + "." + key));
        }
        return copy;
    }

    /** A deep, unmodifiable copy, for values kept inside immutable figure parts. */
    static Object frozen(Object value, String where) {
        return freeze(copy(value, where));
    }

    /** A deep, unmodifiable copy of a map with string keys. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> frozenMap(Map<?, ?> map, String where) {
        return (Map<String, Object>) freeze(copyMap(map, where));
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object copied) {
        if (copied instanceof Map) {
            Map<String, Object> map = (Map<String, Object>) copied;
            map.replaceAll((key, value) -> freeze(value));
            return java.util.Collections.unmodifiableMap(map);
        }
        if (copied instanceof List) {
            List<Object> list = (List<Object>) copied;
            list.replaceAll(SpecValues::freeze);
            return java.util.Collections.unmodifiableList(list);
        }
        return copied;
    }

    /** "a string", "a list", "a number", ... for messages about values of the wrong kind. */
    static String describeType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof Collection || value.getClass().isArray()) {
            return "a list";
        }
        return "a " + value.getClass().getTypeName();
    }
}
