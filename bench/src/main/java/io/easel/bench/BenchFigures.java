package io.easel.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The figures the benchmark renders, as Lets-Plot raw specs with binary (double[]) columns. */
final class BenchFigures {
    private BenchFigures() {
    }

    /** A 1,000-point line with a title and axis labels: a typical notebook figure. */
    static Map<String, Object> line(int points) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = i * 0.01;
            y[i] = Math.sin(x[i]) * Math.exp(-x[i] / 10);
        }
        return spec("line", x, y, "Damped sine, " + points + " points");
    }

    /** A scatter of Gaussian points, unsampled, so every point is drawn. */
    static Map<String, Object> scatter(int points) {
        Random random = new Random(1);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = random.nextGaussian();
            y[i] = x[i] * 0.5 + random.nextGaussian();
        }
        return spec("point", x, y, points + " points");
    }

    private static Map<String, Object> spec(String geom, double[] x, double[] y, String title) {
        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("geom", geom);
        layer.put("sampling", "none");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", Map.of("x", x, "y", y));
        spec.put("mapping", Map.of("x", "x", "y", "y"));
        spec.put("layers", List.of(layer));
        spec.put("ggtitle", Map.of("text", title));
        spec.put("xlab", "x");
        return spec;
    }
}
