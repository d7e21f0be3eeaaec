package io.easel.renderer.engine;

import io.easel.plot.FigureErrorKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpecSnapshotTest {

    @Test
    void binaryColumnsBecomeListsWithMissingValuesAsNull() throws Exception {
        Map<String, Object> spec = Map.of("data", Map.of("y", new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY, -2}));

        Map<String, Object> copy = SpecSnapshot.of(spec);

        assertEquals(Arrays.asList(1.5, null, null, -2.0), ((Map<?, ?>) copy.get("data")).get("y"));
    }

    @Test
    void theCopyIsDetachedFromTheCallersMaps() throws Exception {
        List<Object> layers = new ArrayList<>(List.of(new HashMap<>(Map.of("geom", "line"))));
        Map<String, Object> spec = new HashMap<>(Map.of("layers", layers));

        Map<String, Object> copy = SpecSnapshot.of(spec);
        layers.clear();
        spec.put("kind", "changed");

        assertEquals(List.of(Map.of("geom", "line")), copy.get("layers"));
        assertTrue(!copy.containsKey("kind"));
    }

    @Test
    void nonTextKeysAreRefused() {
        Map<Object, Object> data = new HashMap<>();
        data.put(42, List.of(1));
        Map<String, Object> spec = new HashMap<>(Map.of("data", data));

        RenderException e = assertThrows(RenderException.class, () -> SpecSnapshot.of(spec));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
        assertTrue(e.getMessage().contains("spec.data"), e.getMessage());
    }

    @Test
    void aSpecThatContainsItselfIsRefused() {
        Map<String, Object> spec = new HashMap<>();
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        spec.put("layers", loop);

        RenderException e = assertThrows(RenderException.class, () -> SpecSnapshot.of(spec));

        assertEquals(FigureErrorKind.BAD_SPEC, e.kind());
    }
}
