package io.easel.plot;

import io.easel.plot.json.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares a figure's spec with expected JSON written by hand the way Python's {@code as_dict()} would give it.
 * Numbers compare by value (Python writes 3 where we write 3.0); key order does not matter.
 */
final class SpecAssert {

    private SpecAssert() {
    }

    static void assertSpec(String expectedJson, Figure figure) {
        Object expected = normalize(Json.parse(expectedJson));
        Object actual = normalize(Json.parse(figure.toJson()));
        assertEquals(expected, actual, () -> "spec differs\nexpected: " + Json.writePretty(expected)
                + "\nactual:   " + Json.writePretty(actual));
    }

    /** Exact comparison, number types included: the expected JSON is parsed and rewritten before comparing. */
    static void assertJson(String expectedJson, Object value) {
        assertEquals(Json.write(Json.parse(expectedJson)), Json.write(value));
    }

    /** Maps and lists copied with every number as a double. */
    static Object normalize(Object value) {
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put((String) k, normalize(v)));
            return copy;
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object item : (List<?>) value) {
                copy.add(normalize(item));
            }
            return copy;
        }
        return value;
    }

    /** Single quotes to double quotes, so expected JSON reads well inside Java strings. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
