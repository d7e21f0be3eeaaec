package io.easel.renderer;

import io.easel.plot.Format;
import io.easel.plot.spi.OutputRequest;
import io.easel.renderer.engine.RenderEngine;
import io.easel.renderer.engine.RenderException;

import java.util.List;
import java.util.Map;

/**
 * Renders a tiny figure once in the background right after start, so the class loading and JIT warm-up
 * of Lets-Plot and the encoders is paid while the user is still typing, not on their first figure.
 */
final class Warmup {
    private Warmup() {
    }

    /** @param done runs when the warm-up has ended, drawn or failed */
    static void start(RenderEngine engine, Runnable done) {
        Thread thread = new Thread(() -> {
            try {
                run(engine);
            } finally {
                done.run();
            }
        }, "easel-renderer-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run(RenderEngine engine) {
        Map<String, Object> spec = Map.of(
                "kind", "plot",
                "data", Map.of("x", new double[]{0, 1, 2, 3}, "y", new double[]{0, 1, 4, 9}),
                "mapping", Map.of("x", "x", "y", "y"),
                "layers", List.of(Map.of("geom", "line"), Map.of("geom", "point")),
                "ggtitle", Map.of("text", "warm-up"));
        long start = System.nanoTime();
        try {
            // the kernel's default bundle (PNG at scale 2, SVG, PDF), so the first figure meets no class unloaded
            engine.render(spec, 200, 150, List.of(OutputRequest.of(Format.PNG, 2), OutputRequest.of(Format.SVG),
                    OutputRequest.of(Format.PDF)));
            StderrLog.info("warm-up render took " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (RenderException | RuntimeException e) {
            StderrLog.warn("warm-up render failed (figures may still render): " + e.getMessage());
        }
    }
}
