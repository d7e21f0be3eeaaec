package io.easel.plot.json;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonWriterTest {

    @Test
    void writesCompactJsonKeepingMapOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("a", Arrays.asList("s", true, null, 2L));
        map.put("m", Map.of());
        assertEquals("{\"z\":1,\"a\":[\"s\",true,null,2],\"m\":{}}", Json.write(map));
    }

    @Test
    void doublesKeepTheirFractionSoTheyReadBackAsDoubles() {
        assertEquals("[3.0,-0.0,0.25,1704067200000.0,1.0E20,1.0E-7]",
                Json.write(new double[]{3, -0.0, 0.25, 1704067200000.0, 1e20, 1e-7}));
        assertEquals("[3,3.0,0.1,2.0]", Json.write(List.of(3, 3.0, 0.1f, 2f)));
        assertEquals(List.of(3, 3.0), Json.parse(Json.write(List.of(3, 3.0))));
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        assertEquals("[1.0,null,null,null]",
                Json.write(new double[]{1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        assertEquals("[null,null]", Json.write(List.of(Double.NaN, Float.POSITIVE_INFINITY)));
    }

    @Test
    void escapesWhatJsonAndJavaScriptNeed() {
        String written = Json.write("q\" b\\ \n\r\t\b\f \u0001 \u2028 é");
        assertEquals("\"q\\\" b\\\\ \\n\\r\\t\\b\\f \\u0001 \\u2028 é\"", written);
        assertEquals("q\" b\\ \n\r\t\b\f \u0001 \u2028 é", Json.parse(written));
    }

    @Test
    void writesPrimitiveAndObjectArrays() {
        assertEquals("[[1,2],[3],[\"a\",null],[true]]",
                Json.write(List.of(new int[]{1, 2}, new long[]{3}, new String[]{"a", null}, new boolean[]{true})));
    }

    @Test
    void prettyOutputIndentsObjectsButKeepsFlatArraysOnOneLine() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("data", Map.of("x", new double[]{1, 2}));
        map.put("layers", List.of(Map.of("geom", "point")));
        assertEquals("{\n  \"data\": {\n    \"x\": [1.0, 2.0]\n  },\n  \"layers\": [\n    {\n      \"geom\": \"point\"\n"
                + "    }\n  ]\n}", Json.writePretty(map));
        assertEquals(Json.parse(Json.write(map)), Json.parse(Json.writePretty(map)));
    }

    @Test
    void refusesValuesJsonCannotHold() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Json.write(List.of(new Object())));
        assertTrue(type.getMessage().startsWith("Cannot write a value of type java.lang.Object as JSON"),
                type.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, 2)));
        assertEquals("Cannot write a map key of type java.lang.Integer as JSON; object keys must be strings.",
                key.getMessage());
    }

    @Test
    void refusesSelfContainingStructures() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.write(loop));
        assertTrue(e.getMessage().contains("nested deeper than " + Json.MAX_DEPTH), e.getMessage());
    }

    @Test
    void roundTripsThroughTheReader() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", Arrays.asList(1, -2.5, 1e-9, 123456789012L, null));
        map.put("s", "line1\nline2 \"quoted\" ☃");
        map.put("nested", Map.of("k", List.of(Map.of("deep", false))));
        assertEquals(map, Json.parse(Json.write(map)));
        assertEquals(map, Json.parse(Json.writePretty(map)));
    }
}
