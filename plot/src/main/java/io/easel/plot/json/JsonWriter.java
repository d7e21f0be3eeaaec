package io.easel.plot.json;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Serialiser behind {@link Json#write} and {@link Json#writePretty}. */
final class JsonWriter {

    /** Whole doubles below this magnitude print in full; larger ones in Java's exponent form. */
    private static final double WHOLE_NUMBER_LIMIT = 1e15;

    private final StringBuilder out;
    private final boolean pretty;
    private int depth;

    JsonWriter(StringBuilder out, boolean pretty) {
        this.out = out;
        this.pretty = pretty;
    }

    void write(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            writeString((String) value);
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number) {
            writeNumber((Number) value);
        } else if (value instanceof Map) {
            writeObject((Map<?, ?>) value);
        } else if (value instanceof Collection) {
            writeArray(((Collection<?>) value).iterator(), isFlat((Collection<?>) value));
        } else if (value instanceof double[]) {
            writeDoubles((double[]) value);
        } else if (value.getClass().isArray()) {
            writeOtherArray(value);
        } else if (value instanceof Character || value instanceof Enum) {
            writeString(value.toString());
        } else {
            throw new IllegalArgumentException("Cannot write a value of type " + value.getClass().getName()
                    + " as JSON; use maps, lists, arrays, strings, numbers, booleans or null.");
        }
    }

    private void writeObject(Map<?, ?> map) {
        enter();
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("Cannot write a map key of type "
                        + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName())
                        + " as JSON; object keys must be strings.");
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            newline();
            writeString((String) entry.getKey());
            out.append(pretty ? ": " : ":");
            write(entry.getValue());
        }
        depth--;
        if (!map.isEmpty()) {
            newline();
        }
        out.append('}');
    }

    private void writeArray(Iterator<?> items, boolean flat) {
        enter();
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(',');
            }
            if (!flat) {
                newline();
            } else if (!first && pretty) {
                out.append(' ');
            }
            first = false;
            write(items.next());
        }
        depth--;
        if (!first && !flat) {
            newline();
        }
        out.append(']');
    }

    private void writeDoubles(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(pretty ? ", " : ",");
            }
            writeDouble(values[i]);
        }
        out.append(']');
    }

    private void writeOtherArray(Object array) {
        int length = Array.getLength(array);
        boolean primitive = array.getClass().getComponentType().isPrimitive();
        boolean flat = primitive || isFlat(java.util.Arrays.asList((Object[]) array));
        writeArray(new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public Object next() {
                return Array.get(array, next++);
            }
        }, flat);
    }

    private static boolean isFlat(Collection<?> items) {
        for (Object item : items) {
            if (item instanceof Map || item instanceof Collection || (item != null && item.getClass().isArray())) {
                return false;
            }
        }
        return true;
    }

    private void writeNumber(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (number instanceof Float && Float.isFinite(number.floatValue()) && value != Math.rint(value)) {
                out.append(Float.toString(number.floatValue()));
            } else {
                writeDouble(value);
            }
        } else if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            out.append(number);
        } else if (number instanceof BigDecimal) {
            out.append(((BigDecimal) number).toString());
        } else {
            writeDouble(number.doubleValue());
        }
    }

    /**
     * Whole doubles keep a ".0" so they read back as doubles: Lets-Plot's JVM code rejects integers in places such as
     * continuous scale breaks, and a reader cannot tell 3.0 from 3 otherwise. Below 1e15 they print in full
     * (1704067200000.0 rather than 1.7040672E12), so epoch milliseconds stay readable.
     */
    private void writeDouble(double value) {
        if (!Double.isFinite(value)) {
            out.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < WHOLE_NUMBER_LIMIT) {
            if (value == 0 && 1 / value < 0) {
                out.append("-0.0");
            } else {
                out.append((long) value).append(".0");
            }
        } else {
            out.append(value);
        }
    }

    private void writeString(String s) {
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escapeFor(c);
            if (escape != null) {
                out.append(s, runStart, i).append(escape);
                runStart = i + 1;
            }
        }
        out.append(s, runStart, s.length()).append('"');
    }

    private static String escapeFor(char c) {
        switch (c) {
            case '"':
                return "\\\"";
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                // U+2028/2029 are valid JSON but end lines in JavaScript, where specs often end up embedded.
                if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }

    private void enter() {
        if (++depth > Json.MAX_DEPTH) {
            throw new IllegalArgumentException("Cannot write JSON nested deeper than " + Json.MAX_DEPTH
                    + " levels (is there a map or list that contains itself?).");
        }
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }
    }
}
