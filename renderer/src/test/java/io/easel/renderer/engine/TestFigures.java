package io.easel.renderer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Real Lets-Plot raw specs, built the way Python's lets-plot as_dict() shapes them. */
final class TestFigures {
    private TestFigures() {
    }

    /** A sine line of n points with a title; y spans negative values so tick labels include "-". */
    static Map<String, Object> line(int n, String title) {
        List<Double> xs = new ArrayList<>(n);
        List<Double> ys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xs.add((double) i);
            ys.add(Math.sin(i / 50.0) * 10 - 3);
        }
        return plot(Map.of("x", xs, "y", ys), "line", title);
    }

    static Map<String, Object> scatter(int n, String title) {
        List<Double> xs = new ArrayList<>(n);
        List<Double> ys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xs.add(Math.cos(i * 0.37) * i);
            ys.add(Math.sin(i * 0.37) * i);
        }
        return plot(Map.of("x", xs, "y", ys), "point", title);
    }

    static Map<String, Object> plot(Map<String, Object> data, String geom, String title) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", new LinkedHashMap<>(data));
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(new LinkedHashMap<>(Map.of("geom", geom))));
        if (title != null) {
            spec.put("ggtitle", Map.of("text", title));
        }
        return spec;
    }
}
