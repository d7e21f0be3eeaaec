package io.easel.kernel;

import java.lang.reflect.Array;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Arrays as jshell prints them ({@code int[3] { 1, 2, 3 }}) instead of {@code [I@326f6d85}: nested arrays inside,
 * strings quoted, long arrays cut, an array that contains itself shown once.
 */
final class ValueText {

    static final int MAX_ELEMENTS = 1_000;

    private ValueText() {
    }

    static String ofArray(Object array) {
        StringBuilder out = new StringBuilder();
        append(out, array, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, Set<Object> open) {
        if (value == null) {
            out.append("null");
            return;
        }
        if (!value.getClass().isArray()) {
            if (value instanceof String s) {
                out.append('"').append(s).append('"');
            } else if (value instanceof Character c) {
                out.append('\'').append(c).append('\'');
            } else {
                out.append(value);
            }
            return;
        }
        int length = Array.getLength(value);
        out.append(typeName(value.getClass(), length));
        if (!open.add(value)) {
            out.append(" { ... }");
            return;
        }
        out.append(" { ");
        int shown = Math.min(length, MAX_ELEMENTS);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, Array.get(value, i), open);
        }
        if (shown < length) {
            out.append(", ... (").append(length - shown).append(" more)");
        }
        out.append(length == 0 ? "}" : " }");
        open.remove(value);
    }

    /** "int[3]", "String[2][]": the length goes into the first brackets, as in Java's own syntax. */
    private static String typeName(Class<?> type, int length) {
        Class<?> component = type.getComponentType();
        StringBuilder rest = new StringBuilder();
        while (component.isArray()) {
            rest.append("[]");
            component = component.getComponentType();
        }
        return component.getSimpleName() + "[" + length + "]" + rest;
    }
}
